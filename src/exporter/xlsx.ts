// The prebuilt workbook: a README sheet, one sheet per table holding a real Excel Table, and a
// data dictionary. Cells come from the shared sheet rendering (src/core/sheet.ts), so the workbook
// and the add-in write a template the same way. Written in memory: only exceljs's in-memory
// writer emits Excel Tables.
import ExcelJS from 'exceljs';
import { categoryText, columnDescription, tableDescriptions, workbookText } from '../core';
import { citation, excelTableName, headerRow, sheetRows, type Language, type Localized, type ReleaseInfo, type TableData, type TableTemplate } from '../core';
import { LICENCES, schemaField } from './datapackage';

export const WORKBOOK_FILE = 'sco-data.xlsx';
export const README_SHEET = 'README';
export const DICTIONARY_SHEET = 'data_dictionary';
export const DICTIONARY_TABLE = 'tbl_data_dictionary';

const TEXT = '@';

/** Excel's rows per sheet (1,048,576), less the header row. */
export const EXCEL_DATA_ROWS = 1_048_575;

/**
 * The data rows a sheet may hold: Excel's, or a smaller limit a test sets in
 * SCO_EXPORT_TEST_SHEET_ROWS (so the refusal is tested without a million-row table).
 */
export function sheetRowLimit(): number {
  const injected = Number(process.env.SCO_EXPORT_TEST_SHEET_ROWS);
  return Number.isInteger(injected) && injected > 0 && injected < EXCEL_DATA_ROWS ? injected : EXCEL_DATA_ROWS;
}

/** The first table with more rows than a sheet holds, or null. */
export function tableOverSheetRows(tables: readonly TableData[], limit = sheetRowLimit()): { table: string; rows: number; limit: number } | null {
  const over = tables.find((table) => table.rows.length > limit);
  return over === undefined ? null : { table: over.template.id, rows: over.rows.length, limit };
}
const HEADER_FONT = { bold: true } as const;
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;
const TABLE_STYLE = { theme: 'TableStyleMedium2', showRowStripes: true } as const;

/** The sheet holding a table: its id, which is also its CSV file name (at most 31 characters). */
export function sheetName(template: TableTemplate): string {
  return template.id.slice(0, 31);
}

/** A picture the README sheet shows beside its text (the timeline chart): PNG bytes and size in pixels. */
export interface WorkbookPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

export async function workbookBuffer(release: ReleaseInfo, tables: readonly TableData[], lang: Language, picture?: WorkbookPicture): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  setProperties(workbook, release, lang);
  const readme = addReadme(workbook, release, tables, lang);
  if (picture) {
    const image = workbook.addImage({ buffer: Buffer.from(picture.png) as unknown as ExcelJS.Buffer, extension: 'png' });
    // Below the text, one blank row under it. A two-cell anchor (tl and br): exceljs writes `editAs`
    // on a one-cell anchor, which openpyxl rejects with a warning and drops the picture (exceljs #2777).
    readme.addImage(image, pictureAnchor(readme, readme.rowCount + 1, picture));
  }
  for (const table of tables) addTableSheet(workbook, table, lang);
  addDictionary(
    workbook,
    tables.map((table) => table.template),
    lang,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel's default row height, in pixels (15 points at 96 dpi). */
const ROW_PIXELS = 20;
/** Pixels of a column `width` characters wide (Excel's rule for its default font: 7 px a character plus 5 px padding). */
const columnPixels = (width: number) => Math.trunc(width * 7 + 5);

/**
 * A two-cell anchor covering the picture's size from row `row` of column A: its bottom-right
 * corner in fractional columns and rows, measured with the sheet's column widths.
 */
function pictureAnchor(sheet: ExcelJS.Worksheet, row: number, picture: WorkbookPicture) {
  let col = 0;
  let left = picture.width;
  for (;;) {
    const pixels = columnPixels(sheet.getColumn(col + 1).width ?? 9);
    if (left <= pixels) break;
    left -= pixels;
    col++;
  }
  const br = { col: col + left / columnPixels(sheet.getColumn(col + 1).width ?? 9), row: row + picture.height / ROW_PIXELS };
  return { tl: { col: 0, row }, br, editAs: 'oneCell' } as unknown as ExcelJS.ImageRange & { editAs: string };
}

/**
 * How many character widths a header needs, bold, beside its filter button: a CJK or full-width
 * character counts two, every other one 1.1 (bold), plus 3 for the button.
 */
export function headerWidth(text: string): number {
  let units = 0;
  for (const char of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2.2 : 1.1;
  return Math.ceil(units + 3);
}

/** A sheet wider than this many characters prints in landscape. */
export const LANDSCAPE_FROM_WIDTH = 100;

function setProperties(workbook: ExcelJS.Workbook, release: ReleaseInfo, lang: Language): void {
  const authors = release.authors.map((author) => author.name).join(', ');
  // The release date, never the clock: two builds of the same data must be byte-identical.
  const released = new Date(`${release.release_date}T00:00:00Z`);
  Object.assign(workbook, {
    creator: authors,
    lastModifiedBy: authors,
    created: released,
    modified: released,
    title: release.title,
    subject: `Shanghai Cooperation Organisation data, version ${release.version}, data as of ${release.data_as_of}`,
    keywords: 'SCO; Shanghai Cooperation Organisation; IGO membership; Correlates of War',
    category: 'Dataset',
    description: citation(release),
    language: lang,
    company: '',
    manager: '',
  });
}

function addReadme(workbook: ExcelJS.Workbook, release: ReleaseInfo, tables: readonly TableData[], lang: Language): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(README_SHEET);
  const words = workbookText;
  const say = (text: Localized) => text[lang];
  const labels = [
    words.version,
    words.releaseDate,
    words.dataAsOf,
    words.howToCite,
    words.dataLicence,
    words.codeLicence,
    words.language,
    words.repository,
    words.sheet,
    words.dates,
    words.confidence,
    words.cow,
  ].map(say);
  sheet.getColumn(1).width = Math.max(22, ...labels.map(headerWidth), ...tables.map((table) => headerWidth(sheetName(table.template))));
  sheet.getColumn(2).width = 40;
  sheet.getColumn(3).width = Math.max(10, headerWidth(say(words.rows)));
  sheet.getColumn(4).width = 100;
  const text = (row: (string | number)[]) => {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      if (typeof cell.value === 'string') cell.numFmt = TEXT;
    });
    return added;
  };
  text([release.title]).font = { bold: true, size: 14 };
  text([]);
  text([say(words.version), release.version]);
  text([say(words.releaseDate), release.release_date]);
  text([say(words.dataAsOf), release.data_as_of]);
  text([say(words.howToCite), citation(release)]);
  text([say(words.dataLicence), `${LICENCES.data.title} (${LICENCES.data.name}), ${LICENCES.data.path}`]);
  text([say(words.codeLicence), `${LICENCES.code.name} (${say(words.codeLicenceNote)})`]);
  text([say(words.language), lang]);
  if (release.repository) text([say(words.repository), release.repository]);
  text([]);
  text([say(words.sheet), say(words.content), say(words.rows), say(words.description)]).font = HEADER_FONT;
  for (const table of tables) text([sheetName(table.template), table.template.title[lang], table.rows.length, tableDescription(table.template, lang)]);
  text([DICTIONARY_SHEET, say(words.dictionary), '', say(words.dictionaryDescription)]);
  text([]);
  text([say(words.dates), say(words.datesText)]);
  text([say(words.confidence), say(words.confidenceText)]);
  text([say(words.cow), say(words.cowText)]);
  return sheet;
}

/** A table's description in the workbook's language. */
export function tableDescription(template: TableTemplate, lang: Language): string {
  if (lang === 'en') return template.description;
  const localized = tableDescriptions[template.id];
  if (!localized) throw new Error(`templates/workbook_text.ts has no ${lang} description of table ${template.id}`);
  return localized[lang];
}

function addTableSheet(workbook: ExcelJS.Workbook, table: TableData, lang: Language): void {
  const { template } = table;
  const cells = sheetRows(table);
  const headers = headerRow(template, lang);
  writeTable(workbook.addWorksheet(sheetName(template)), {
    name: excelTableName(template),
    headers,
    widths: template.columns.map((column) => column.width),
    rows: cells.map((row) => row.map((cell) => cell.value)),
    formats: cells.map((row) => row.map((cell) => cell.format)),
    links: template.columns.map((column) => column.type === 'url'),
  });
}

function addDictionary(workbook: ExcelJS.Workbook, templates: readonly TableTemplate[], lang: Language): void {
  const rows = templates.flatMap((template) =>
    template.columns.map((column) => {
      const field = schemaField(column);
      const allowed = field.categories?.map((category) => `${category.value} (${categoryText(category.value, lang, category.label)})`).join(', ') ?? field.constraints?.pattern ?? field.format ?? '';
      return [template.id, field.name, column.headers[lang], field.type, allowed, template.primaryKey.includes(column.key) ? workbookText.yes[lang] : '', columnDescription(template.id, column, lang)];
    }),
  );
  const names = workbookText.dictionaryHeaders;
  writeTable(workbook.addWorksheet(DICTIONARY_SHEET), {
    name: DICTIONARY_TABLE,
    headers: [names.table, names.column, names.header, names.type, names.allowed, names.primaryKey, names.description].map((name) => name[lang]),
    widths: [18, 22, 26, 9, 40, 8, 90],
    rows,
    formats: rows.map((row) => row.map(() => TEXT)),
    links: rows[0]?.map(() => false) ?? [],
  });
}

interface TableCells {
  name: string;
  headers: string[];
  widths: number[];
  rows: (string | number | boolean | null)[][];
  formats: string[][];
  /** Columns whose text is a web address, written as a visible hyperlink. */
  links: boolean[];
}

function writeTable(sheet: ExcelJS.Worksheet, table: TableCells): void {
  // The declared width, widened where the header would be cut.
  const widths = table.widths.map((width, index) => Math.max(width, headerWidth(table.headers[index]!)));
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  printSetup(
    sheet,
    widths.reduce((sum, width) => sum + width, 0),
  );
  // An Excel Table needs a data row; an empty table gets one empty row.
  const rows = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
  sheet.addTable({
    name: table.name,
    ref: 'A1',
    headerRow: true,
    style: TABLE_STYLE,
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
  sheet.getRow(1).eachCell((cell) => (cell.numFmt = TEXT));
  // One style object per (format, link), never changed after: exceljs recognises a style it has
  // seen by identity, so cells that share one cost one lookup instead of a style built per cell.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (format: string, link: boolean) => {
    const key = `${link ? 'link' : 'text'}:${format}`;
    let style = styles.get(key);
    if (style === undefined) {
      style = link ? { numFmt: format, font: LINK_FONT } : { numFmt: format };
      styles.set(key, style);
    }
    return style;
  };
  table.formats.forEach((formats, r) => {
    formats.forEach((format, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      const value = cell.value;
      const link = table.links[c] === true && typeof value === 'string' && value !== '';
      if (link) cell.value = { text: value, hyperlink: value };
      cell.style = styleOf(format, link);
    });
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

/** Prints on A4, fitted to the page width (as many pages down as needed), the header row on every page. */
function printSetup(sheet: ExcelJS.Worksheet, totalWidth: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: totalWidth > LANDSCAPE_FROM_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
}
