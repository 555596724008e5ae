"""One-off: append Council of Heads of State attendance 2001-2011 (helper N2, session 3).
Every row's facts come from the sources named in it; see the notes."""
import csv, io, sys

def append(path, rows):
    text = open(path, encoding='utf-8').read()
    hdr = text.split('\n', 1)[0].split(',')
    existing = list(csv.DictReader(io.StringIO(text)))
    key = hdr[0]
    have = {tuple(r[k] for k in hdr[:2]) for r in existing}
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=hdr, lineterminator='\n')
    n = 0
    for r in rows:
        k = tuple(r[k] for k in hdr[:2])
        if k in have:
            continue
        assert set(r) == set(hdr), (set(r) ^ set(hdr))
        w.writerow(r); n += 1
    if not text.endswith('\n'):
        text += '\n'
    open(path, 'w', encoding='utf-8').write(text + out.getvalue())
    return n

SRC = [
 # source_id, publisher, title, url, published, language, source_type, note
 ('n2_trud_20020608_spb', 'Trud', 'Восточный вектор нашей дипломатии', 'https://trud.ru/article/08-06-2002/41687_vostochnyj_vektor_nashej_diplomatii', '2002-06-08', 'ru', 'news_agency',
  'Newspaper report on the St Petersburg (Peterhof) meeting of 7 June 2002: Putin opened the summit; Putin, Jiang Zemin, Nazarbayev, Akayev, Karimov and Rakhmonov met in restricted format. Seen in the print view of the same page (/print).'),
 ('n2_rferl_20040617_tashkent', 'Radio Free Europe/Radio Liberty', 'Central Asia: Meeting In Tashkent, Regional Leaders Discuss Ways To Control Extremism', 'https://www.rferl.org/a/1053384.html', '2004-06-17', 'en', 'news_agency',
  "Names the six presidents at the Tashkent meeting of 17 June 2004: Putin, Hu Jintao, Nazarbaev, Akaev, Rakhmonov, Karimov (host)."),
 ('n2_tmt_2004_tashkent_karzai', 'The Moscow Times (archive hosted by Vedomosti)', 'Shanghai 6 Promise Afghans Support', 'http://oldtmt.vedomosti.ru/news/article/tmt/230218.html', '', 'en', 'news_agency',
  'Tashkent, Thursday (17 June 2004): Afghan President Hamid Karzai attended the talks of the SCO summit. The stored page shows no publication date (the report was filed after the Thursday meeting).'),
 ('n2_asianews_20050705_astana', 'AsiaNews', 'China signs economic agreements and statements of intent with Russia and Central Asian countries', 'https://asianews.it/news-en/China-signs-economic-agreements-and-statements-of-intent-with-Russia-and-Central-Asian-countries-3643.html', '2005-07-05', 'en', 'news_agency',
  'Astana: the 5th summit "opened today"; Pakistani Prime Minister Shaukat Aziz and Indian Foreign Minister Natwar Singh present as observers. Date from the text (the day the summit opened, 5 July 2005).'),
 ('n2_presidentuz_20100611_press', 'President of the Republic of Uzbekistan (old.president.uz)', 'Statement by President Islam Karimov at the press conference following the SCO Tashkent summit', 'http://old.president.uz/en/news/564/', '2010-06-11', 'en', 'official_primary',
  'Descriptive title. The 10th session of the Council "has just finished": heads of the member states, the presidents of Mongolia, Pakistan, Afghanistan and Turkmenistan, the foreign ministers of India and Iran and representatives of regional organisations took part. Names are not given. Date: the closing day of the meeting (11 June 2010).'),
 ('n2_pdjp_20100612_tashkent', "China.org.cn Japanese edition (People's Daily Online Japanese text)", '上海協力機構タシケント首脳会議（2ページ目）', 'http://japanese.china.org.cn/politics/txt/2010-06/12/content_20248550_2.htm', '2010-06-12', 'ja', 'news_agency',
  "Descriptive title (page 2 of the report). Karimov, Nazarbayev, Medvedev and Rahmon spoke; Kyrgyzstan was represented by Acting Foreign Minister Kazakbayev (カザクバエフ外相代行), who reported on the situation in Kyrgyzstan. The People's Daily Japanese original (j.peopledaily.com.cn) is not stored."),
 ('n2_chinadaily_20100611_tashkent', 'China Daily', 'Stabilizing order core concern of members', 'http://www.chinadaily.com.cn/china/2010sco/2010-06/11/content_9964604.htm', '2010-06-11', 'en', 'news_agency',
  'Tashkent: Iranian President Ahmadinejad chose to stay away from the summit (he was due at Expo 2010 Shanghai on the Friday); Belarus and Sri Lanka had been granted dialogue partner status in 2009.'),
 ('n2_chinadaily_20100612_tashkent', 'China Daily', 'SCO calls for regional security', 'http://www.chinadaily.com.cn/china/2010sco/2010-06/12/content_9970066.htm', '2010-06-12', 'en', 'news_agency',
  'Tashkent, Friday (11 June 2010): family photograph of Nazarbayev, Medvedev, Karimov, Hu Jintao and Rakhmon; President Hu told the summit China hoped Kyrgyzstan would stabilise.'),
 # sb_ilm_201106_astana (International Link, June 2011) already existed; cited as is.
 ('n2_midru_afg_2011_astana', 'Embassy of the Russian Federation in Afghanistan (mid.ru)', 'Tenth anniversary summit of Shanghai Cooperation Organisation', 'http://www.afghanistan.mid.ru/en/sco_01.html', '', 'en', 'official_primary',
  'Guests at the Astana summit (15 June 2011) included the presidents of Afghanistan and Turkmenistan and representatives of the UN, CIS, EurAsEC, CSTO and ASEAN. No publication date on the stored page.'),
]
SRC_HDR = None

def src_rows():
    out = []
    for s in SRC:
        out.append(dict(zip(['source_id','publisher','title','url','published','language','source_type','note'], s)))
    return out

A = []
def row(summit, pid, kind, role, name, office, mode, sources, conf, note=''):
    A.append(dict(summit_id=summit, participant_id=pid, participant_kind=kind, role=role, head_name_en=name,
                  head_office_en=office, mode=mode, source_ids=sources, confidence=conf, note=note))

P = 'president'
# 2001 Shanghai
s = 'sa_newslt_20010617_communique;sa_cislegis_3867_sco_declaration;n2_trud_20020608_spb'
nm = 'The communiqué and the founding declaration name the six heads of state by state only; the name is the president then in office (the same six presidents met again in 2002, n2_trud_20020608_spb).'
row('chs_2001','CHN','state','member','Jiang Zemin',P,'in_person',s,'medium','Host and chair. '+nm)
row('chs_2001','KAZ','state','member','Nursultan Nazarbayev',P,'in_person',s,'medium',nm)
row('chs_2001','KGZ','state','member','Askar Akayev',P,'in_person',s,'medium',nm)
row('chs_2001','RUS','state','member','Vladimir Putin',P,'in_person',s,'medium',nm)
row('chs_2001','TJK','state','member','Emomali Rakhmonov',P,'in_person',s,'medium',nm)
row('chs_2001','UZB','state','member','Islam Karimov',P,'in_person',s,'medium','Admitted to the Shanghai Five on 14 June; a founding member from 15 June (status_events uzb_1, uzb_2). '+nm)
# 2002 St Petersburg
s = 'n2_trud_20020608_spb;sa_worldjpn_20020607_declaration'
row('chs_2002','RUS','state','member','Vladimir Putin',P,'in_person',s,'high','Host; opened the meeting in the Grand Palace at Peterhof.')
for iso, n in [('CHN','Jiang Zemin'),('KAZ','Nursultan Nazarbayev'),('KGZ','Askar Akayev'),('TJK','Emomali Rakhmonov'),('UZB','Islam Karimov')]:
    row('chs_2002',iso,'state','member',n,P,'in_person',s,'high')
# 2003 Moscow
s = 'sa_chnemb_gr_20030529_moscow;sa_kremlin_20030529_moscow_decl'
nm = 'The embassy report says the heads of state of all six members met in the Kremlin but names only Putin, Hu Jintao and Nazarbayev; the name is the president then in office.'
row('chs_2003','RUS','state','member','Vladimir Putin',P,'in_person',s,'high','Host (the meeting was moved from Astana to Moscow).')
row('chs_2003','KAZ','state','member','Nursultan Nazarbayev',P,'in_person',s,'high','Chair of the meeting although it was held in Moscow (Putin, per the embassy report).')
row('chs_2003','CHN','state','member','Hu Jintao',P,'in_person',s,'high','His first SCO summit.')
row('chs_2003','KGZ','state','member','Askar Akayev',P,'in_person',s,'medium',nm)
row('chs_2003','TJK','state','member','Emomali Rakhmonov',P,'in_person',s,'medium',nm)
row('chs_2003','UZB','state','member','Islam Karimov',P,'in_person',s,'medium',nm)
# 2004 Tashkent
s = 'n2_rferl_20040617_tashkent'
row('chs_2004','UZB','state','member','Islam Karimov',P,'in_person',s,'high','Host and chair.')
for iso, n in [('CHN','Hu Jintao'),('KAZ','Nursultan Nazarbayev'),('KGZ','Askar Akayev'),('RUS','Vladimir Putin'),('TJK','Emomali Rakhmonov')]:
    row('chs_2004',iso,'state','member',n,P,'in_person',s,'high')
row('chs_2004','AFG','state','guest','Hamid Karzai',P,'in_person','n2_tmt_2004_tashkent_karzai','high','Took part in the talks of the six heads of state (Reuters report in The Moscow Times). Mongolia was granted observer status at this meeting; whether and by whom it was represented was not found, so no Mongolian row is given.')
# 2005 Astana
s = 'sa_chinadaily_20050706_astana;sa_mid_20050705_astana_decl'
row('chs_2005','KAZ','state','member','Nursultan Nazarbayev',P,'in_person',s,'high','Host; presided over the meeting.')
row('chs_2005','CHN','state','member','Hu Jintao',P,'in_person',s,'high','Spoke at the summit (Xinhua).')
row('chs_2005','KGZ','state','member','Kurmanbek Bakiyev','acting president','in_person',s,'high','Acting president (after the March 2005 change of power); spoke at the summit (Xinhua).')
row('chs_2005','RUS','state','member','Vladimir Putin',P,'in_person',s,'high','Spoke at the summit (Xinhua).')
nm = 'The stored part of the Xinhua report does not name him; the declaration was signed by the heads of the six member states; the name is the president then in office.'
row('chs_2005','TJK','state','member','Emomali Rakhmonov',P,'in_person',s,'medium',nm)
row('chs_2005','UZB','state','member','Islam Karimov',P,'in_person',s,'medium',nm)
row('chs_2005','IND','state','observer','Natwar Singh','foreign minister','in_person','n2_asianews_20050705_astana;sa_chinadaily_20050706_astana','medium','Observer status granted at this meeting and effective that day (status_events ind_1); AsiaNews describes him as present as an observer.')
row('chs_2005','PAK','state','observer','Shaukat Aziz','prime minister','in_person','n2_asianews_20050705_astana;sa_chinadaily_20050706_astana','medium','Observer status granted at this meeting and effective that day (status_events pak_1); AsiaNews describes him as present as an observer.')
row('chs_2005','MNG','state','observer','Nambaryn Enkhbayar',P,'in_person','sa_apn_20050705_astana','low','Observer since 2004. Only a report written as the summit opened says he was expected; attendance was not confirmed by a report after the meeting.')
row('chs_2005','IRN','state','observer','','','in_person','sa_apn_20050705_astana;sa_chinadaily_20050706_astana','low','Observer status granted at this meeting (status_events irn_1). The head of the Iranian delegation was not found: a report written as the summit opened expected President Khatami; no report after the meeting names him or anyone else.')
# 2006 Shanghai
s = 'sa_chinaorg_20060615_communique'
row('chs_2006','CHN','state','member','Hu Jintao',P,'in_person',s,'high','Host and chair.')
for iso, n in [('KAZ','Nursultan Nazarbayev'),('KGZ','Kurmanbek Bakiyev'),('RUS','Vladimir Putin'),('TJK','Emomali Rakhmonov'),('UZB','Islam Karimov')]:
    row('chs_2006',iso,'state','member',n,P,'in_person',s,'high')
row('chs_2006','IND','state','observer','Murli Deora','minister of petroleum and natural gas','in_person',s,'high')
row('chs_2006','IRN','state','observer','Mahmoud Ahmadinejad',P,'in_person',s,'high')
row('chs_2006','MNG','state','observer','Nambaryn Enkhbayar',P,'in_person',s,'high')
row('chs_2006','PAK','state','observer','Pervez Musharraf',P,'in_person',s,'high')
row('chs_2006','AFG','state','guest','Hamid Karzai',P,'in_person',s,'high','Guest of the host country.')
row('chs_2006','cis','organisation','guest','Vladimir Rushailo','chairman of the executive committee','in_person',s,'high','Guest of the host country.')
row('chs_2006','asean','organisation','guest','Wilfrido V. Villacorta','deputy secretary-general','in_person',s,'high','Guest of the host country.')
# 2007 Bishkek
s = 'sa_uzdaily_20070816_communique'
row('chs_2007','KGZ','state','member','Kurmanbek Bakiyev',P,'in_person',s,'high','Host and chair.')
for iso, n in [('CHN','Hu Jintao'),('KAZ','Nursultan Nazarbayev'),('RUS','Vladimir Putin'),('TJK','Emomali Rahmon'),('UZB','Islam Karimov')]:
    row('chs_2007',iso,'state','member',n,P,'in_person',s,'high')
row('chs_2007','IND','state','observer','Murli Deora','minister of petroleum and natural gas','in_person',s,'high')
row('chs_2007','IRN','state','observer','Mahmoud Ahmadinejad',P,'in_person',s,'high')
row('chs_2007','MNG','state','observer','Nambaryn Enkhbayar',P,'in_person',s,'high')
row('chs_2007','PAK','state','observer','Khurshid Kasuri','foreign minister','in_person',s,'high')
row('chs_2007','AFG','state','guest','Hamid Karzai',P,'in_person',s,'high','Guest of honour of the host state.')
row('chs_2007','TKM','state','guest','Gurbanguly Berdimuhamedov',P,'in_person',s,'high','Guest of honour of the host state.')
row('chs_2007','un','organisation','guest','Lynn Pascoe','under-secretary-general for political affairs','in_person',s,'medium','The communiqué\'s English text calls him "UN Deputy Secretary-General Linn Pasko"; the same official is the Under-Secretary-General for Political Affairs in the 2009 communiqué (sa_worldjpn_20090616_communique).')
# 2008 Dushanbe
s = 'sa_kremlin_20080828_communique'
row('chs_2008','TJK','state','member','Emomali Rahmon',P,'in_person',s,'high','Host and chair.')
for iso, n in [('CHN','Hu Jintao'),('KAZ','Nursultan Nazarbayev'),('KGZ','Kurmanbek Bakiyev'),('RUS','Dmitry Medvedev'),('UZB','Islam Karimov')]:
    row('chs_2008',iso,'state','member',n,P,'in_person',s,'high')
row('chs_2008','IRN','state','observer','Mahmoud Ahmadinejad',P,'in_person',s,'high')
row('chs_2008','IND','state','observer','Murli Deora','minister of petroleum and natural gas','in_person',s,'high')
row('chs_2008','MNG','state','observer','S. Oyun','foreign minister','in_person',s,'high','Name as the communiqué gives it.')
row('chs_2008','PAK','state','observer','M. A. Durrani','adviser to the prime minister with the rank of federal minister','in_person',s,'high','Name as the communiqué gives it.')
row('chs_2008','AFG','state','guest','Hamid Karzai',P,'in_person',s,'high','Guest of the host state.')
row('chs_2008','un','organisation','guest','M. Jenca','representative of the secretary-general','in_person',s,'high','Name as the communiqué gives it.')
row('chs_2008','cis','organisation','guest','Sergei Lebedev','chairman of the executive committee','in_person',s,'high','Chairman of the Executive Committee and Executive Secretary of the CIS.')
row('chs_2008','csto','organisation','guest','T. I. Buzubaev','deputy secretary-general','in_person',s,'high','Name as the communiqué gives it.')
# 2009 Yekaterinburg
s = 'sa_worldjpn_20090616_communique'
row('chs_2009','RUS','state','member','Dmitry Medvedev',P,'in_person',s,'high','Host and chair.')
for iso, n in [('CHN','Hu Jintao'),('KAZ','Nursultan Nazarbayev'),('KGZ','Kurmanbek Bakiyev'),('TJK','Emomali Rahmon'),('UZB','Islam Karimov')]:
    row('chs_2009',iso,'state','member',n,P,'in_person',s,'high')
row('chs_2009','IND','state','observer','Manmohan Singh','prime minister','in_person',s,'high')
row('chs_2009','IRN','state','observer','Mahmoud Ahmadinejad',P,'in_person',s,'high')
row('chs_2009','MNG','state','observer','N. Altankhuyag','first deputy prime minister','in_person',s,'high','"First Vice Premier of the Government of Mongolia" in the communiqué; name as it gives it.')
row('chs_2009','PAK','state','observer','Asif Ali Zardari',P,'in_person',s,'high')
row('chs_2009','AFG','state','guest','Hamid Karzai',P,'in_person',s,'high','Guest of the host.')
row('chs_2009','un','organisation','guest','Lynn Pascoe','under-secretary-general for political affairs','in_person',s,'high','Guest of the host.')
row('chs_2009','cis','organisation','guest','Sergei Lebedev','chairman of the executive committee','in_person',s,'high')
row('chs_2009','eurasec','organisation','guest','Tair Mansurov','secretary-general','in_person',s,'high','Eurasian Economic Community.')
row('chs_2009','csto','organisation','guest','Nikolai Bordyuzha','secretary-general','in_person',s,'high')
# 2010 Tashkent
s = 'n2_presidentuz_20100611_press;n2_pdjp_20100612_tashkent;n2_chinadaily_20100612_tashkent'
row('chs_2010','UZB','state','member','Islam Karimov',P,'in_person',s,'high','Host and chair.')
for iso, n in [('CHN','Hu Jintao'),('KAZ','Nursultan Nazarbayev'),('RUS','Dmitry Medvedev'),('TJK','Emomali Rahmon')]:
    row('chs_2010',iso,'state','member',n,P,'in_person',s,'high')
row('chs_2010','KGZ','state','member','Ruslan Kazakbayev','acting foreign minister','in_person',s,'high','The meeting coincided with the outbreak of violence in Osh; the interim government sent its acting foreign minister, who reported on the situation in Kyrgyzstan (People\'s Daily Japanese text, カザクバエフ).')
nm = 'The host president\'s statement gives the office only; the name is the holder of that office on 11 June 2010.'
row('chs_2010','MNG','state','observer','Tsakhiagiin Elbegdorj',P,'in_person','n2_presidentuz_20100611_press','medium',nm)
row('chs_2010','PAK','state','observer','Asif Ali Zardari',P,'in_person','n2_presidentuz_20100611_press','medium',nm)
row('chs_2010','IND','state','observer','S. M. Krishna','foreign minister','in_person','n2_presidentuz_20100611_press','medium',nm)
row('chs_2010','IRN','state','observer','Manouchehr Mottaki','foreign minister','in_person','n2_presidentuz_20100611_press;n2_chinadaily_20100611_tashkent','medium','President Ahmadinejad stayed away (China Daily); Iran was represented by its foreign minister (host president\'s statement). '+nm)
row('chs_2010','AFG','state','guest','Hamid Karzai',P,'in_person','n2_presidentuz_20100611_press','medium',nm)
row('chs_2010','TKM','state','guest','Gurbanguly Berdimuhamedov',P,'in_person','n2_presidentuz_20100611_press','medium',nm)
nm = 'Dialogue partner since spring 2010 (status_events); not among the participants the host president listed after the meeting; lower-level representation was not found.'
row('chs_2010','BLR','state','dialogue_partner','','','absent','n2_presidentuz_20100611_press','low',nm)
row('chs_2010','LKA','state','dialogue_partner','','','absent','n2_presidentuz_20100611_press','low',nm)
# 2011 Astana
s = 'sb_worldjpn_20110615_pressrelease;sb_ilm_201106_astana'
row('chs_2011','KAZ','state','member','Nursultan Nazarbayev',P,'in_person',s,'high','Host and chair.')
for iso, n in [('CHN','Hu Jintao'),('KGZ','Roza Otunbayeva'),('RUS','Dmitry Medvedev'),('TJK','Emomali Rahmon'),('UZB','Islam Karimov')]:
    row('chs_2011',iso,'state','member',n,P,'in_person',s,'high')
row('chs_2011','IRN','state','observer','Mahmoud Ahmadinejad',P,'in_person',s,'high')
row('chs_2011','PAK','state','observer','Asif Ali Zardari',P,'in_person',s,'high')
row('chs_2011','IND','state','observer','S. M. Krishna','foreign minister','in_person',s,'high')
row('chs_2011','MNG','state','observer','Dashjamts Battulga','head of the presidential administration','in_person',s,'high')
row('chs_2011','AFG','state','guest','Hamid Karzai',P,'in_person',s,'high','Guest of the host.')
row('chs_2011','TKM','state','guest','Gurbanguly Berdimuhamedov',P,'in_person','n2_midru_afg_2011_astana','medium','The Russian embassy page lists the presidents of Afghanistan and Turkmenistan as guests; the SCO press release names only Karzai as guest of the host (conflict n2_c_att_2011_tkm).')
row('chs_2011','un','organisation','guest','Yuri Fedotov','under-secretary-general, executive director of the UN Office on Drugs and Crime','in_person',s,'high')
row('chs_2011','cis','organisation','guest','Sergei Lebedev','chairman of the executive committee','in_person',s,'high')
row('chs_2011','eurasec','organisation','guest','Tair Mansurov','secretary-general','in_person','sb_ilm_201106_astana','high','Eurasian Economic Community.')
row('chs_2011','csto','organisation','guest','Nikolai Bordyuzha','secretary-general','in_person','sb_ilm_201106_astana','high')
nm = 'Dialogue partner; not among the participants the SCO press release lists; lower-level representation was not found.'
row('chs_2011','BLR','state','dialogue_partner','','','absent','sb_worldjpn_20110615_pressrelease','low',nm)
row('chs_2011','LKA','state','dialogue_partner','','','absent','sb_worldjpn_20110615_pressrelease','low',nm)

CONF = [dict(conflict_id='n2_c_att_2011_tkm', table='summit_attendance', row_id='chs_2011/TKM', field='mode', chosen_value='in_person',
             chosen_source_ids='n2_midru_afg_2011_astana', other_value='(not listed)', other_source_ids='sb_worldjpn_20110615_pressrelease;sb_ilm_201106_astana',
             reason='The Russian embassy page (official) names the presidents of Afghanistan and Turkmenistan as guests of the Astana summit; the SCO press release and International Link name only Karzai as guest of the host. Kept as in_person with medium confidence: an omission in a list is weaker evidence than a positive statement.')]

if __name__ == '__main__':
    print('sources', append('data/sources.csv', src_rows()))
    print('attendance', append('data/summit_attendance.csv', A))
    print('conflicts', append('data/conflicts.csv', CONF))
