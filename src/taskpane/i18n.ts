// The pane's own words in English, Russian and Chinese; Office's display language picks them
// (English for any other). Table titles come from the templates, not from here.
import type { Language, Status, SummitSeries } from '../core';
import type { Refusal } from '../addin/refusals';

/** The word for a count, in the form the language's plural rules (Intl.PluralRules) pick for it. */
function counted(lang: Language, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = new Intl.PluralRules(lang).select(count);
  return `${count} ${forms[form] ?? forms.other}`;
}
const enRows = (n: number) => counted('en', n, { one: 'row', other: 'rows' });
const enColumns = (n: number) => counted('en', n, { one: 'column', other: 'columns' });
const ruRows = (n: number) => counted('ru', n, { one: 'строка', few: 'строки', many: 'строк', other: 'строки' });
const ruColumns = (n: number) => counted('ru', n, { one: 'столбец', few: 'столбца', many: 'столбцов', other: 'столбца' });
const zhRows = (n: number) => counted('zh', n, { other: '行' });
const zhColumns = (n: number) => counted('zh', n, { other: '列' });

export interface PaneText {
  title: string;
  table: string;
  asOf: string;
  years: string;
  from: string;
  to: string;
  series: string;
  statuses: string;
  lang: string;
  sources: string;
  target: string;
  targetNew: string;
  targetSelection: string;
  preview: string;
  columns: string;
  sample: string;
  insert: string;
  refreshHeading: string;
  inserted: string;
  refresh: string;
  chartHeading: string;
  chartHelp: string;
  insertChart: string;
  chartOk: (sheet: string) => string;
  working: string;
  /** The provenance chunk (sources, conflicts) is on its way from the add-in's server. */
  loadingProvenance: string;
  provenanceFailed: string;
  languages: Record<Language, string>;
  statusNames: Record<Status, string>;
  seriesNames: Record<SummitSeries, string>;
  summary: (rows: number, columns: number) => string;
  onNewSheet: (sheet: string, address: string) => string;
  atSelection: (rows: number, columns: number) => string;
  insertedOk: (table: string, sheet: string, address: string) => string;
  refreshedOk: (table: string) => string;
  about: (version: string, asOf: string) => string;
  notExcel: string;
  /** office.js never arrived (offline, blocked, or the page was opened outside Office). */
  officeMissing: string;
  /** What a feature the host lacks needs. */
  needs: (requirement: string) => string;
  listFailed: (reason: string) => string;
  reloadList: string;
  freshCopy: string;
  refusal: (refusal: Refusal) => string;
}

const en: PaneText = {
  title: 'SCO data',
  table: 'Table',
  asOf: 'As of',
  years: 'Years',
  from: 'From',
  to: 'To',
  series: 'Summit series',
  statuses: 'Statuses',
  lang: 'Language of headers and names',
  sources: 'Add a sources column',
  target: 'Insert',
  targetNew: 'On a new sheet',
  targetSelection: 'At the selected cell',
  preview: 'Preview',
  columns: 'Columns',
  sample: 'First rows',
  insert: 'Insert table',
  refreshHeading: 'Tables inserted by this add-in',
  inserted: 'Inserted table',
  refresh: 'Refresh with current data',
  chartHeading: 'Membership timeline chart',
  chartHelp: 'A new sheet with the number of states of each status per year (1996 to the year the data holds for) and a stacked column chart of it, in the language chosen above.',
  insertChart: 'Insert chart',
  chartOk: (sheet) => `Inserted the chart and its table on “${sheet}”.`,
  working: 'Working…',
  loadingProvenance: 'Loading the sources and conflicts…',
  provenanceFailed: 'The sources and conflicts did not load (check the connection), so this table cannot be shown. Choose the table again to retry.',
  languages: { en: 'English', ru: 'Russian (русский)', zh: 'Chinese (中文)' },
  statusNames: {
    shanghai_five: 'Shanghai Five',
    member: 'Member',
    accession_candidate: 'Accession candidate',
    observer: 'Observer',
    dialogue_partner: 'Dialogue partner',
    sco_partner: 'SCO partner',
    withdrawn: 'Withdrawn',
  },
  seriesNames: { shanghai_five: 'Shanghai Five', sco_chs: 'SCO Council of Heads of State' },
  summary: (rows, columns) => `${enRows(rows)}, ${enColumns(columns)}`,
  onNewSheet: (sheet, address) => `New sheet “${sheet}”, ${address}`,
  atSelection: (rows, columns) => `From the selected cell: ${enRows(rows)} × ${enColumns(columns)}, including the caption`,
  insertedOk: (table, sheet, address) => `Inserted ${table} on “${sheet}” at ${address}.`,
  refreshedOk: (table) => `Refreshed ${table} with the current data.`,
  about: (version, asOf) => `Dataset version ${version}, data as of ${asOf}. Licence CC BY 4.0.`,
  notExcel: 'This add-in runs in Excel. Open it from Excel: Home > Add-ins.',
  officeMissing:
    'Office’s script (office.js) did not load: the pane works only inside Excel, with a connection to Microsoft’s servers. Open it from Excel (Home > Add-ins); if it still fails, check the network or a blocker.',
  needs: (requirement) => `Needs a newer Excel (${requirement}): Excel 2021, Excel for Microsoft 365 or Excel on the web.`,
  listFailed: (reason) => `The list of inserted tables could not be read: ${reason} It is tried again every few seconds.`,
  reloadList: 'Read the list again',
  freshCopy: 'Insert a fresh copy on a new sheet',
  refusal: (refusal) => {
    switch (refusal.code) {
      case 'unsupported':
        return `This needs a newer Excel (${refusal.requirement}): Excel 2021, Excel for Microsoft 365 or Excel on the web.`;
      case 'noRows':
        return 'No rows match these options. Choose other statuses, years or series.';
      case 'multipleAreas':
        return 'Several areas are selected. Select one cell, or insert on a new sheet.';
      case 'protected':
        return refusal.sheet
          ? `The sheet “${refusal.sheet}” is protected. Unprotect it, or insert on a new sheet.`
          : 'The workbook structure is protected, so no sheet can be added. Unprotect it, or insert at a selected cell.';
      case 'insideTable':
        return `The selected cell is inside the table “${refusal.table}”. Select an empty cell outside it, or insert on a new sheet.`;
      case 'tableOverlap':
        return `The table would overlap the table “${refusal.table}”. Nothing was changed. Select another cell, or insert on a new sheet.`;
      case 'pivotOverlap':
        return `The table would overlap the PivotTable “${refusal.pivotTable}”. Nothing was changed. Select another cell, or insert on a new sheet.`;
      case 'merged':
        return `The target range has merged cells (${refusal.address}). Nothing was changed. Select another cell, or insert on a new sheet.`;
      case 'occupied':
        return `The target range is not empty (${refusal.address}). Nothing was changed. Select an empty area, or insert on a new sheet.`;
      case 'doesNotFit':
        return 'The table does not fit between the selected cell and the edge of the sheet. Select a cell higher up or further left, or insert on a new sheet.';
      case 'editMode':
        return 'Excel is editing a cell. Press Enter or Esc, then try again.';
      case 'notRecorded':
        return `The table “${refusal.table}” was not inserted by this add-in (or was changed), so it is left as it is.`;
      case 'tableResized':
        return `The table “${refusal.table}” changed size or place since it was written (${refusal.was}, now ${refusal.now}), so Refresh leaves it as it is. Insert a fresh copy on a new sheet instead.`;
      case 'userEdited':
        return `Cells of the table “${refusal.table}” were changed since it was written (${refusal.address}), so Refresh leaves it as it is. Insert a fresh copy on a new sheet instead.`;
      case 'tableMissing':
        return `The table “${refusal.table}” is no longer in the workbook.`;
      case 'excelError':
        return `Excel refused the change (${refusal.errorCode}). Nothing was left half-written.`;
      case 'undoFailed':
        return `Excel refused the change (${refusal.errorCode}), and taking back what was written failed too: ${refusal.remains} holds a partial copy. Delete it, or undo in Excel (Ctrl+Z).`;
    }
  },
};

const ru: PaneText = {
  title: 'Данные ШОС',
  table: 'Таблица',
  asOf: 'По состоянию на',
  years: 'Годы',
  from: 'С',
  to: 'по',
  series: 'Формат встреч',
  statuses: 'Статусы',
  lang: 'Язык заголовков и названий',
  sources: 'Добавить столбец источников',
  target: 'Вставить',
  targetNew: 'На новый лист',
  targetSelection: 'В выделенную ячейку',
  preview: 'Предварительный просмотр',
  columns: 'Столбцы',
  sample: 'Первые строки',
  insert: 'Вставить таблицу',
  refreshHeading: 'Таблицы, вставленные надстройкой',
  inserted: 'Вставленная таблица',
  refresh: 'Обновить текущими данными',
  chartHeading: 'Диаграмма состава по годам',
  chartHelp: 'Новый лист с числом государств каждого статуса по годам (с 1996 года до года, на который даны данные) и гистограмма с накоплением на выбранном выше языке.',
  insertChart: 'Вставить диаграмму',
  chartOk: (sheet) => `Диаграмма и её таблица вставлены на лист «${sheet}».`,
  working: 'Выполняется…',
  loadingProvenance: 'Загрузка источников и расхождений…',
  provenanceFailed: 'Источники и расхождения не загрузились (проверьте соединение), поэтому эту таблицу нельзя показать. Выберите таблицу снова, чтобы повторить.',
  languages: { en: 'Английский (English)', ru: 'Русский', zh: 'Китайский (中文)' },
  statusNames: {
    shanghai_five: 'Шанхайская пятёрка',
    member: 'Государство-член',
    accession_candidate: 'Кандидат на вступление',
    observer: 'Наблюдатель',
    dialogue_partner: 'Партнёр по диалогу',
    sco_partner: 'Партнёр ШОС',
    withdrawn: 'Вышло',
  },
  seriesNames: { shanghai_five: 'Шанхайская пятёрка', sco_chs: 'Совет глав государств ШОС' },
  summary: (rows, columns) => `${ruRows(rows)}, ${ruColumns(columns)}`,
  onNewSheet: (sheet, address) => `Новый лист «${sheet}», ${address}`,
  atSelection: (rows, columns) => `От выделенной ячейки: ${ruRows(rows)} × ${ruColumns(columns)} вместе с подписью`,
  insertedOk: (table, sheet, address) => `Таблица ${table} вставлена на лист «${sheet}», ${address}.`,
  refreshedOk: (table) => `Таблица ${table} обновлена текущими данными.`,
  about: (version, asOf) => `Версия набора данных ${version}, данные на ${asOf}. Лицензия CC BY 4.0.`,
  notExcel: 'Эта надстройка работает в Excel. Откройте её из Excel: Главная > Надстройки.',
  officeMissing:
    'Сценарий Office (office.js) не загрузился: панель работает только в Excel и при связи с серверами Microsoft. Откройте её из Excel (Главная > Надстройки); если ошибка повторится, проверьте сеть или блокировщик.',
  needs: (requirement) => `Нужна более новая версия Excel (${requirement}): Excel 2021, Excel для Microsoft 365 или Excel в Интернете.`,
  listFailed: (reason) => `Не удалось прочитать список вставленных таблиц: ${reason} Повторная попытка — через несколько секунд.`,
  reloadList: 'Прочитать список снова',
  freshCopy: 'Вставить новую копию на новый лист',
  refusal: (refusal) => {
    switch (refusal.code) {
      case 'unsupported':
        return `Нужна более новая версия Excel (${refusal.requirement}): Excel 2021, Excel для Microsoft 365 или Excel в Интернете.`;
      case 'noRows':
        return 'Нет строк с такими параметрами. Выберите другие статусы, годы или формат.';
      case 'multipleAreas':
        return 'Выделено несколько областей. Выделите одну ячейку или вставьте на новый лист.';
      case 'protected':
        return refusal.sheet
          ? `Лист «${refusal.sheet}» защищён. Снимите защиту или вставьте на новый лист.`
          : 'Структура книги защищена, новый лист добавить нельзя. Снимите защиту или вставьте в выделенную ячейку.';
      case 'insideTable':
        return `Выделенная ячейка находится внутри таблицы «${refusal.table}». Выделите пустую ячейку вне её или вставьте на новый лист.`;
      case 'tableOverlap':
        return `Таблица перекрыла бы таблицу «${refusal.table}». Ничего не изменено. Выделите другую ячейку или вставьте на новый лист.`;
      case 'pivotOverlap':
        return `Таблица перекрыла бы сводную таблицу «${refusal.pivotTable}». Ничего не изменено. Выделите другую ячейку или вставьте на новый лист.`;
      case 'merged':
        return `В целевом диапазоне есть объединённые ячейки (${refusal.address}). Ничего не изменено. Выделите другую ячейку или вставьте на новый лист.`;
      case 'occupied':
        return `Целевой диапазон не пуст (${refusal.address}). Ничего не изменено. Выделите пустую область или вставьте на новый лист.`;
      case 'doesNotFit':
        return 'Таблица не помещается между выделенной ячейкой и краем листа. Выделите ячейку выше или левее или вставьте на новый лист.';
      case 'editMode':
        return 'Excel редактирует ячейку. Нажмите Enter или Esc и повторите.';
      case 'notRecorded':
        return `Таблица «${refusal.table}» вставлена не этой надстройкой (или изменена) и оставлена как есть.`;
      case 'tableResized':
        return `Таблица «${refusal.table}» после записи изменила размер или место (${refusal.was}, теперь ${refusal.now}), поэтому обновление её не трогает. Вставьте новую копию на новый лист.`;
      case 'userEdited':
        return `В таблице «${refusal.table}» после записи изменены ячейки (${refusal.address}), поэтому обновление её не трогает. Вставьте новую копию на новый лист.`;
      case 'tableMissing':
        return `Таблицы «${refusal.table}» больше нет в книге.`;
      case 'excelError':
        return `Excel отклонил изменение (${refusal.errorCode}). Ничего не записано наполовину.`;
      case 'undoFailed':
        return `Excel отклонил изменение (${refusal.errorCode}), и отменить записанное тоже не удалось: в ${refusal.remains} осталась неполная копия. Удалите её или отмените действие в Excel (Ctrl+Z).`;
    }
  },
};

const zh: PaneText = {
  title: '上合组织数据',
  table: '表格',
  asOf: '截至日期',
  years: '年份',
  from: '从',
  to: '至',
  series: '会议系列',
  statuses: '地位',
  lang: '表头和名称的语言',
  sources: '添加来源列',
  target: '插入位置',
  targetNew: '新工作表',
  targetSelection: '所选单元格',
  preview: '预览',
  columns: '列',
  sample: '前几行',
  insert: '插入表格',
  refreshHeading: '本加载项插入的表格',
  inserted: '已插入的表格',
  refresh: '用当前数据刷新',
  chartHeading: '成员构成时间线图表',
  chartHelp: '新建工作表，列出每年各地位的国家数（1996年至数据截止年份），并以上方所选语言绘制堆积柱形图。',
  insertChart: '插入图表',
  chartOk: (sheet) => `已在“${sheet}”插入图表及其数据表。`,
  working: '正在处理…',
  loadingProvenance: '正在加载来源和分歧…',
  provenanceFailed: '来源和分歧未能加载（请检查网络连接），因此无法显示此表。请重新选择该表以重试。',
  languages: { en: '英文 (English)', ru: '俄文 (русский)', zh: '中文' },
  statusNames: {
    shanghai_five: '上海五国',
    member: '成员国',
    accession_candidate: '加入候选国',
    observer: '观察员国',
    dialogue_partner: '对话伙伴',
    sco_partner: '上合组织伙伴',
    withdrawn: '已退出',
  },
  seriesNames: { shanghai_five: '上海五国', sco_chs: '上合组织元首理事会' },
  summary: (rows, columns) => `${zhRows(rows)}，${zhColumns(columns)}`,
  onNewSheet: (sheet, address) => `新工作表“${sheet}”，${address}`,
  atSelection: (rows, columns) => `从所选单元格起：${zhRows(rows)} × ${zhColumns(columns)}（含标题说明）`,
  insertedOk: (table, sheet, address) => `已在“${sheet}”的 ${address} 插入 ${table}。`,
  refreshedOk: (table) => `已用当前数据刷新 ${table}。`,
  about: (version, asOf) => `数据集版本 ${version}，数据截至 ${asOf}。许可协议 CC BY 4.0。`,
  notExcel: '此加载项在 Excel 中运行。请从 Excel 打开：开始 > 加载项。',
  officeMissing: 'Office 脚本（office.js）未能加载：此窗格只能在 Excel 中、并在能连接 Microsoft 服务器时使用。请从 Excel 打开（开始 > 加载项）；如仍失败，请检查网络或拦截程序。',
  needs: (requirement) => `需要更新版本的 Excel（${requirement}）：Excel 2021、Microsoft 365 版 Excel 或 Excel 网页版。`,
  listFailed: (reason) => `无法读取已插入表格的列表：${reason}几秒后会再试。`,
  reloadList: '重新读取列表',
  freshCopy: '在新工作表插入一个新副本',
  refusal: (refusal) => {
    switch (refusal.code) {
      case 'unsupported':
        return `需要更新版本的 Excel（${refusal.requirement}）：Excel 2021、Microsoft 365 版 Excel 或 Excel 网页版。`;
      case 'noRows':
        return '没有符合这些选项的行。请选择其他地位、年份或系列。';
      case 'multipleAreas':
        return '选中了多个区域。请只选择一个单元格，或插入到新工作表。';
      case 'protected':
        return refusal.sheet ? `工作表“${refusal.sheet}”受保护。请取消保护，或插入到新工作表。` : '工作簿结构受保护，无法添加工作表。请取消保护，或插入到所选单元格。';
      case 'insideTable':
        return `所选单元格位于表格“${refusal.table}”内。请选择表格外的空单元格，或插入到新工作表。`;
      case 'tableOverlap':
        return `新表格会与表格“${refusal.table}”重叠。未做任何更改。请选择其他单元格，或插入到新工作表。`;
      case 'pivotOverlap':
        return `新表格会与数据透视表“${refusal.pivotTable}”重叠。未做任何更改。请选择其他单元格，或插入到新工作表。`;
      case 'merged':
        return `目标区域含有合并单元格（${refusal.address}）。未做任何更改。请选择其他单元格，或插入到新工作表。`;
      case 'occupied':
        return `目标区域不为空（${refusal.address}）。未做任何更改。请选择空白区域，或插入到新工作表。`;
      case 'doesNotFit':
        return '所选单元格到工作表边缘的空间放不下该表格。请选择更靠上或靠左的单元格，或插入到新工作表。';
      case 'editMode':
        return 'Excel 正在编辑单元格。请按 Enter 或 Esc 后重试。';
      case 'notRecorded':
        return `表格“${refusal.table}”不是本加载项插入的（或已被更改），因此保持不变。`;
      case 'tableResized':
        return `表格“${refusal.table}”在写入后改变了大小或位置（${refusal.was}，现为 ${refusal.now}），因此刷新不会改动它。请在新工作表插入一个新副本。`;
      case 'userEdited':
        return `表格“${refusal.table}”在写入后有单元格被修改（${refusal.address}），因此刷新不会改动它。请在新工作表插入一个新副本。`;
      case 'tableMissing':
        return `工作簿中已没有表格“${refusal.table}”。`;
      case 'excelError':
        return `Excel 拒绝了此更改（${refusal.errorCode}）。没有留下写了一半的内容。`;
      case 'undoFailed':
        return `Excel 拒绝了此更改（${refusal.errorCode}），撤销已写入的内容也失败了：${refusal.remains} 留有不完整的副本。请删除它，或在 Excel 中撤销（Ctrl+Z）。`;
    }
  },
};

export const PANE_TEXT: Readonly<Record<Language, PaneText>> = { en, ru, zh };

/** The pane's language for Office's display language ("ru-RU", "zh-CN", ...): English unless Russian or Chinese. */
export function paneLanguage(displayLanguage: string | undefined): Language {
  const primary = (displayLanguage ?? '').toLowerCase().split('-')[0];
  return primary === 'ru' || primary === 'zh' ? primary : 'en';
}
