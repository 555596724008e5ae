// The words of the pane's share-safe section (convert =SCO.* formulas to values), in the pane's
// three languages; a file of its own so that the section stays one local piece of the pane.
import type { Language } from '../core';
import type { ConvertScope, SheetConversion } from '../addin/share-safe';

export interface ShareText {
  heading: string;
  /** The caption: when to use it. */
  help: string;
  scope: string;
  scopes: Record<ConvertScope, string>;
  convert: string;
  chooseScope: string;
  nothing: string;
  /** The report: formulas converted per sheet, mixed formulas, what was left and why. */
  done: (sheets: readonly SheetConversion[]) => string;
}

const list = (items: readonly string[], limit = 5) => (items.length > limit ? `${items.slice(0, limit).join(', ')} …(+${items.length - limit})` : items.join(', '));

/** One language's phrases of the report; `report` puts them together the same way for all. */
interface ReportPhrases {
  sheet: (entry: SheetConversion) => string;
  converted: (sheets: string) => string;
  none: string;
  mixed: (cells: string) => string;
  errors: (cells: string) => string;
  locked: (cells: string) => string;
  shows: (address: string, shows: string) => string;
  /** Between the sheets of the converted list. */
  between: string;
}

const report =
  (phrases: ReportPhrases) =>
  (sheets: readonly SheetConversion[]): string => {
    const converted = sheets.filter((entry) => entry.formulas > 0);
    const parts = [converted.length > 0 ? phrases.converted(converted.map(phrases.sheet).join(phrases.between)) : phrases.none];
    const skipped = (reason: 'error' | 'protected') => sheets.flatMap((entry) => entry.skipped.filter((skip) => skip.reason === reason));
    const mixed = sheets.flatMap((entry) => entry.mixed);
    if (mixed.length > 0) parts.push(phrases.mixed(list(mixed)));
    const errors = skipped('error').map((skip) => phrases.shows(skip.address, skip.shows ?? ''));
    if (errors.length > 0) parts.push(phrases.errors(list(errors)));
    const locked = skipped('protected').map((skip) => skip.address);
    if (locked.length > 0) parts.push(phrases.locked(list(locked)));
    return parts.join(' ');
  };

const en: ShareText = {
  heading: 'Share-safe workbook',
  help: 'Before you send this workbook to someone who does not have the add-in: they would see #NAME? where =SCO formulas stand. This replaces those formulas by the values they show now (a spilled list as a whole). It changes your cells; Undo does not take it back, so save a copy first. Tables inserted by the add-in hold values already.',
  scope: 'Convert =SCO formulas to values in',
  scopes: { selection: 'the selected cells', sheet: 'this sheet', workbook: 'the whole workbook' },
  convert: 'Convert to values',
  chooseScope: 'Choose where to convert first.',
  nothing: 'No =SCO formulas found there: nothing was changed.',
  done: report({
    sheet: (entry) => `“${entry.sheet}” ${entry.formulas} formula${entry.formulas === 1 ? '' : 's'} (${entry.cells} cell${entry.cells === 1 ? '' : 's'})`,
    converted: (sheets) => `Converted to values: ${sheets}.`,
    none: 'No formula was converted.',
    mixed: (cells) => `These combined SCO with other calculations and are now values too: ${cells}.`,
    errors: (cells) => `Left as formulas because they show an error (wait for #BUSY! to finish, then convert again): ${cells}.`,
    locked: (cells) => `Left on protected sheets: ${cells}.`,
    shows: (address, shows) => `${address} (${shows})`,
    between: '; ',
  }),
};

const ru: ShareText = {
  heading: 'Книга для передачи',
  help: 'Перед отправкой книги тому, у кого нет надстройки: он увидит #ИМЯ? там, где стоят формулы =SCO. Команда заменяет эти формулы их текущими значениями (разлитый список — целиком). Она меняет ваши ячейки, и отменить её нельзя: сначала сохраните копию. Таблицы, вставленные надстройкой, уже содержат значения.',
  scope: 'Заменить формулы =SCO значениями',
  scopes: { selection: 'в выделенных ячейках', sheet: 'на этом листе', workbook: 'во всей книге' },
  convert: 'Заменить значениями',
  chooseScope: 'Сначала выберите, где заменять.',
  nothing: 'Формул =SCO там нет: ничего не изменено.',
  done: report({
    sheet: (entry) => `«${entry.sheet}» — формул: ${entry.formulas} (ячеек: ${entry.cells})`,
    converted: (sheets) => `Заменено значениями: ${sheets}.`,
    none: 'Ни одна формула не заменена.',
    mixed: (cells) => `Эти формулы сочетали SCO с другими вычислениями и тоже стали значениями: ${cells}.`,
    errors: (cells) => `Оставлены формулами, так как показывают ошибку (дождитесь окончания #BUSY! и повторите): ${cells}.`,
    locked: (cells) => `Оставлены на защищённых листах: ${cells}.`,
    shows: (address, shows) => `${address} (${shows})`,
    between: '; ',
  }),
};

const zh: ShareText = {
  heading: '可分享的工作簿',
  help: '在把工作簿发给未安装本加载项的人之前使用：对方会在 =SCO 公式处看到 #NAME?。此命令把这些公式替换为其当前显示的值（溢出的列表整体替换）。它会更改您的单元格且无法撤消，请先保存副本。加载项插入的表格本身已是值。',
  scope: '将 =SCO 公式转换为值的范围',
  scopes: { selection: '所选单元格', sheet: '当前工作表', workbook: '整个工作簿' },
  convert: '转换为值',
  chooseScope: '请先选择转换范围。',
  nothing: '该范围内没有 =SCO 公式，未做任何更改。',
  done: report({
    sheet: (entry) => `“${entry.sheet}” ${entry.formulas} 个公式（${entry.cells} 个单元格）`,
    converted: (sheets) => `已转换为值：${sheets}。`,
    none: '没有公式被转换。',
    mixed: (cells) => `以下公式把 SCO 与其他计算组合在一起，也已变为值：${cells}。`,
    errors: (cells) => `以下单元格显示错误，保留为公式（#BUSY! 完成后请再转换）：${cells}。`,
    locked: (cells) => `受保护工作表上的保留未改：${cells}。`,
    shows: (address, shows) => `${address}（${shows}）`,
    between: '；',
  }),
};

export const SHARE_TEXT: Readonly<Record<Language, ShareText>> = { en, ru, zh };
