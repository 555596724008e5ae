// The prebuilt workbook: a README sheet, one sheet per table holding a real Excel Table, and a
// data dictionary. Cells come from the shared sheet rendering (src/core/sheet.ts), so the workbook
// and the add-in write a template the same way. Written in memory: only exceljs's in-memory
// writer emits Excel Tables.
import ExcelJS from 'exceljs';
import { citation, excelTableName, headerRow, sheetRows, type Language, type ReleaseInfo, type TableData, type TableTemplate } from '../core';
import { LICENCES, schemaField } from './datapackage';

export const WORKBOOK_FILE = 'sco-data.xlsx';
export const README_SHEET = 'README';
export const DICTIONARY_SHEET = 'data_dictionary';
export const DICTIONARY_TABLE = 'tbl_data_dictionary';

const TEXT = '@';
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
    // Below the text, one blank row under it.
    readme.addImage(image, { tl: { col: 0, row: readme.rowCount + 1 }, ext: { width: picture.width, height: picture.height } });
  }
  for (const table of tables) addTableSheet(workbook, table, lang);
  addDictionary(workbook, tables.map((table) => table.template), lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 40;
  sheet.getColumn(3).width = 10;
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
  text(['Version', release.version]);
  text(['Release date', release.release_date]);
  text(['Data as of', release.data_as_of]);
  text(['How to cite', citation(release)]);
  text(['Data licence', `${LICENCES.data.title} (${LICENCES.data.name}), ${LICENCES.data.path}`]);
  text(['Code licence', `${LICENCES.code.name} (the software that builds this workbook)`]);
  text(['Headers and country names', lang]);
  if (release.repository) text(['Repository', release.repository]);
  text([]);
  text(['Sheet', 'Content', 'Rows', 'Description']).font = HEADER_FONT;
  for (const table of tables) text([sheetName(table.template), table.template.title[lang], table.rows.length, table.template.description]);
  text([DICTIONARY_SHEET, 'Data dictionary', '', 'Every column of every table: its type, allowed values and meaning (the same as datapackage.json).']);
  text([]);
  text(['Dates', 'Full dates are real date cells (yyyy-mm-dd); a date known only to the month or year is text (YYYY-MM or YYYY), with its precision in the neighbouring column.']);
  return sheet;
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
      const allowed = field.categories?.join(', ') ?? field.constraints?.pattern ?? field.format ?? '';
      return [template.id, field.name, column.headers[lang], field.type, allowed, template.primaryKey.includes(column.key) ? 'yes' : '', field.description];
    }),
  );
  writeTable(workbook.addWorksheet(DICTIONARY_SHEET), {
    name: DICTIONARY_TABLE,
    headers: ['table', 'column', 'header', 'type', 'allowed values', 'primary key', 'description'],
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
  table.widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
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
  table.formats.forEach((formats, r) => {
    formats.forEach((format, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      cell.numFmt = format;
      const value = cell.value;
      if (table.links[c] && typeof value === 'string' && value !== '') {
        cell.value = { text: value, hyperlink: value };
        cell.font = LINK_FONT;
      }
    });
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}
