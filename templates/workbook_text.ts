// The prebuilt workbook's own words (README sheet, data dictionary) in each language, declared
// once beside the tables they describe.
import { h } from './columns';

export const workbookText = {
  version: h('Version', 'Версия', '版本'),
  releaseDate: h('Release date', 'Дата выпуска', '发布日期'),
  dataAsOf: h('Data as of', 'Данные на', '数据截至'),
  howToCite: h('How to cite', 'Как цитировать', '引用方式'),
  dataLicence: h('Data licence', 'Лицензия данных', '数据许可'),
  codeLicence: h('Code licence', 'Лицензия кода', '代码许可'),
  codeLicenceNote: h('the software that builds this workbook', 'программа, которая строит эту книгу', '生成本工作簿的软件'),
  language: h('Language of headers and names', 'Язык заголовков и названий', '表头和名称的语言'),
  repository: h('Repository', 'Репозиторий', '代码库'),
  sheet: h('Sheet', 'Лист', '工作表'),
  content: h('Content', 'Содержание', '内容'),
  rows: h('Rows', 'Строк', '行数'),
  description: h('Description', 'Описание', '说明'),
  dictionary: h('Data dictionary', 'Словарь данных', '数据字典'),
  dictionaryDescription: h(
    'Every column of every table: its type, allowed values and meaning (the same as datapackage.json).',
    'Все столбцы всех таблиц: тип, допустимые значения и смысл (как в datapackage.json).',
    '每个表的每一列：类型、允许值和含义（与 datapackage.json 相同）。',
  ),
  dates: h('Dates', 'Даты', '日期'),
  datesText: h(
    'A date known only to the month or year is text (YYYY-MM or YYYY) with its precision in the neighbouring column, never a guessed day; the "(day)" column beside it is a real date where the day is known and empty otherwise. A status whose start is known only to a month or year counts from the last day of that period.',
    'Дата, известная лишь с точностью до месяца или года, записана текстом (ГГГГ-ММ или ГГГГ), её точность — в соседнем столбце; день никогда не угадывается. Столбец «(день)» рядом содержит настоящую дату, если день известен, и пуст в остальных случаях. Статус, начало которого известно лишь до месяца или года, считается действующим с последнего дня этого периода.',
    '仅知月份或年份的日期以文本（YYYY-MM 或 YYYY）记录，其精度见相邻列，绝不猜测具体日期；旁边的“日”列在日期精确到日时为真实日期，否则为空。起始时间仅知月份或年份的地位，自该期间的最后一天起计算。',
  ),
  confidence: h('Confidence', 'Достоверность', '可信度'),
  confidenceText: h(
    'high: two independent or one primary source; medium: one reliable secondary source; low: not confirmed (see the note); inferred: no source states it, it follows from a rule the note names.',
    'high — два независимых или один первичный источник; medium — один надёжный вторичный источник; low — не подтверждено (см. примечание); inferred — ни один источник этого не говорит, вывод следует из правила, названного в примечании.',
    'high：两个独立来源或一个原始来源；medium：一个可靠的二手来源；low：未经证实（见备注）；inferred：无来源直接说明，依据备注所述规则推断。',
  ),
  cow: h('Correlates of War', 'Correlates of War', '战争相关因素项目（COW）'),
  cowText: h(
    'country_year has two SCO codings: cow_igo_code (this dataset: observers 3, the Shanghai Five 0) and cow_igo_v3_rule (COW IGO v3 rules: -1 before 1996, the Shanghai Five as membership, no observers). cow_concordance lists every state-year where they differ.',
    'В country_year два кодирования ШОС: cow_igo_code (этот набор: наблюдатели 3, «Шанхайская пятёрка» 0) и cow_igo_v3_rule (правила COW IGO v3: −1 до 1996 года, годы «Шанхайской пятёрки» как членство, без наблюдателей). В cow_concordance перечислены все пары государство-год, где они расходятся.',
    'country_year 含两种上合组织编码：cow_igo_code（本数据集：观察员为 3，“上海五国”为 0）和 cow_igo_v3_rule（COW IGO v3 规则：1996 年前为 −1，“上海五国”年份计为成员，不计观察员）。cow_concordance 列出两者不同的每个国家-年份。',
  ),
  dictionaryHeaders: {
    table: h('table', 'таблица', '表'),
    column: h('column', 'столбец', '列'),
    header: h('header', 'заголовок', '表头'),
    type: h('type', 'тип', '类型'),
    allowed: h('allowed values', 'допустимые значения', '允许值'),
    primaryKey: h('primary key', 'первичный ключ', '主键'),
    description: h('description', 'описание', '说明'),
  },
  yes: h('yes', 'да', '是'),
} as const;

/** Each table's description in Russian and Chinese (English: the template's own `description`). */
export const tableDescriptions: Readonly<Record<string, { ru: string; zh: string }>> = {
  countries: { ru: 'Все государства, когда-либо имевшие какой-либо статус в ШОС, с кодами для объединения с другими данными.', zh: '曾拥有任何上合组织地位的所有国家，附与其他数据合并所需的代码。' },
  status_events: { ru: 'Каждое изменение статуса государства в ШОС: дата решения и, если позже, дата вступления в силу.', zh: '国家上合组织地位的每次变更：决定日期，以及（如较晚）生效日期。' },
  membership_spells: { ru: 'Периоды, в течение которых государство имело один статус (из status_events).', zh: '国家保持同一地位的各个期间（源自 status_events）。' },
  summits: { ru: 'Все встречи глав государств «Шанхайской пятёрки» (1996–2000) и Совета глав государств ШОС (с 2001 года).', zh: '“上海五国”（1996–2000）及上合组织成员国元首理事会（2001 年起）的历次会议。' },
  officials: { ru: 'Руководители Секретариата ШОС и директора Исполнительного комитета РАТС.', zh: '上合组织秘书处负责人及地区反恐怖机构执行委员会主任。' },
  chairmanships: { ru: 'Государство-председатель: от окончания одного саммита до окончания следующего, который оно принимает.', zh: '担任主席国的国家：从一次峰会结束到其主办的下一次峰会结束。' },
  country_year: { ru: 'Панель государство-год в стиле данных COW IGO: статус на дату отсчёта, коды COW IGO и правило COW v3.', zh: 'COW IGO 风格的国家-年度面板：参照日期的地位、COW IGO 代码及 COW v3 规则。' },
  country_month: { ru: 'Панель государство-месяц: статус на последний день каждого месяца и его код COW IGO.', zh: '国家-月度面板：每月最后一天的地位及其 COW IGO 代码。' },
  cow_concordance: { ru: 'Все пары государство-год, где собственный код набора расходится с правилами COW IGO v3, и причина.', zh: '本数据集编码与 COW IGO v3 规则不同的每个国家-年份及其原因。' },
  dyad_year: { ru: 'Пары государств по годам (ccode1 < ccode2), как в диадических данных COW.', zh: '按年份的国家对（ccode1 < ccode2），与 COW 双边数据相同。' },
  status_counts: { ru: 'Сколько государств имели каждый статус в каждом году (данные диаграммы).', zh: '每年拥有各地位的国家数量（图表所用数据）。' },
  heads_of_government_meetings: { ru: 'Все заседания Совета глав правительств (премьер-министров) ШОС с 2001 года: номер, даты, город, принимающая сторона, формат и председатель.', zh: '2001 年以来上合组织成员国政府首脑（总理）理事会历次会议：届次、日期、城市、东道国、形式及主席国。' },
  foreign_ministers_meetings: { ru: 'Заседания Совета министров иностранных дел ШОС с 2001 года, очередные и внеочередные.', zh: '2001 年以来上合组织成员国外交部长理事会的例行会议和非例行会议。' },
  summit_attendance: { ru: 'Участие в каждом заседании Совета глав государств: государства со статусом в ШОС и гости (государства и организации), глава делегации, его должность и форма участия (лично, по видеосвязи или отсутствие).', zh: '元首理事会每次会议的出席情况：具有上合组织地位的国家及嘉宾（国家和国际组织）、代表团团长及其职务、出席方式（亲自出席、视频或缺席）。' },
  documents: { ru: 'Правовые документы и ключевые декларации ШОС: название, вид, подписание, саммит, вступление в силу и участники.', zh: '上合组织法律文件和重要宣言：标题、类型、签署、通过的峰会、生效及缔约方。' },
  applications: { ru: 'Официальные заявки государств на статус в ШОС: даты и итоги.', zh: '各国申请上合组织地位的正式申请及其日期和结果。' },
  sources: { ru: 'Все источники, на которые ссылаются строки: издатель, заголовок, адрес, дата.', zh: '各行引用的全部来源：发布者、标题、网址、日期。' },
  conflicts: { ru: 'Все факты, по которым источники расходятся: принятое значение, другое значение и обоснование.', zh: '来源之间存在分歧的所有事实：采用值、其他值及采用理由。' },
  changes: { ru: 'Изменения по сравнению с предыдущим выпуском.', zh: '与上一版本相比的变更。' },
};
