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

const en: ShareText = {
  heading: 'Share-safe workbook',
  help: 'Before you send this workbook to someone who does not have the add-in: they would see #NAME? where =SCO formulas stand. This replaces those formulas by the values they show now (a spilled list as a whole). It changes your cells; Undo does not take it back, so save a copy first. Tables inserted by the add-in hold values already.',
  scope: 'Convert =SCO formulas to values in',
  scopes: { selection: 'the selected cells', sheet: 'this sheet', workbook: 'the whole workbook' },
  convert: 'Convert to values',
  chooseScope: 'Choose where to convert first.',
  nothing: 'No =SCO formulas found there: nothing was changed.',
  done: (sheets) => {
    const converted = sheets.filter((entry) => entry.formulas > 0);
    const parts = [converted.length > 0 ? `Converted to values: ${converted.map((entry) => `“${entry.sheet}” ${entry.formulas} formula${entry.formulas === 1 ? '' : 's'} (${entry.cells} cell${entry.cells === 1 ? '' : 's'})`).join('; ')}.` : 'No formula was converted.'];
    const mixed = sheets.flatMap((entry) => entry.mixed);
    if (mixed.length > 0) parts.push(`These combined SCO with other calculations and are now values too: ${list(mixed)}.`);
    const errors = sheets.flatMap((entry) => entry.skipped.filter((skip) => skip.reason === 'error').map((skip) => `${skip.address} (${skip.shows})`));
    if (errors.length > 0) parts.push(`Left as formulas because they show an error (wait for #BUSY! to finish, then convert again): ${list(errors)}.`);
    const locked = sheets.flatMap((entry) => entry.skipped.filter((skip) => skip.reason === 'protected').map((skip) => skip.address));
    if (locked.length > 0) parts.push(`Left on protected sheets: ${list(locked)}.`);
    return parts.join(' ');
  },
};

const ru: ShareText = {
  heading: 'Книга для передачи',
  help: 'Перед отправкой книги тому, у кого нет надстройки: он увидит #ИМЯ? там, где стоят формулы =SCO. Команда заменяет эти формулы их текущими значениями (разлитый список — целиком). Она меняет ваши ячейки, и отменить её нельзя: сначала сохраните копию. Таблицы, вставленные надстройкой, уже содержат значения.',
  scope: 'Заменить формулы =SCO значениями',
  scopes: { selection: 'в выделенных ячейках', sheet: 'на этом листе', workbook: 'во всей книге' },
  convert: 'Заменить значениями',
  chooseScope: 'Сначала выберите, где заменять.',
  nothing: 'Формул =SCO там нет: ничего не изменено.',
  done: (sheets) => {
    const converted = sheets.filter((entry) => entry.formulas > 0);
    const parts = [converted.length > 0 ? `Заменено значениями: ${converted.map((entry) => `«${entry.sheet}» — формул: ${entry.formulas} (ячеек: ${entry.cells})`).join('; ')}.` : 'Ни одна формула не заменена.'];
    const mixed = sheets.flatMap((entry) => entry.mixed);
    if (mixed.length > 0) parts.push(`Эти формулы сочетали SCO с другими вычислениями и тоже стали значениями: ${list(mixed)}.`);
    const errors = sheets.flatMap((entry) => entry.skipped.filter((skip) => skip.reason === 'error').map((skip) => `${skip.address} (${skip.shows})`));
    if (errors.length > 0) parts.push(`Оставлены формулами, так как показывают ошибку (дождитесь окончания #BUSY! и повторите): ${list(errors)}.`);
    const locked = sheets.flatMap((entry) => entry.skipped.filter((skip) => skip.reason === 'protected').map((skip) => skip.address));
    if (locked.length > 0) parts.push(`Оставлены на защищённых листах: ${list(locked)}.`);
    return parts.join(' ');
  },
};

const zh: ShareText = {
  heading: '可分享的工作簿',
  help: '在把工作簿发给未安装本加载项的人之前使用：对方会在 =SCO 公式处看到 #NAME?。此命令把这些公式替换为其当前显示的值（溢出的列表整体替换）。它会更改您的单元格且无法撤消，请先保存副本。加载项插入的表格本身已是值。',
  scope: '将 =SCO 公式转换为值的范围',
  scopes: { selection: '所选单元格', sheet: '当前工作表', workbook: '整个工作簿' },
  convert: '转换为值',
  chooseScope: '请先选择转换范围。',
  nothing: '该范围内没有 =SCO 公式，未做任何更改。',
  done: (sheets) => {
    const converted = sheets.filter((entry) => entry.formulas > 0);
    const parts = [converted.length > 0 ? `已转换为值：${converted.map((entry) => `“${entry.sheet}” ${entry.formulas} 个公式（${entry.cells} 个单元格）`).join('；')}。` : '没有公式被转换。'];
    const mixed = sheets.flatMap((entry) => entry.mixed);
    if (mixed.length > 0) parts.push(`以下公式把 SCO 与其他计算组合在一起，也已变为值：${list(mixed)}。`);
    const errors = sheets.flatMap((entry) => entry.skipped.filter((skip) => skip.reason === 'error').map((skip) => `${skip.address}（${skip.shows}）`));
    if (errors.length > 0) parts.push(`以下单元格显示错误，保留为公式（#BUSY! 完成后请再转换）：${list(errors)}。`);
    const locked = sheets.flatMap((entry) => entry.skipped.filter((skip) => skip.reason === 'protected').map((skip) => skip.address));
    if (locked.length > 0) parts.push(`受保护工作表上的保留未改：${list(locked)}。`);
    return parts.join(' ');
  },
};

export const SHARE_TEXT: Readonly<Record<Language, ShareText>> = { en, ru, zh };
