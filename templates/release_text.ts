// The release's own words outside the workbook (the chart's credit line; the codebook's headings and
// rules) in each language, one declaration per text. `{name}` marks a value filled in when the file
// is written; test/core/release-text.test.ts fails while a text lacks a language or a placeholder.
import { h } from './columns';

/** A text with its `{name}` placeholders filled; a placeholder without a value is a declaration error. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`templates/release_text.ts: no value for {${name}} in "${text}"`);
    return String(value);
  });
}

export const chartText = {
  /** The line under a chart: which release it shows, short enough to fit under the plot. */
  credit: h(
    'Source: sco-data {version}, data as of {dataAsOf} (CC BY 4.0)',
    'Источник: sco-data {version}, данные на {dataAsOf} (CC BY 4.0)',
    '来源：sco-data {version}，数据截至 {dataAsOf}（CC BY 4.0）',
  ),
} as const;

/** The panel rules the release documents (codebook, README), one text per rule. */
export const panelRuleText = [
  h(
    'country_year.status: the status on the reference date, 31 December (in the last year, the day the data holds for): the "last day" rule; status_certain says whether the data settles it.',
    'country_year.status: статус на дату отсчёта, 31 декабря (в последнем году — на день, по состоянию на который приведены данные): правило «последнего дня»; status_certain показывает, устанавливают ли это данные однозначно.',
    'country_year.status：参照日期（12 月 31 日；最后一年为数据截止日）所持的地位，即“最后一天”规则；status_certain 表示数据能否确定这一点。',
  ),
  h(
    'country_year.status_first_day: the status on 1 January (the "first day" rule); status_first_day_certain says whether the data settles it.',
    'country_year.status_first_day: статус на 1 января (правило «первого дня»); status_first_day_certain показывает, устанавливают ли это данные однозначно.',
    'country_year.status_first_day：1 月 1 日所持的地位（“第一天”规则）；status_first_day_certain 表示数据能否确定这一点。',
  ),
  h(
    'country_year.member_any_day: true when the state was a full member on any day of the year up to the reference date (the "any day" rule; cow_igo_v3_rule applies it to membership and the Shanghai Five). member_any_day_certain is false when the answer rests only on days whose status is uncertain, or when a membership known only to a month or year may already have begun.',
    'country_year.member_any_day: true, если государство было полноправным членом в какой-либо день года до даты отсчёта (правило «любого дня»; cow_igo_v3_rule применяет его к членству и к «Шанхайской пятёрке»). member_any_day_certain равно false, если ответ опирается только на дни с недостоверным статусом или если членство, известное лишь с точностью до месяца или года, могло уже начаться.',
    'country_year.member_any_day：该国在当年截至参照日期的任何一天为正式成员国时为 true（“任意一天”规则；cow_igo_v3_rule 将其用于成员资格和“上海五国”）。若结果仅依据地位不确定的日子，或仅知月份或年份的成员资格可能已经开始，则 member_any_day_certain 为 false。',
  ),
  h(
    'country_year.status_by_decision: the status on the reference date when each status counts from the day it was decided, not from a later effective date (the decision-date variant; e.g. a dialogue partnership decided in 2022 whose memorandum was signed in 2023); status_by_decision_certain says whether the data settles it.',
    'country_year.status_by_decision: статус на дату отсчёта, если каждый статус считается со дня решения, а не с более поздней даты вступления в силу (вариант по дате решения; например, партнёрство по диалогу, решение о котором принято в 2022 году, а меморандум подписан в 2023 году); status_by_decision_certain показывает, устанавливают ли это данные однозначно.',
    'country_year.status_by_decision：若每种地位自作出决定之日起计算、而非自较晚的生效日期起计算，参照日期所持的地位（决定日期变体；例如 2022 年作出决定、2023 年签署备忘录的对话伙伴关系）；status_by_decision_certain 表示数据能否确定这一点。',
  ),
  h(
    'country_month: one row per state and month, the status on the last day of the month (in the last month, the day the data holds for), with status_certain.',
    'country_month: одна строка на государство и месяц — статус на последний день месяца (в последнем месяце — на день, по состоянию на который приведены данные), со столбцом status_certain.',
    'country_month：每个国家每月一行，为该月最后一天（最后一个月为数据截止日）所持的地位，附 status_certain。',
  ),
  h(
    'Every rule follows the partial-date rule: a status whose start (effective date, or decision date in the decision-date variant) is known only to a month or year counts from the last day of that period. On the days of the period before its last day, the rule reports the previous status and its *_certain column is false; before the period, the previous status is certain.',
    'Все правила следуют правилу неполных дат: статус, начало которого (дата вступления в силу или, в варианте по дате решения, дата решения) известно лишь с точностью до месяца или года, считается с последнего дня этого периода. В дни периода до его последнего дня правило сообщает прежний статус, а его столбец *_certain равен false; до периода прежний статус достоверен.',
    '所有规则都遵循不完整日期规则：起始时间（生效日期；在决定日期变体中为决定日期）仅知月份或年份的地位，自该期间最后一天起计算。在该期间最后一天之前的日子里，规则报告此前的地位，其 *_certain 列为 false；在该期间之前，此前的地位是确定的。',
  ),
] as const;

/** codebook.md and its translations (src/exporter/codebook.ts). */
export const codebookWords = {
  title: h('Codebook: {title}', 'Кодовая книга: {title}', '编码手册：{title}'),
  intro: h(
    'Version {version}, data as of {dataAsOf}. Generated from the table declarations, like the CSV files, the workbook, datapackage.json and load/.',
    'Версия {version}, данные на {dataAsOf}. Создана по декларациям таблиц, как и файлы CSV, книга Excel, datapackage.json и load/.',
    '版本 {version}，数据截至 {dataAsOf}。与 CSV 文件、工作簿、datapackage.json 和 load/ 一样，由表格声明生成。',
  ),
  languages: h(
    'Variable names, codes and values are those of the CSV files, the same in each language of this codebook: codebook.md (English), codebook.ru.md (Russian), codebook.zh.md (Chinese).',
    'Имена переменных, коды и значения — те же, что в файлах CSV, и одинаковы во всех языковых версиях этой кодовой книги: codebook.md (английский), codebook.ru.md (русский), codebook.zh.md (китайский).',
    '变量名、代码和取值与 CSV 文件一致，在本编码手册的各语言版本中相同：codebook.md（英文）、codebook.ru.md（俄文）、codebook.zh.md（中文）。',
  ),
  precisionRules: h('Precision rules', 'Правила точности дат', '日期精度规则'),
  precision: [
    h(
      'A date known only to the month or year is written `YYYY-MM` or `YYYY`, never as a guessed day; its `*_precision` column says `day`, `month` or `year`.',
      'Дата, известная лишь с точностью до месяца или года, записывается как `YYYY-MM` или `YYYY` и никогда не превращается в угаданный день; её столбец `*_precision` указывает `day`, `month` или `year`.',
      '仅知月份或年份的日期写作 `YYYY-MM` 或 `YYYY`，绝不写成猜测的某一天；其 `*_precision` 列注明 `day`、`month` 或 `year`。',
    ),
    h(
      'Each partial-date column has a companion `*_day` column (a real date) that repeats it where it is known to the day and is empty otherwise.',
      'У каждого столбца неполной даты есть парный столбец `*_day` (настоящая дата): он повторяет значение, если оно известно с точностью до дня, и пуст в остальных случаях.',
      '每个不完整日期列都有一个配套的 `*_day` 列（真实日期）：日期精确到日时重复该值，否则为空。',
    ),
    h(
      "A date known only to a month or year stands for the period from its first to its last day. A status whose start is known only to such a period is certain from the period's last day: day-level answers (rosters, panels) report the previous status on earlier days of the period and flag the answer as uncertain.",
      'Дата, известная лишь с точностью до месяца или года, обозначает период с его первого по последний день. Статус, начало которого известно лишь до такого периода, достоверен с последнего дня периода: ответы на уровне дня (списки, панели) в более ранние дни периода сообщают прежний статус и помечают ответ как недостоверный.',
      '仅知月份或年份的日期代表从该期间第一天到最后一天的时段。起始时间仅知到这样一个时段的地位，自该时段最后一天起才确定：按日的结果（名单、面板）在该时段较早的日子里报告此前的地位，并将结果标为不确定。',
    ),
    h(
      "`status_certain`, and each `*_certain` column beside a panel variant: `false` when the day the rule reads lies inside the month or year in which a new status (or, for `status_by_decision_certain`, a decision) is dated, before that period's last day; the value beside it is then the status held before, and whether the change had already happened is unknown. `true` otherwise, including before the period.",
      '`status_certain` и каждый столбец `*_certain` рядом с вариантом панели: `false`, если день, который читает правило, лежит внутри месяца или года, которым датирован новый статус (для `status_by_decision_certain` — решение), раньше последнего дня этого периода; тогда значение рядом — статус, действовавший прежде, и неизвестно, произошла ли уже перемена. В остальных случаях, в том числе до периода, — `true`.',
      '`status_certain` 以及面板各变体旁的每个 `*_certain` 列：当规则所读取的日期落在新地位（对 `status_by_decision_certain` 而言为决定）所注明的月份或年份之内、且早于该期间最后一天时为 `false`；此时旁边的值为此前所持地位，变更是否已经发生不得而知。其他情况下（包括该期间之前）为 `true`。',
    ),
    h(
      '`confidence`: `high` two independent or one primary source; `medium` one reliable secondary source; `low` not confirmed (see the note); `inferred` no source states it, it follows from a rule the note names.',
      '`confidence`: `high` — два независимых или один первичный источник; `medium` — один надёжный вторичный источник; `low` — не подтверждено (см. примечание); `inferred` — ни один источник этого не говорит, вывод следует из правила, названного в примечании.',
      '`confidence`：`high` 两个独立来源或一个原始来源；`medium` 一个可靠的二手来源；`low` 未经证实（见备注）；`inferred` 无来源直接说明，依据备注所述规则推断。',
    ),
  ],
  crosswalks: h('Coding crosswalks', 'Таблицы соответствия кодировок', '编码对照'),
  cowIgoCode: h(
    "`cow_igo_code` (the dataset's own COW-style coding of the status on the reference date):",
    '`cow_igo_code` (собственное кодирование набора данных в стиле COW: статус на дату отсчёта):',
    '`cow_igo_code`（本数据集按 COW 方式对参照日期所持地位的编码）：',
  ),
  cowV3Rule: h(
    "`cow_igo_v3_rule` (COW IGO v3's own rules, {cowTitle}, doi:{doi}): -1 before {firstYear} (IGO not yet in existence); 1 when the state was a Shanghai Five participant or a member on any day of the year; 0 otherwise (COW codes no SCO observer, and no dialogue or SCO partner). It equals COW's `sco` column on every state-year 1996-2014; states absent from country_year are 0 from 1996 and -1 before. `cow_concordance.csv` lists and explains every state-year where the two codings differ.",
    '`cow_igo_v3_rule` (собственные правила COW IGO v3, {cowTitle}, doi:{doi}): -1 до {firstYear} года (МПО ещё не существовала); 1, если государство в какой-либо день года было участником «Шанхайской пятёрки» или членом; иначе 0 (COW не кодирует ни наблюдателей ШОС, ни партнёров по диалогу, ни партнёров ШОС). Совпадает со столбцом `sco` COW для каждой пары государство-год 1996-2014; государства, которых нет в country_year, имеют 0 с 1996 года и -1 до него. В `cow_concordance.csv` перечислены и объяснены все пары государство-год, где две кодировки расходятся.',
    '`cow_igo_v3_rule`（COW IGO v3 自身的规则，{cowTitle}，doi:{doi}）：{firstYear} 年之前为 -1（该政府间组织尚不存在）；该国在当年任何一天为“上海五国”参与国或成员国时为 1；否则为 0（COW 不对上合组织观察员国、对话伙伴或上合组织伙伴编码）。它在 1996-2014 年的每个国家-年份上都与 COW 的 `sco` 列一致；country_year 中没有的国家自 1996 年起为 0，此前为 -1。`cow_concordance.csv` 列出并解释两种编码不同的每个国家-年份。',
  ),
  panelRules: h('Panel rules', 'Правила панелей', '面板规则'),
  tables: h('Tables', 'Таблицы', '表格'),
  file: h('File `csv/{table}.csv`; primary key: {keys}.', 'Файл `csv/{table}.csv`; первичный ключ: {keys}.', '文件 `csv/{table}.csv`；主键：{keys}。'),
  noKey: h('none', 'нет', '无'),
  columns: {
    variable: h('Variable', 'Переменная', '变量'),
    type: h('Type', 'Тип', '类型'),
    values: h('Values', 'Значения', '取值'),
    meaning: h('Meaning', 'Смысл', '含义'),
  },
  types: {
    partial_date: h('partial date (text: YYYY-MM-DD, YYYY-MM or YYYY)', 'неполная дата (текст: YYYY-MM-DD, YYYY-MM или YYYY)', '不完整日期（文本：YYYY-MM-DD、YYYY-MM 或 YYYY）'),
    date: h('date (YYYY-MM-DD)', 'дата (YYYY-MM-DD)', '日期（YYYY-MM-DD）'),
    dayOf: h('date (YYYY-MM-DD; {of} where known to the day)', 'дата (YYYY-MM-DD; {of}, если известна с точностью до дня)', '日期（YYYY-MM-DD；{of} 精确到日时）'),
    category: h('coded text', 'кодированный текст', '编码文本'),
    url: h('text (URL)', 'текст (URL)', '文本（URL）'),
    string: h('text', 'текст', '文本'),
    integer: h('integer', 'целое число', '整数'),
    boolean: h('boolean', 'логическое значение', '布尔值'),
  },
} as const;
