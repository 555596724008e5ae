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
