# Adds the Russian and Chinese column texts of N1's five new tables (heads_of_government_meetings,
# foreign_ministers_meetings, summit_attendance, documents, applications) and their coded values to
# templates/column_text.ts, once those tables are on the branch. Run from the repository root after
# the merge: python3 tools/n7/add-new-table-texts.py; then test/core/column-text.test.ts must pass.
# Written from N1's declarations on branch n1-tables (76f8b30); re-check any English text changed since.
TABLES = "  heads_of_government_meetings: councilText(\n    t('Идентификатор: cohg_ и год заседания.', '编号：cohg_ 加会议年份。'),\n    t('Порядковый номер, который организация даёт заседанию (пусто, если источники его не дают).', '该组织赋予会议的序号（来源未给出时为空）。'),\n  ),\n  foreign_ministers_meetings: councilText(\n    t('Идентификатор: cfm_, год и порядковый номер заседания в этом году.', '编号：cfm_、年份及该会议在当年的序号。'),\n    t('Порядковый номер, который организация даёт заседанию (пусто: в просмотренных источниках номера нет).', '该组织赋予会议的序号（为空：所见来源均未编号）。'),\n  ),\n  summit_attendance: {\n    summit_id: t('Заседание Совета глав государств (таблица summits, серия sco_chs).', '元首理事会会议（summits 表，sco_chs 系列）。'),\n    participant_id: t(\n      'ISO3 государства (таблица countries) или строчный идентификатор организации (un, asean, cis, csto, eaeu, cica...).',\n      '国家的 ISO3 代码（countries 表），或国际组织的小写标识（un、asean、cis、csto、eaeu、cica 等）。',\n    ),\n    participant: t('Краткое название государства на языке таблицы; для организации — её идентификатор.', '国家简称，使用表格所用语言；国际组织则为其标识。'),\n    participant_kind: t('state (государство) или organisation (международная организация).', 'state（国家）或 organisation（国际组织）。'),\n    role: t('Место на саммите: статус государства в ШОС на момент открытия заседания или guest (гость).', '在峰会上的身份：会议开幕时该国的上合组织地位，或 guest（嘉宾）。'),\n    status_at_summit: t(\n      'Статус государства в ШОС в первый день саммита, как его даёт statusOn (none — до какого-либо статуса; пусто для организации).',\n      '峰会首日该国的上合组织地位，按 statusOn 给出（获得任何地位之前为 none；国际组织为空）。',\n    ),\n    status_certain: t(\n      'false, если статус начался с даты, известной лишь с точностью до месяца или года, и саммит приходится на этот период (правило неполных дат); пусто для организации.',\n      '若该地位的开始日期仅知月份或年份且峰会落在该期间内，则为 false（不完整日期规则）；国际组织为空。',\n    ),\n    head_name_en: t('Глава делегации, на английском (пусто, если отсутствовал или неизвестен).', '代表团团长，英文（缺席或不详时为空）。'),\n    head_office_en: t('Его должность: президент, премьер-министр, министр иностранных дел, генеральный секретарь...', '其职务：总统、总理、外交部长、秘书长等。'),\n    mode: t('in_person (лично), video (по видеосвязи) или absent (не участвовал).', 'in_person（亲自出席）、video（视频连线）或 absent（缺席）。'),\n    source_ids: SOURCE_IDS,\n    confidence: CONFIDENCE,\n    note: NOTE,\n  },\n  documents: {\n    document_id: t('Идентификатор: doc_, год подписания и краткое название.', '编号：doc_、签署年份及简称。'),\n    title_en: t('Название на английском.', '英文标题。'),\n    title_ru: t('Название на русском (пусто, если ни один из просмотренных источников его не даёт).', '俄文标题（所见来源均未给出时为空）。'),\n    title_zh: t('Название на китайском (пусто, если ни один из просмотренных источников его не даёт).', '中文标题（所见来源均未给出时为空）。'),\n    type: t('Вид текста.', '文本类型。'),\n    signed_date: t('День подписания или принятия.', '签署或通过之日。'),\n    signed_precision: precision('signed_date'),\n    signed_day: dayOf('signed_date'),\n    place_en: t('Место подписания, на английском.', '签署地点，英文。'),\n    summit_id: t('Саммит, на котором документ подписан или принят, если есть (таблица summits).', '签署或通过该文件的峰会（如有；见 summits 表）。'),\n    in_force_date: t(\n      'День вступления в силу, если документ подлежит вступлению в силу и этот день известен; иначе пусто.',\n      '生效之日，适用于需经生效程序且生效日期已知的文件；否则为空。',\n    ),\n    in_force_precision: precision('in_force_date'),\n    in_force_day: dayOf('in_force_date'),\n    parties: t('Коды ISO3 участников через «;»; пусто — все государства-члены на момент подписания.', '缔约方的 ISO3 代码，以“;”分隔；为空表示签署时的全体成员国。'),\n    source_ids: SOURCE_IDS,\n    confidence: CONFIDENCE,\n    note: NOTE,\n  },\n  applications: {\n    application_id: t('Идентификатор: app_, ISO3 строчными буквами, год и запрашиваемый статус.', '编号：app_、小写 ISO3 代码、年份及所申请的地位。'),\n    iso3: ISO3,\n    country: COUNTRY,\n    status_sought: t('Статус, о предоставлении которого подана заявка.', '所申请的地位。'),\n    applied_date: t('День (или месяц, или год) подачи заявки.', '提出申请之日（或月份、年份）。'),\n    applied_precision: precision('applied_date'),\n    applied_day: dayOf('applied_date'),\n    outcome: t(\n      'granted (предоставлен), pending (на рассмотрении), withdrawn (отозвана) или not_granted (не предоставлен).',\n      'granted（已批准）、pending（待定）、withdrawn（已撤回）或 not_granted（未获批准）。',\n    ),\n    outcome_event_id: t(\n      'Событие изменения статуса, которым статус предоставлен (таблица status_events); пусто, пока такого нет.',\n      '批准该申请的地位变更事件（见 status_events 表）；尚无时为空。',\n    ),\n    source_ids: SOURCE_IDS,\n    confidence: CONFIDENCE,\n    note: NOTE,\n  },\n"
CATEGORIES = "  regular: t('Очередное заседание', '例行会议'),\n  extraordinary: t('Внеочередное заседание', '特别会议'),\n  charter: t('Устав', '宪章'),\n  convention: t('Конвенция', '公约'),\n  treaty: t('Договор', '条约'),\n  agreement: t('Соглашение', '协定'),\n  declaration: t('Декларация', '宣言'),\n  decision: t('Решение', '决定'),\n  memorandum: t('Меморандум', '备忘录'),\n  statement: t('Заявление', '声明'),\n  other: t('Другой документ', '其他文件'),\n  granted: t('Предоставлен', '已批准'),\n  pending: t('На рассмотрении', '待定'),\n  not_granted: t('Не предоставлен', '未获批准'),\n  state: t('Государство', '国家'),\n  organisation: t('Международная организация', '国际组织'),\n  guest: t('Гость', '嘉宾'),\n  video: t('По видеосвязи', '视频连线'),\n  absent: t('Не участвовал', '缺席'),\n"
import re
p='templates/column_text.ts'
s=open(p).read()
# Meeting texts shared by summits and the councils' meetings.
shared = '''
// Meetings: the summits and the councils' meetings (templates/council_meetings.ts) share these.
const MEETING_STATUS = t('held (состоялось) или planned (запланировано; у запланированного заседания дата не придумывается).', 'held（已举行）或 planned（计划中；计划中的会议不编造日期）。');
const MEETING_START = t('Первый день заседания.', '会议第一天。');
const MEETING_END = t('Последний день заседания.', '会议最后一天。');
const MEETING_CITY_EN = t('Место заседания (для виртуального — столица председательствующего государства), на английском.', '会议地点（视频会议为主席国首都），英文。');
const MEETING_CITY_RU = t('Город, на русском.', '城市，俄文。');
const MEETING_CITY_ZH = t('Город, на китайском.', '城市，中文。');
const MEETING_FORMAT = t('in_person (очно), virtual (в режиме видеоконференции) или hybrid (смешанный формат).', 'in_person（线下）、virtual（视频）或 hybrid（混合）。');

/** A council's meetings: one shape, with the id and number texts of that council. */
const councilText = (meetingId: Translation, number: Translation): Readonly<Record<string, Translation>> => ({
  meeting_id: meetingId,
  number,
  kind: t('regular (очередное) или extraordinary (внеочередное, незапланированное заседание).', 'regular（例行会议）或 extraordinary（临时召开的特别会议）。'),
  status: MEETING_STATUS,
  start_date: MEETING_START,
  start_precision: precision('start_date'),
  start_day: dayOf('start_date'),
  end_date: MEETING_END,
  end_precision: precision('end_date'),
  end_day: dayOf('end_date'),
  city_en: MEETING_CITY_EN,
  city_ru: MEETING_CITY_RU,
  city_zh: MEETING_CITY_ZH,
  host_iso3: t(
    'ISO3 принимающего государства; пусто, если просмотренные источники этого не сообщают (например, заседание на полях другого мероприятия).',
    '东道国的 ISO3 代码；所见来源未说明时为空（例如在其他活动期间举行的会议）。',
  ),
  host: COUNTRY,
  format: MEETING_FORMAT,
  chair_iso3: t('ISO3 государства, председательствующего в совете на момент заседания; пусто, если просмотренные источники этого не сообщают.', '会议时担任该理事会主席的国家的 ISO3 代码；所见来源未说明时为空。'),
  chair: COUNTRY,
  source_ids: SOURCE_IDS,
  confidence: CONFIDENCE,
  note: NOTE,
});
'''
anchor = "export const COLUMN_TEXT"
s = s.replace(anchor, shared.lstrip('\n') + '\n' + anchor, 1)
repl = {
 "    status: t('held (состоялся) или planned (запланирован; у запланированного заседания дата не придумывается).', 'held（已举行）或 planned（计划中；计划中的会议不编造日期）。'),": "    status: MEETING_STATUS,",
 "    start_date: t('Первый день заседания.', '会议第一天。'),": "    start_date: MEETING_START,",
 "    end_date: t('Последний день заседания.', '会议最后一天。'),": "    end_date: MEETING_END,",
 "    city_en: t('Место заседания (для виртуального — столица председательствующего государства), на английском.', '会议地点（视频会议为主席国首都），英文。'),": "    city_en: MEETING_CITY_EN,",
 "    city_ru: t('Город, на русском.', '城市，俄文。'),": "    city_ru: MEETING_CITY_RU,",
 "    city_zh: t('Город, на китайском.', '城市，中文。'),": "    city_zh: MEETING_CITY_ZH,",
 "    format: t('in_person (очно), virtual (в режиме видеоконференции) или hybrid (смешанный формат).', 'in_person（线下）、virtual（视频）或 hybrid（混合）。'),": "    format: MEETING_FORMAT,",
}
for a,b in repl.items():
    assert a in s, a
    s = s.replace(a,b)
tables = TABLES
s = s.replace("  changes: {\n    table:", tables + "  changes: {\n    table:", 1)
cats = CATEGORIES
s = s.replace("  before_sco: t(", cats + "  before_sco: t(", 1)
s = s.replace("  withdrawn: t('Вышло из организации', '已退出'),", "  withdrawn: t('Выход из организации (для заявки — отозвана)', '已退出（申请：已撤回）'),")
open(p,'w').write(s)
