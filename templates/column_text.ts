// Each column's description in Russian and Chinese, keyed by table and column (English: the
// column's own `description` in its template). Kept apart from the declarations so that a table's
// file stays short; a test fails while any declared column lacks either text. SCO terms follow the
// organisation's own Russian and Chinese usage: государство-член / 成员国, наблюдатель / 观察员国,
// партнёр по диалогу / 对话伙伴, партнёр ШОС / 上合组织伙伴, Совет глав государств / 元首理事会.
import type { Language } from './vocab';

export interface Translation {
  readonly ru: string;
  readonly zh: string;
}

const t = (ru: string, zh: string): Translation => ({ ru, zh });

// Columns several tables share (their English text is shared too: templates/columns.ts).
const ISO3 = t('Код государства по ISO 3166-1 alpha-3.', '国家的 ISO 3166-1 三字母代码。');
const COUNTRY = t('Краткое название государства на языке таблицы (в файлах CSV — на английском).', '国家简称，使用表格所用语言（CSV 文件中为英文）。');
const COW_CODE = t('Номер государства в системе Correlates of War (список государств COW).', 'Correlates of War（COW）国家体系列表中的国家编号。');
const COW_ABBR = t('Буквенное сокращение государства в Correlates of War.', 'Correlates of War 国家缩写。');
const YEAR = t('Календарный год.', '公历年份。');
const SOURCE_IDS = t('Идентификаторы подтверждающих строк в sources.csv через «;».', 'sources.csv 中支持该行的来源编号，以“;”分隔。');
const CONFIDENCE = t(
  'high — два независимых или один первичный источник; medium — один надёжный вторичный источник; low — не подтверждено (см. примечание); inferred — ни один источник этого прямо не говорит, факт выведен из правила, названного в примечании.',
  'high：两个独立来源或一个原始来源；medium：一个可靠的二手来源；low：未经证实（见备注）；inferred：无来源直接说明，依据备注所述规则推断。',
);
const NOTE = t('Замечания к строке, в том числе о расхождениях между источниками.', '关于该行的说明，包括来源之间的分歧。');

/** "How precisely <column> is known" (templates/columns.ts, precisionColumn). */
const precision = (of: string) => t(`Точность, с которой известно значение ${of}: день, месяц или год.`, `${of} 的已知精度：日、月或年。`);

/** The real-date companion of a partial-date column (templates/columns.ts, dayColumn). */
const dayOf = (of: string) =>
  t(
    `Значение ${of} как настоящая дата, если оно известно с точностью до дня; пусто, если известны только месяц или год (неполная дата никогда не превращается в день).`,
    `${of} 精确到日时的真实日期；仅知月份或年份时为空（不完整日期绝不转换为某一天）。`,
  );

/** How many states held a status on the year's reference day (status_counts). */
const countOf = (ru: string, zh: string) =>
  t(`Сколько государств были ${ru} на 31 декабря года (в последнем году — на день, по состоянию на который приведены данные).`, `该年 12 月 31 日（最后一年为数据截止日）${zh}的国家数量。`);

const STATUS_ON_REFERENCE = t('Статус на дату отсчёта (none — до первого статуса).', '参照日期所持有的地位（首次获得地位之前为 none）。');
const STATUS_CERTAIN = t(
  'False, если дата отсчёта приходится на месяц или год, в котором начался новый статус, раньше последнего дня этого периода: тогда status — статус, действовавший до него, а день перемены неизвестен (правило неполных дат; см. README, «Modelling choices»).',
  '参照日期落在新地位开始的月份或年份之内、且早于该期间最后一天时为 false：此时 status 为此前所持地位，变更的具体日期不详（不完整日期规则，见 README“Modelling choices”）。',
);
const PANEL_REFERENCE_CERTAIN = STATUS_CERTAIN;

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
  chair_iso3: t(
    'ISO3 государства, председательствующего в совете на момент заседания; пусто, если просмотренные источники этого не сообщают.',
    '会议时担任该理事会主席的国家的 ISO3 代码；所见来源未说明时为空。',
  ),
  chair: COUNTRY,
  source_ids: SOURCE_IDS,
  confidence: CONFIDENCE,
  note: NOTE,
});

export const COLUMN_TEXT: Readonly<Record<string, Readonly<Record<string, Translation>>>> = {
  roster: {
    iso3: ISO3,
    country: COUNTRY,
    status: t('Статус, который государство имело на эту дату.', '该日期所持有的地位。'),
    since: t('День, с которого статус действует.', '该地位生效之日。'),
    since_precision: precision('since'),
    since_day: dayOf('since'),
    event_id: t('Событие изменения статуса, с которого он начался.', '使该地位开始的地位变更事件。'),
    status_certain: t(
      'False, если дата приходится на месяц или год, в котором начался новый статус, раньше последнего дня этого периода: указан статус, действовавший до него (см. README, «Modelling choices»).',
      '该日期落在新地位开始的月份或年份之内、且早于该期间最后一天时为 false：所给地位为此前所持地位（见 README“Modelling choices”）。',
    ),
    as_of: t('Дата, по состоянию на которую составлен список.', '名单所对应的日期。'),
  },
  countries: {
    iso3: ISO3,
    iso2: t('Код ISO 3166-1 alpha-2.', 'ISO 3166-1 二字母代码。'),
    iso_numeric: t(
      'Цифровой код ISO 3166-1 как целое число (4 для кода Афганистана 004): для показа дополните нулями до трёх цифр (R sprintf("%03d", x), Stata format %03.0f, pandas .astype(str).str.zfill(3)).',
      'ISO 3166-1 数字代码，以整数表示（阿富汗的 004 记为 4）：显示时补足三位（R sprintf("%03d", x)，Stata format %03.0f，pandas .astype(str).str.zfill(3)）。',
    ),
    cow_code: COW_CODE,
    cow_abbr: COW_ABBR,
    gw_code: t('Номер государства по Gleditsch и Ward (пусто, пока не заполнен).', 'Gleditsch-Ward 国家编号（尚未填写时为空）。'),
    wikidata_qid: t('Элемент Викиданных, соответствующий государству.', '该国家的维基数据条目。'),
    name_en: t('Краткое название на английском (пусто — краткое название по ISO 3166).', '英文简称（为空时采用 ISO 3166 简称）。'),
    name_ru: t('Краткое название на русском.', '俄文简称。'),
    name_zh: t('Краткое название на китайском.', '中文简称。'),
    capital_en: t('Столица, на английском.', '首都，英文。'),
    capital_ru: t('Столица, на русском.', '首都，俄文。'),
    capital_zh: t('Столица, на китайском.', '首都，中文。'),
    currency: t('Код валюты по ISO 4217.', 'ISO 4217 货币代码。'),
    capital_tz: t('Название часового пояса столицы по базе IANA.', '首都所在时区的 IANA 名称。'),
    source_ids: SOURCE_IDS,
    note: NOTE,
  },
  status_events: {
    event_id: t('Идентификатор события: ISO3 строчными буквами и его номер в истории государства.', '事件编号：小写的 ISO3 代码加上该事件在该国历史中的序号。'),
    iso3: ISO3,
    country: COUNTRY,
    status: t('Статус, который государство имеет начиная с этого события.', '自该事件起该国所持有的地位。'),
    previous_status: t('Статус, который он сменяет (none для первого события).', '该地位所取代的地位（首次事件为 none）。'),
    decision_date: t('День, когда принял решение уполномоченный орган (обычно Совет глав государств).', '作出决定的机构（通常为元首理事会）作出决定之日。'),
    decision_precision: precision('decision_date'),
    decision_day: dayOf('decision_date'),
    effective_date: t(
      'День вступления статуса в силу, если он отличается от дня решения (например, меморандум подписан позже); иначе пусто.',
      '地位生效之日，若与决定日期不同（例如备忘录较晚签署）；否则为空。',
    ),
    effective_precision: precision('effective_date'),
    effective_day: dayOf('effective_date'),
    summit_id: t('Саммит, на котором принято решение, если есть (таблица summits).', '作出决定的峰会（如有；见 summits 表）。'),
    document: t('Документ, которым принято или оформлено решение.', '作出或落实该决定的文件。'),
    source_ids: SOURCE_IDS,
    confidence: CONFIDENCE,
    note: NOTE,
  },
  membership_spells: {
    iso3: ISO3,
    country: COUNTRY,
    status: t('Статус, который государство имело в этот период.', '该期间所持有的地位。'),
    start_date: t('Первый день, когда статус действовал (дата вступления в силу, иначе дата решения).', '该地位开始持有的第一天（生效日期，无生效日期时为决定日期）。'),
    start_precision: precision('start_date'),
    start_day: dayOf('start_date'),
    until_date: t('День, когда вступил в силу следующий статус; пусто, пока период продолжается.', '下一地位生效之日；该期间仍在持续时为空。'),
    until_precision: precision('until_date'),
    until_day: dayOf('until_date'),
    start_event_id: t('Событие изменения статуса, открывшее период.', '开启该期间的地位变更事件。'),
    end_event_id: t('Событие, закрывшее период; пусто, пока он продолжается.', '结束该期间的事件；期间仍在持续时为空。'),
  },
  summits: {
    summit_id: t('Идентификатор: s5_ГГГГ для «Шанхайской пятёрки», chs_ГГГГ для Совета глав государств — членов ШОС.', '编号：“上海五国”为 s5_YYYY，上合组织成员国元首理事会为 chs_YYYY。'),
    series: t('shanghai_five или sco_chs (Совет глав государств — членов ШОС).', 'shanghai_five 或 sco_chs（上合组织成员国元首理事会）。'),
    number: t('Порядковый номер, который организация даёт заседанию в его серии.', '该组织在该系列中赋予会议的序号。'),
    status: MEETING_STATUS,
    start_date: MEETING_START,
    start_precision: precision('start_date'),
    start_day: dayOf('start_date'),
    end_date: MEETING_END,
    end_precision: precision('end_date'),
    end_day: dayOf('end_date'),
    main_date: t('День официального заседания Совета (пусто, если неизвестен).', '理事会正式会议之日（不详时为空）。'),
    main_precision: precision('main_date'),
    main_day: dayOf('main_date'),
    city_en: MEETING_CITY_EN,
    city_ru: MEETING_CITY_RU,
    city_zh: MEETING_CITY_ZH,
    host_iso3: ISO3,
    host: t('Принимающее (председательствующее) государство, на языке таблицы.', '东道国（主席国），使用表格所用语言。'),
    format: MEETING_FORMAT,
    decisions: t('Основные принятые решения, через « | ».', '作出的主要决定，以“ | ”分隔。'),
    documents: t('Основные подписанные или принятые документы, через « | ».', '签署或通过的主要文件，以“ | ”分隔。'),
    wikidata_qid: t('Элемент Викиданных, соответствующий заседанию, если он есть.', '该会议的维基数据条目（如有）。'),
    source_ids: SOURCE_IDS,
    confidence: CONFIDENCE,
    note: NOTE,
  },
  officials: {
    official_id: t('Идентификатор срока полномочий.', '任期编号。'),
    role: t(
      'executive_secretary (Исполнительный секретарь), secretary_general (Генеральный секретарь) или rats_director (Директор Исполнительного комитета РАТС).',
      'executive_secretary（执行秘书）、secretary_general（秘书长）或 rats_director（地区反恐怖机构执行委员会主任）。',
    ),
    name_en: t('Имя на английском.', '英文姓名。'),
    name_ru: t('Имя на русском, если его приводит источник.', '俄文姓名（如有来源提供）。'),
    name_zh: t('Имя на китайском, если его приводит источник.', '中文姓名（如有来源提供）。'),
    name_variants: t('Другие написания и транслитерации имени, через « | ».', '姓名的其他拼写和转写，以“ | ”分隔。'),
    iso3: ISO3,
    country: COUNTRY,
    term_start: t('Первый день в должности.', '任职第一天。'),
    term_start_precision: precision('term_start'),
    term_start_day: dayOf('term_start'),
    term_end: t('Последний день в должности; пусто, пока лицо в должности.', '任职最后一天；仍在任时为空。'),
    term_end_precision: precision('term_end'),
    term_end_day: dayOf('term_end'),
    source_ids: SOURCE_IDS,
    confidence: CONFIDENCE,
    note: NOTE,
  },
  chairmanships: {
    chairmanship_id: t('Идентификатор: ISO3 председательствующего государства и годы.', '编号：主席国的 ISO3 代码加年份。'),
    iso3: ISO3,
    country: COUNTRY,
    start_date: t('Первый день председательства.', '担任主席国的第一天。'),
    start_precision: precision('start_date'),
    start_day: dayOf('start_date'),
    end_date: t('Последний день председательства; пусто, пока оно продолжается.', '担任主席国的最后一天；仍在担任时为空。'),
    end_precision: precision('end_date'),
    end_day: dayOf('end_date'),
    summit_id: t('Саммит, которым завершилось председательство.', '结束该主席国任期的峰会。'),
    source_ids: SOURCE_IDS,
    confidence: CONFIDENCE,
    note: NOTE,
  },
  country_year: {
    iso3: ISO3,
    cow_code: COW_CODE,
    cow_abbr: COW_ABBR,
    country: COUNTRY,
    year: YEAR,
    reference_date: t(
      'День, статус на который записан в строке: 31 декабря, а в последнем году — день, по состоянию на который приведены данные (статус на 31 декабря ещё неизвестен).',
      '该行所记录地位对应的日期：12 月 31 日；最后一年为数据截止日（其 12 月 31 日的地位尚不可知）。',
    ),
    status: STATUS_ON_REFERENCE,
    status_certain: PANEL_REFERENCE_CERTAIN,
    cow_igo_code: t(
      'Код членства COW IGO: 1 — полноправный член, 3 — наблюдатель (также кандидат на вступление), 0 — в остальных случаях (в том числе участники «Шанхайской пятёрки» до создания ШОС, партнёры по диалогу и партнёры ШОС). Код COW 2 (ассоциированный член) не используется.',
      'COW IGO 成员代码：1 为正式成员，3 为观察员（加入候选国亦同），其他情况为 0（包括上合组织成立前的“上海五国”参与国、对话伙伴和上合组织伙伴）。不使用 COW 代码 2（联系成员）。',
    ),
    cow_igo_v3_rule: t(
      'ШОС, закодированная по собственным правилам COW IGO v3, воспроизведённым точно для 1996–2014 годов и продолженным до последнего года: −1 до 1996 года (МПО ещё не существовала), 1 — если государство в какой-либо день года было участником «Шанхайской пятёрки» или членом (COW считает годы «Шанхайской пятёрки» членством), иначе 0 (COW не кодирует наблюдателей ШОС). Государства, которых нет в этой таблице, имеют 0 с 1996 года и −1 до него. В csv/cow_concordance.csv перечислены все строки, где значение расходится с cow_igo_code, и причины.',
      '按 COW IGO v3 自身规则编码的上合组织：1996–2014 年完全复现，并延续至最后一年。1996 年前为 −1（该政府间组织尚不存在）；该国在当年任何一天为“上海五国”参与国或成员时为 1（COW 将“上海五国”年份计为成员）；否则为 0（COW 不编码上合组织观察员）。未出现在本表中的国家自 1996 年起为 0，此前为 −1。csv/cow_concordance.csv 列出其与 cow_igo_code 不同的每一行及原因。',
    ),
    status_first_day: t('Статус на 1 января года (правило «первого дня»).', '当年 1 月 1 日所持有的地位（“首日”规则）。'),
    status_first_day_certain: t(
      'False, если 1 января приходится на месяц или год, в котором начался новый статус, раньше последнего дня этого периода: тогда status_first_day — статус, действовавший до него (правило неполных дат).',
      '1 月 1 日落在新地位开始的月份或年份之内、且早于该期间最后一天时为 false：此时 status_first_day 为此前所持地位（不完整日期规则）。',
    ),
    member_any_day: t(
      'True, если государство было полноправным членом в какой-либо день года вплоть до даты отсчёта (правило «любого дня»).',
      '该国在当年截至参照日期的任何一天为正式成员时为 true（“任一天”规则）。',
    ),
    member_any_day_certain: t(
      'False, если member_any_day опирается только на дни с недостоверным статусом или если членство, известное лишь с точностью до месяца или года, могло уже начаться в этом промежутке (правило неполных дат).',
      '若 member_any_day 仅依据地位不确定的日子，或仅知月份或年份的成员资格可能已在该区间内开始，则为 false（不完整日期规则）。',
    ),
    status_by_decision: t(
      'Статус на дату отсчёта, если каждый статус отсчитывается со дня решения, а не с более поздней даты вступления в силу (вариант по дате решения).',
      '若每种地位自作出决定之日起计算、而非自较晚的生效日期起计算，参照日期所持有的地位（按决定日期的变体）。',
    ),
    status_by_decision_certain: t(
      'False, если дата отсчёта приходится на месяц или год решения, известного лишь с точностью до этого периода, раньше его последнего дня: тогда status_by_decision — статус, решённый до него (правило неполных дат).',
      '参照日期落在仅知月份或年份的决定所在期间之内、且早于该期间最后一天时为 false：此时 status_by_decision 为此前决定的地位（不完整日期规则）。',
    ),
    partner: t('True, если на дату отсчёта государство было партнёром по диалогу или партнёром ШОС.', '该国在参照日期为对话伙伴或上合组织伙伴时为 true。'),
    changed_during_year: t('True, если статус государства менялся в течение года после 1 января.', '该国地位在当年 1 月 1 日之后发生变化时为 true。'),
  },
  cow_concordance: {
    iso3: ISO3,
    cow_code: COW_CODE,
    country: COUNTRY,
    year: YEAR,
    status: t('Статус на дату отсчёта country_year.', 'country_year 参照日期的地位。'),
    cow_igo_code: t('Собственный код набора данных (country_year.cow_igo_code).', '本数据集自身的代码（country_year.cow_igo_code）。'),
    cow_igo_v3_rule: t('Код по правилам COW IGO v3 (country_year.cow_igo_v3_rule).', '按 COW IGO v3 规则的代码（country_year.cow_igo_v3_rule）。'),
    reason: t('Почему два кодирования расходятся (см. explanation).', '两种编码不同的原因（见 explanation）。'),
    explanation: t('Причина словами (на английском).', '原因的文字说明（英文）。'),
  },
  country_month: {
    iso3: ISO3,
    cow_code: COW_CODE,
    country: COUNTRY,
    year: YEAR,
    month: t('Календарный месяц, 1–12.', '公历月份，1–12。'),
    reference_date: t(
      'День, статус на который записан в строке: последний день месяца, а в последнем месяце — день, по состоянию на который приведены данные.',
      '该行所记录地位对应的日期：当月最后一天；最后一个月为数据截止日。',
    ),
    status: STATUS_ON_REFERENCE,
    status_certain: t(
      'False, если дата отсчёта приходится на месяц или год, в котором начался новый статус, раньше последнего дня этого периода: тогда status — статус, действовавший до него, а день перемены неизвестен (правило неполных дат).',
      '参照日期落在新地位开始的月份或年份之内、且早于该期间最后一天时为 false：此时 status 为此前所持地位，变更的具体日期不详（不完整日期规则）。',
    ),
    cow_igo_code: t('Код COW IGO этого статуса по правилам набора данных (как в country_year).', '该地位在本数据集中的 COW IGO 代码（与 country_year 相同）。'),
  },
  dyad_year: {
    ccode1: t('Код COW первого государства (меньший код).', '第一个国家的 COW 代码（较小者）。'),
    ccode2: t('Код COW второго государства.', '第二个国家的 COW 代码。'),
    year: YEAR,
    iso3_1: t('Код ISO3 первого государства.', '第一个国家的 ISO3 代码。'),
    iso3_2: t('Код ISO3 второго государства.', '第二个国家的 ISO3 代码。'),
    status1: t('Статус первого государства на 31 декабря.', '第一个国家在 12 月 31 日的地位。'),
    status2: t('Статус второго государства на 31 декабря.', '第二个国家在 12 月 31 日的地位。'),
    joint_member: t('True, если на 31 декабря оба были полноправными членами (код COW IGO 1).', '两国在 12 月 31 日均为正式成员（COW IGO 代码 1）时为 true。'),
    joint_any_status: t('True, если на 31 декабря оба имели какой-либо статус в ШОС.', '两国在 12 月 31 日均持有任一上合组织地位时为 true。'),
    status_certain: t('True, если оба статуса достоверны на дату отсчёта (см. status_certain в country_year).', '两国的地位在参照日期均确定时为 true（见 country_year 的 status_certain）。'),
  },
  status_counts: {
    year: t('Календарный год; подсчёт ведётся на 31 декабря, а в последнем году — на день, по состоянию на который приведены данные.', '公历年份；按 12 月 31 日计数，最后一年按数据截止日计数。'),
    shanghai_five: countOf('участниками «Шанхайской пятёрки»', '为“上海五国”参与国'),
    member: countOf('государствами-членами', '为成员国'),
    accession_candidate: countOf('кандидатами на вступление (процедура приёма начата, но ещё не завершена)', '为加入候选国（已启动接收程序、尚未正式加入）'),
    observer: countOf('государствами-наблюдателями', '为观察员国'),
    dialogue_partner: countOf('партнёрами по диалогу', '为对话伙伴'),
    sco_partner: countOf('партнёрами ШОС (категория, созданная в Тяньцзине в 2025 году)', '为上合组织伙伴（2025 年天津峰会设立的类别）'),
    status_certain: t(
      'True, если статус каждого государства достоверен на день подсчёта (см. status_certain в country_year).',
      '每个国家的地位在计数之日均确定时为 true（见 country_year 的 status_certain）。',
    ),
  },
  sources: {
    source_id: t('Идентификатор, на который ссылаются столбцы source_ids.', 'source_ids 列所引用的编号。'),
    publisher: t('Кто опубликовал.', '发布者。'),
    title: t('Заголовок страницы или документа.', '网页或文件的标题。'),
    url: t('Веб-адрес.', '网址。'),
    published: t('Дата публикации с той точностью, с какой её даёт страница.', '发布日期，精度以网页所示为准。'),
    published_day: dayOf('published'),
    language: t('Код языка источника по ISO 639-1.', '来源语言的 ISO 639-1 代码。'),
    source_type: t(
      'official_primary (ШОС, правительство, сам документ), news_agency (агентства, газеты, вещатели), secondary (энциклопедии, книги, другие сайты) или mirror (копия, оригинал которой нигде не сохранился).',
      'official_primary（上合组织、政府、文件本身）、news_agency（通讯社、报纸、广播机构）、secondary（百科全书、书籍、其他网站）或 mirror（原件已无处保存的副本）。',
    ),
    note: NOTE,
  },
  conflicts: {
    conflict_id: t('Идентификатор расхождения.', '分歧编号。'),
    table: t('Таблица данных, в которой записан факт.', '记录该事实的数据表。'),
    row_id: t('Ключ строки, в которой записан факт.', '记录该事实的行的键。'),
    field: t('Столбец, в котором записан факт.', '记录该事实的列。'),
    chosen_value: t('Значение, принятое в наборе данных.', '本数据集采用的值。'),
    chosen_source_ids: t('Источники принятого прочтения.', '所采用说法的来源。'),
    other_value: t('Значение, которое дают другие источники.', '其他来源给出的值。'),
    other_source_ids: t('Источники другого прочтения.', '另一说法的来源。'),
    reason: t('Почему предпочтено принятое прочтение.', '采用该说法的理由。'),
  },
  heads_of_government_meetings: councilText(
    t('Идентификатор: cohg_ и год заседания.', '编号：cohg_ 加会议年份。'),
    t('Порядковый номер, который организация даёт заседанию (пусто, если источники его не дают).', '该组织赋予会议的序号（来源未给出时为空）。'),
  ),
  foreign_ministers_meetings: councilText(
    t('Идентификатор: cfm_, год и порядковый номер заседания в этом году.', '编号：cfm_、年份及该会议在当年的序号。'),
    t('Порядковый номер, который организация даёт заседанию (пусто: в просмотренных источниках номера нет).', '该组织赋予会议的序号（为空：所见来源均未编号）。'),
  ),
  summit_attendance: {
    summit_id: t('Заседание Совета глав государств (таблица summits, серия sco_chs).', '元首理事会会议（summits 表，sco_chs 系列）。'),
    participant_id: t(
      'ISO3 государства (таблица countries) или строчный идентификатор организации (un, asean, cis, csto, eaeu, cica...).',
      '国家的 ISO3 代码（countries 表），或国际组织的小写标识（un、asean、cis、csto、eaeu、cica 等）。',
    ),
    participant: t('Краткое название государства на языке таблицы; для организации — её идентификатор.', '国家简称，使用表格所用语言；国际组织则为其标识。'),
    participant_kind: t('state (государство) или organisation (международная организация).', 'state（国家）或 organisation（国际组织）。'),
    role: t('Место на саммите: статус государства в ШОС на момент открытия заседания или guest (гость).', '在峰会上的身份：会议开幕时该国的上合组织地位，或 guest（嘉宾）。'),
    status_at_summit: t(
      'Статус государства в ШОС в первый день саммита, как его даёт statusOn (none — до какого-либо статуса; пусто для организации).',
      '峰会首日该国的上合组织地位，按 statusOn 给出（获得任何地位之前为 none；国际组织为空）。',
    ),
    status_certain: t(
      'false, если статус начался с даты, известной лишь с точностью до месяца или года, и саммит приходится на этот период (правило неполных дат); пусто для организации.',
      '若该地位的开始日期仅知月份或年份且峰会落在该期间内，则为 false（不完整日期规则）；国际组织为空。',
    ),
    head_name_en: t('Глава делегации, на английском (пусто, если отсутствовал или неизвестен).', '代表团团长，英文（缺席或不详时为空）。'),
    head_office_en: t('Его должность: президент, премьер-министр, министр иностранных дел, генеральный секретарь...', '其职务：总统、总理、外交部长、秘书长等。'),
    mode: t('in_person (лично), video (по видеосвязи) или absent (не участвовал).', 'in_person（亲自出席）、video（视频连线）或 absent（缺席）。'),
    source_ids: SOURCE_IDS,
    confidence: CONFIDENCE,
    note: NOTE,
  },
  documents: {
    document_id: t('Идентификатор: doc_, год подписания и краткое название.', '编号：doc_、签署年份及简称。'),
    title_en: t('Название на английском.', '英文标题。'),
    title_ru: t('Название на русском (пусто, если ни один из просмотренных источников его не даёт).', '俄文标题（所见来源均未给出时为空）。'),
    title_zh: t('Название на китайском (пусто, если ни один из просмотренных источников его не даёт).', '中文标题（所见来源均未给出时为空）。'),
    type: t('Вид текста.', '文本类型。'),
    signed_date: t('День подписания или принятия.', '签署或通过之日。'),
    signed_precision: precision('signed_date'),
    signed_day: dayOf('signed_date'),
    place_en: t('Место подписания, на английском.', '签署地点，英文。'),
    summit_id: t('Саммит, на котором документ подписан или принят, если есть (таблица summits).', '签署或通过该文件的峰会（如有；见 summits 表）。'),
    in_force_date: t('День вступления в силу, если документ подлежит вступлению в силу и этот день известен; иначе пусто.', '生效之日，适用于需经生效程序且生效日期已知的文件；否则为空。'),
    in_force_precision: precision('in_force_date'),
    in_force_day: dayOf('in_force_date'),
    parties: t('Коды ISO3 участников через «;»; пусто — все государства-члены на момент подписания.', '缔约方的 ISO3 代码，以“;”分隔；为空表示签署时的全体成员国。'),
    source_ids: SOURCE_IDS,
    confidence: CONFIDENCE,
    note: NOTE,
  },
  applications: {
    application_id: t('Идентификатор: app_, ISO3 строчными буквами, год и запрашиваемый статус.', '编号：app_、小写 ISO3 代码、年份及所申请的地位。'),
    iso3: ISO3,
    country: COUNTRY,
    status_sought: t('Статус, о предоставлении которого подана заявка.', '所申请的地位。'),
    applied_date: t('День (или месяц, или год) подачи заявки.', '提出申请之日（或月份、年份）。'),
    applied_precision: precision('applied_date'),
    applied_day: dayOf('applied_date'),
    outcome: t(
      'granted (предоставлен), pending (на рассмотрении), withdrawn (отозвана) или not_granted (не предоставлен).',
      'granted（已批准）、pending（待定）、withdrawn（已撤回）或 not_granted（未获批准）。',
    ),
    outcome_event_id: t('Событие изменения статуса, которым статус предоставлен (таблица status_events); пусто, пока такого нет.', '批准该申请的地位变更事件（见 status_events 表）；尚无时为空。'),
    source_ids: SOURCE_IDS,
    confidence: CONFIDENCE,
    note: NOTE,
  },
  changes: {
    table: t('Таблица (csv/<таблица>.csv).', '数据表（csv/<表名>.csv）。'),
    key: t('Первичный ключ строки: пары столбец=значение через «|».', '该行的主键：以“|”分隔的“列=值”对。'),
    change: t('added (добавлена), removed (удалена) или changed (изменена).', 'added（新增）、removed（删除）或 changed（修改）。'),
    field: t('Изменённый столбец; пусто для добавленной или удалённой строки.', '被修改的列；新增或删除的行为空。'),
    old_value: t('Значение в предыдущем выпуске (пусто для добавленной строки).', '上一版本中的值（新增的行为空）。'),
    new_value: t('Значение в этом выпуске (пусто для удалённой строки).', '本版本中的值（删除的行为空）。'),
  },
};

/** What each coded value means (templates/category_labels.ts), in Russian and Chinese. */
export const CATEGORY_TEXT: Readonly<Record<string, Translation>> = {
  none: t('Нет статуса', '无地位'),
  shanghai_five: t('Участник «Шанхайской пятёрки» (1996–2001)', '“上海五国”参与国（1996–2001）'),
  member: t('Государство-член', '成员国'),
  accession_candidate: t('Кандидат на вступление (процедура приёма начата)', '加入候选国（已启动接收程序）'),
  observer: t('Наблюдатель', '观察员国'),
  dialogue_partner: t('Партнёр по диалогу', '对话伙伴'),
  sco_partner: t('Партнёр ШОС (с Тяньцзиньского саммита 2025 года)', '上合组织伙伴（2025 年天津峰会起）'),
  withdrawn: t('Выход из организации (для заявки — отозвана)', '已退出（申请：已撤回）'),
  day: t('Известно с точностью до дня', '精确到日'),
  month: t('Известно с точностью до месяца', '精确到月'),
  year: t('Известно с точностью до года', '精确到年'),
  high: t('Высокая: два независимых или один первичный источник', '高：两个独立来源或一个原始来源'),
  medium: t('Средняя: один надёжный вторичный источник', '中：一个可靠的二手来源'),
  low: t('Низкая: не подтверждено (см. примечание)', '低：未经证实（见备注）'),
  inferred: t('Выведено из правила, названного в примечании', '依据备注所述规则推断'),
  sco_chs: t('Совет глав государств — членов ШОС', '上合组织成员国元首理事会'),
  in_person: t('Очно', '线下'),
  virtual: t('В режиме видеоконференции', '视频'),
  hybrid: t('Смешанный формат', '混合'),
  held: t('Состоялось', '已举行'),
  planned: t('Запланировано', '计划中'),
  executive_secretary: t('Исполнительный секретарь', '执行秘书'),
  secretary_general: t('Генеральный секретарь', '秘书长'),
  rats_director: t('Директор Исполнительного комитета РАТС', '地区反恐怖机构执行委员会主任'),
  official_primary: t('Официальный первичный источник', '官方原始来源'),
  news_agency: t('Информационное агентство или газета', '通讯社或报纸'),
  secondary: t('Вторичный источник', '二手来源'),
  mirror: t('Копия утраченного оригинала', '已失原件的副本'),
  added: t('Строка добавлена', '新增行'),
  removed: t('Строка удалена', '删除行'),
  changed: t('Поле изменено', '字段已修改'),
  shanghai_five_as_membership: t('COW v3 считает годы «Шанхайской пятёрки» членством', 'COW v3 将“上海五国”年份计为成员'),
  observer_not_coded: t('COW v3 не кодирует наблюдателей', 'COW v3 不编码观察员'),
  membership_during_year: t('COW v3 кодирует членство в любой день года', 'COW v3 按当年任一天的成员资格编码'),
  regular: t('Очередное заседание', '例行会议'),
  extraordinary: t('Внеочередное заседание', '特别会议'),
  charter: t('Устав', '宪章'),
  convention: t('Конвенция', '公约'),
  treaty: t('Договор', '条约'),
  agreement: t('Соглашение', '协定'),
  declaration: t('Декларация', '宣言'),
  decision: t('Решение', '决定'),
  memorandum: t('Меморандум', '备忘录'),
  statement: t('Заявление', '声明'),
  other: t('Другой документ', '其他文件'),
  granted: t('Предоставлен', '已批准'),
  pending: t('На рассмотрении', '待定'),
  not_granted: t('Не предоставлен', '未获批准'),
  state: t('Государство', '国家'),
  organisation: t('Международная организация', '国际组织'),
  guest: t('Гость', '嘉宾'),
  video: t('По видеосвязи', '视频连线'),
  absent: t('Не участвовал', '缺席'),
  before_sco: t('COW v3: МПО ещё не существовала', 'COW v3：该政府间组织尚不存在'),
};

/** A coded value's label in a language: English from templates/category_labels.ts, ru and zh from here. */
export function categoryText(value: string, lang: Language, english: string): string {
  if (lang === 'en') return english;
  const text = CATEGORY_TEXT[value];
  if (text === undefined) throw new Error(`templates/column_text.ts has no ${lang} label of the value "${value}"`);
  return text[lang];
}

/** A column's description in a language: English is the template's own; ru and zh come from here. */
export function columnDescription(table: string, column: { key: string; description: string }, lang: Language): string {
  if (lang === 'en') return column.description;
  const text = COLUMN_TEXT[table]?.[column.key];
  if (text === undefined) throw new Error(`templates/column_text.ts has no ${lang} description of ${table}.${column.key}`);
  return text[lang];
}
