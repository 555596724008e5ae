# Consistency check for H6 data files (column counts, vocabularies, dates vs precision, source ids, URL
# uniqueness, formula-like text). Run: python3 data/_incoming/check_h6.py [worktree]. Not part of the product.
import csv, re, sys, datetime, os
WT=sys.argv[1] if len(sys.argv)>1 else '/work/wt/h6-new-tables'
D=f'{WT}/data'
errs=[]; warns=[]
def rd(p):
    raw=open(p,'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): errs.append(f'{p}: BOM')
    if b'\r' in raw: errs.append(f'{p}: CR found')
    raw.decode('utf-8')
    return list(csv.reader(open(p,encoding='utf-8',newline='')))
def table(p):
    rows=rd(p); h=rows[0]
    for i,r in enumerate(rows[1:],2):
        if len(r)!=len(h): errs.append(f'{p}:{i}: {len(r)} columns, header has {len(h)}')
    return h,[dict(zip(h,r)) for r in rows[1:]]
_,old_src=table(f'{D}/sources.csv')
inc=f'{D}/_incoming/h6_sources.csv'
sh,new_src=table(inc)
assert sh=="source_id,publisher,title,url,published,language,source_type,note".split(','),sh
ids={}; urls={}
def normurl(u): return re.sub(r'^https?://(www\.)?','',u.strip().lower()).rstrip('/')
for s in old_src: ids[s['source_id']]='old'; urls.setdefault(normurl(s['url']),[]).append(s['source_id']) if s['url'] else None
for s in new_src:
    if s['source_id'] in ids: errs.append(f'duplicate source id {s["source_id"]}')
    ids[s['source_id']]='new'
    if not re.fullmatch(r'[a-z0-9_]+',s['source_id']): errs.append(f'bad id {s["source_id"]}')
    if s['source_type'] not in ('official_primary','news_agency','secondary','mirror'): errs.append(f'{s["source_id"]}: source_type {s["source_type"]}')
    if s['source_type']=='mirror' and 'not found' not in s['note'] and 'no original' not in s['note'].lower(): errs.append(f'{s["source_id"]}: mirror note must say the original is not stored')
    if not s['url'].startswith(('http://','https://')): errs.append(f'{s["source_id"]}: url')
    if re.search(r'[?&](utm_|fbclid|gclid)|:443/|\.$',s['url']): errs.append(f'{s["source_id"]}: url hygiene {s["url"]}')
    if s['published'] and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?',s['published']): errs.append(f'{s["source_id"]}: published {s["published"]}')
    if not re.fullmatch(r'[a-z]{2}',s['language']): errs.append(f'{s["source_id"]}: language')
    for k in ('publisher','title','url'):
        if not s[k]: errs.append(f'{s["source_id"]}: empty {k}')
    if '/work/' in s['note'] or '/tmp/' in s['note']: errs.append(f'{s["source_id"]}: local path')
    urls.setdefault(normurl(s['url']),[]).append(s['source_id'])
for u,l in urls.items():
    if len(l)>1 and any(ids[x]=='new' for x in l): errs.append(f'URL repeats: {u} {l}')
used=set()
iso={r['iso3'] for r in table(f'{D}/countries.csv')[1]}
summits={r['summit_id']:r for r in table(f'{D}/summits.csv')[1]}
events={r['event_id'] for r in table(f'{D}/status_events.csv')[1]}
PREC={'day':r'\d{4}-\d{2}-\d{2}','month':r'\d{4}-\d{2}','year':r'\d{4}'}
def chkdate(p,i,r,d,pr):
    v=r[d]; q=r[pr]
    if not v and not q: return
    if not v or not q: errs.append(f'{p}:{i}: {d}/{pr} one empty'); return
    if q not in PREC or not re.fullmatch(PREC[q],v): errs.append(f'{p}:{i}: {d} {v} vs {q}'); return
    if q=='day': datetime.date.fromisoformat(v)
    if q=='month' and not 1<=int(v[5:7])<=12: errs.append(f'{p}:{i}: month')
CONTRACT={
 'heads_of_government_meetings':"meeting_id,number,kind,status,start_date,start_precision,end_date,end_precision,city_en,city_ru,city_zh,host_iso3,format,chair_iso3,source_ids,confidence,note",
 'foreign_ministers_meetings':"meeting_id,number,kind,status,start_date,start_precision,end_date,end_precision,city_en,city_ru,city_zh,host_iso3,format,chair_iso3,source_ids,confidence,note",
 'summit_attendance':"summit_id,participant_id,participant_kind,role,head_name_en,head_office_en,mode,source_ids,confidence,note",
 'documents':"document_id,title_en,title_ru,title_zh,type,signed_date,signed_precision,place_en,summit_id,in_force_date,in_force_precision,parties,source_ids,confidence,note",
 'applications':"application_id,iso3,status_sought,applied_date,applied_precision,outcome,outcome_event_id,source_ids,confidence,note",
}
VOC={'kind':{'regular','extraordinary'},'status':{'held','planned'},'format':{'in_person','virtual','hybrid'},'confidence':{'high','medium','low','inferred'},
 'participant_kind':{'state','organisation'},'role':{'member','observer','dialogue_partner','sco_partner','guest'},'mode':{'in_person','video','absent'},
 'type':{'charter','convention','treaty','agreement','declaration','decision','memorandum','statement','other'},'status_sought':{'member','observer','dialogue_partner'},
 'outcome':{'granted','pending','withdrawn','not_granted'}}
missing_iso=set()
for t,hdr in CONTRACT.items():
    p=f'{D}/{t}.csv'
    if not os.path.exists(p): continue
    h,rows=table(p)
    if h!=hdr.split(','): errs.append(f'{p}: header differs from contract')
    keys=set()
    for i,r in enumerate(rows,2):
        k=(r['summit_id'],r['participant_id']) if t=='summit_attendance' else r[h[0]]
        if k in keys: errs.append(f'{p}:{i}: duplicate key {k}')
        keys.add(k)
        for c,v in r.items():
            if v and v[0] in '=+-@': errs.append(f'{p}:{i}: {c} starts with {v[0]}')
            if v!=v.strip(): errs.append(f'{p}:{i}: {c} has outer spaces')
            if c in VOC and v not in VOC[c]: errs.append(f'{p}:{i}: {c}={v!r}')
        for d,pr in (('start_date','start_precision'),('end_date','end_precision'),('signed_date','signed_precision'),('in_force_date','in_force_precision'),('applied_date','applied_precision')):
            if d in r: chkdate(p,i,r,d,pr)
        if 'start_date' in r and r['start_date'] and r['end_date'] and r['end_date'][:len(r['start_date'])]<r['start_date'][:len(r['end_date'])]: errs.append(f'{p}:{i}: end before start')
        if 'number' in r and r['number'] and not r['number'].isdigit(): errs.append(f'{p}:{i}: number')
        if not r['source_ids']: errs.append(f'{p}:{i}: no source')
        for s in r['source_ids'].split(';'):
            used.add(s)
            if s not in ids: errs.append(f'{p}:{i}: unknown source {s}')
        if r['confidence']=='inferred' and 'rule' not in r['note'].lower(): errs.append(f'{p}:{i}: inferred without rule')
        if r['confidence']=='low' and not r['note']: errs.append(f'{p}:{i}: low without note')
        for c in ('host_iso3','chair_iso3','iso3'):
            if c in r and r[c] and r[c] not in iso: missing_iso.add((t,r[c]))
        if 'parties' in r and r['parties']:
            for x in r['parties'].split(';'):
                if x not in iso: missing_iso.add((t,x))
        if t=='summit_attendance':
            if r['summit_id'] not in summits or summits[r['summit_id']]['series']!='sco_chs': errs.append(f'{p}:{i}: summit {r["summit_id"]}')
            if r['participant_kind']=='state' and not re.fullmatch(r'[A-Z]{3}',r['participant_id']): errs.append(f'{p}:{i}: state id')
            if r['participant_kind']=='state' and r['participant_id'] not in iso: missing_iso.add((t,r['participant_id']))
            if r['participant_kind']=='organisation' and not re.fullmatch(r'[a-z0-9_]+',r['participant_id']): errs.append(f'{p}:{i}: org slug')
        if t=='documents' and r['summit_id'] and r['summit_id'] not in summits: errs.append(f'{p}:{i}: summit {r["summit_id"]}')
        if t=='applications' and r['outcome_event_id'] and r['outcome_event_id'] not in events: errs.append(f'{p}:{i}: event {r["outcome_event_id"]}')
ch,conf=table(f'{D}/_incoming/h6_conflicts.csv')
assert ch==open(f'{D}/conflicts.csv').readline().strip().split(',')
for r in conf:
    for s in (r['chosen_source_ids']+';'+r['other_source_ids']).split(';'):
        if s not in ids: errs.append(f'conflict {r["conflict_id"]}: unknown source {s}')
        used.add(s)
unused=[s['source_id'] for s in new_src if s['source_id'] not in used]
if unused: warns.append(f'unused new sources: {unused}')
if missing_iso: warns.append(f'ISO3 not in countries.csv: {sorted(missing_iso)}')
for w in warns: print('WARN',w)
for e in errs: print('ERR',e)
print('errors:',len(errs)); sys.exit(1 if errs else 0)
