"""One-off (helper N2): record, for mirror sources searched for in session 3, that the original is not stored."""
import csv, io
GEN = "Mirror: a copy or republication of another publisher's page; the original was not located for this release (no search for it was made source by source)."
DONE = {
 'sa_xinhua_20100611_tashkent': 'the Xinhua original (xinhuanet.com) was searched for by its title on 2026-12-02 and is not in the stored pages (only other copies, e.g. keyanhelp.cn, were found)',
 'sb_sott_xinhua_2015_ufa': 'the Xinhua original was searched for by its title on 2026-12-02 and is not in the stored pages (ecns.cn carries a different Xinhua story on the same summit)',
 'oc_cow_states2016_copy_a': "the COW project's own pages (correlatesofwar.org/data-sets/state-system-membership) are stored but show no codes, and the original data file itself is not stored (searched 2026-12-02)",
 'oc_cow_codes_copy_b': "the COW project's own pages (correlatesofwar.org/data-sets/state-system-membership) are stored but show no codes, and the original data file itself is not stored (searched 2026-12-02)",
 'oc_wiki_en_national_capitals': 'the original en.wikipedia.org page was searched for on 2026-12-02 and is not in the stored pages',
 'st_libyannewswire_20230715_bhr': 'the Bahrain News Agency original (bna.bh) was searched for on 2026-12-02 and is not in the stored pages',
 'st_bhmofa_mirror_2023_bhr': 'the original on mofa.gov.bh was searched for on 2026-12-02 and is not in the stored pages',
 'st_sectsco_20250901_laos': 'the SCO Secretariat original (eng.sectsco.org) was searched for on 2026-12-02 and is not in the stored pages',
 'st_menafn_kuna_20231209_kwt': 'the KUNA original (kuna.net.kw) was searched for by its title on 2026-12-02 and is not in the stored pages',
 'oc_govcn_20061228_zhang_farewell': 'the gov.cn original was searched for by its title on 2026-12-02 and is not in the stored pages',
 'sb_voltaire_2018_qingdao': 'the SCO Secretariat original (eng.sectsco.org) was searched for by its title on 2026-12-02 and is not in the stored pages',
 'sb_docslib_un_a73833': 'the original UN document A/73/833 (documents.un.org) was searched for by its symbol and title on 2026-12-02 and is not in the stored pages',
 'sb_urdupoint_20210917_sputnik': 'the Sputnik original (sputniknews.com) was searched for by its title on 2026-12-02 and is not in the stored pages (TASS and Khovar reports on the same summit are stored and cited elsewhere)',
 'oc_e993_zhangming_farewell': "the original (the MFA protocol department's WeChat account) was searched for on 2026-12-02 and is not in the stored pages",
}
p = 'data/sources.csv'
t = open(p, encoding='utf-8').read(); hdr = t.split('\n', 1)[0].split(',')
rows = list(csv.DictReader(io.StringIO(t)))
n = 0
for r in rows:
    if r['source_id'] in DONE and GEN in r['note']:
        r['note'] = r['note'].replace(GEN, "Mirror: a copy or republication of another publisher's page; " + DONE[r['source_id']] + ', so this copy stays the cited source.')
        n += 1
o = io.StringIO(); w = csv.DictWriter(o, fieldnames=hdr, lineterminator='\n'); w.writeheader(); w.writerows(rows)
open(p, 'w', encoding='utf-8').write(o.getvalue())
print(n)
