"""Per-table figures of data/: rows, distinct sources cited, confidence counts, the low and inferred rows. Run from the repository root: /usr/bin/python3 tools/table-stats.py"""
import csv, collections, glob, os
for p in sorted(glob.glob('data/*.csv')):
    rows = list(csv.DictReader(open(p, encoding='utf-8')))
    name = os.path.basename(p)
    cols = rows[0].keys() if rows else []
    src = set()
    for r in rows:
        for k in ('source_ids', 'chosen_source_ids', 'other_source_ids'):
            if r.get(k):
                src.update(s for s in r[k].split(';') if s)
    conf = collections.Counter(r['confidence'] for r in rows) if 'confidence' in cols else None
    line = f"{name}: rows={len(rows)} distinct_sources_cited={len(src) if src else '-'}"
    if conf is not None:
        line += ' confidence=' + ','.join(f'{k}:{conf[k]}' for k in ('high', 'medium', 'low', 'inferred') if conf[k])
    if name == 'sources.csv':
        line += ' source_type=' + ','.join(f'{k}:{v}' for k, v in sorted(collections.Counter(r['source_type'] for r in rows).items()))
    print(line)
    if conf is not None:
        key = list(cols)[0]
        weak = [(r[key] + ('/' + r['participant_id'] if 'participant_id' in r else ''), r['confidence']) for r in rows if r['confidence'] in ('low', 'inferred')]
        if weak:
            print('   low/inferred:', '; '.join(f'{k}({c})' for k, c in weak))
