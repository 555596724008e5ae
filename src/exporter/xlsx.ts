// The prebuilt workbook: a README sheet, one sheet per table holding a real Excel Table, and a
// data dictionary. Cells come from the shared sheet rendering (src/core/sheet.ts), so the workbook
// and the add-in write a template the same way.
//
// Written with exceljs's streaming WorkbookWriter: each row is committed to the zip as it is
// produced, so memory stays flat however long a table is. That writer makes no Excel Tables and no
// drawings; the parts it lacks are added here:
//   - in each sheet's XML, its <tableParts> (or the README's <drawing>), written by the stream as
//     the sheet closes, with the relationship in the sheet's own .rels, which the stream writes;
//   - the table definitions (xl/tables/tableN.xml), the drawing and their content types, added
//     by the deterministic repack (deterministic-zip.ts), which also fixes every entry's date.
import { once } from 'node:events';
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
// The streaming writer's module and the cell types, not the package's index: the index also loads
// the in-memory workbook, its reader and the CSV modules, which the exporter never uses and which
// cost more than half of loading exceljs (the CLI bundle, 1.5 MB of it, compiled on every run).
import { ValueType } from 'exceljs/lib/doc/enums';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { categoryText, columnDescription, tableDescriptions, workbookText } from '../core';
import { citation, excelTableName, headerRow, sheetCell, type Language, type Localized, type ReleaseInfo, type TableData, type TableTemplate } from '../core';
import { LICENCES, schemaField } from './datapackage';
import { repackZip, type AddedPart } from './deterministic-zip';

export const WORKBOOK_FILE = 'sco-data.xlsx';
export const README_SHEET = 'README';
export const DICTIONARY_SHEET = 'data_dictionary';
export const DICTIONARY_TABLE = 'tbl_data_dictionary';

const TEXT = '@';

/** Excel's rows per sheet (1,048,576), less the header row. */
export const EXCEL_DATA_ROWS = 1_048_575;

/**
 * The data rows a sheet may hold: Excel's, or a smaller limit a test sets in
 * SCO_EXPORT_TEST_SHEET_ROWS (so the continuation sheets are tested without a million-row table).
 */
export function sheetRowLimit(): number {
  const injected = Number(process.env.SCO_EXPORT_TEST_SHEET_ROWS);
  return Number.isInteger(injected) && injected > 0 && injected < EXCEL_DATA_ROWS ? injected : EXCEL_DATA_ROWS;
}

const HEADER_FONT = { bold: true } as const;
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true } as const;
const TABLE_STYLE = 'TableStyleMedium2';

/** The sheet holding a table: its id, which is also its CSV file name (at most 31 characters). */
export function sheetName(template: TableTemplate): string {
  return template.id.slice(0, 31);
}

/**
 * One sheet of a table. A table longer than a sheet is split into numbered continuation sheets
 * (dyad_year, dyad_year_2, ...), each its own Excel Table with the same columns, so that every
 * row is in the workbook; the README sheet lists every part with its rows.
 */
export interface SheetPart {
  template: TableTemplate;
  /** 1 for the table's own sheet, 2... for its continuation sheets. */
  part: number;
  parts: number;
  sheet: string;
  tableName: string;
  /** The table's rows this sheet holds: [first, end). */
  first: number;
  end: number;
}

/** The sheets of a table: one, or as many as `limit` data rows each needs. */
export function sheetParts(table: TableData, limit = sheetRowLimit()): SheetPart[] {
  const parts = Math.max(1, Math.ceil(table.rows.length / limit));
  return Array.from({ length: parts }, (_, index) => {
    const part = index + 1;
    const suffix = part === 1 ? '' : `_${part}`;
    return {
      template: table.template,
      part,
      parts,
      sheet: `${sheetName(table.template).slice(0, 31 - suffix.length)}${suffix}`,
      tableName: excelTableName(table.template, part === 1 ? '' : String(part)),
      first: index * limit,
      end: Math.min(table.rows.length, part * limit),
    };
  });
}

/** A picture the README sheet shows beside its text (the timeline chart): PNG bytes and size in pixels. */
export interface WorkbookPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

type Value = string | number | boolean | null;

/** The workbook's bytes, built by the streaming writer and repacked with a fixed date. */
export async function workbookFile(release: ReleaseInfo, tables: readonly TableData[], lang: Language, picture?: WorkbookPicture): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Shared strings as the in-memory writer wrote them: a country name repeated on a million rows
  // is stored once. Styles on: number formats, link fonts.
  const workbook = new StreamWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  setProperties(workbook, release, lang);
  const added: AddedPart[] = [];
  const parts = tables.flatMap((table) => sheetParts(table));
  writeReadme(workbook, release, parts, lang, picture, added);
  let tableId = 0;
  for (const part of parts) {
    const table = tables.find((candidate) => candidate.template === part.template)!;
    const { template } = part;
    await writeTableSheet(workbook, ++tableId, added, {
      sheet: part.sheet,
      name: part.tableName,
      headers: headerRow(template, lang),
      widths: template.columns.map((column) => column.width),
      links: template.columns.map((column) => column.type === 'url'),
      count: part.end - part.first,
      *rows() {
        for (let r = part.first; r < part.end; r++) {
          const row = table.rows[r]!;
          yield template.columns.map((column) => sheetCell(column, row[column.key] ?? null));
        }
      },
    });
  }
  const dictionary = dictionaryRows(parts, lang);
  const names = workbookText.dictionaryHeaders;
  await writeTableSheet(workbook, tableId + 1, added, {
    sheet: DICTIONARY_SHEET,
    name: DICTIONARY_TABLE,
    headers: [names.table, names.column, names.header, names.type, names.allowed, names.primaryKey, names.description].map((name) => name[lang]),
    widths: [18, 22, 26, 9, 40, 8, 90],
    links: [false, false, false, false, false, false, false],
    count: dictionary.length,
    *rows() {
      for (const row of dictionary) yield row.map((value) => ({ value, format: TEXT }));
    },
  });
  await workbook.commit();
  // The release date, never the clock: two builds of the same data must be byte-identical.
  return repackZip(Buffer.concat(chunks), new Date(`${release.release_date}T00:00:00Z`), added);
}

/**
 * The streaming writer, handing its zip Buffers where it has text: archiver's helper turns text
 * into a Buffer with the deprecated `new Buffer()` (archiver-utils 2, normalizeInputSource), which
 * prints a DeprecationWarning from the bundled CLI (Node stays quiet only inside node_modules).
 * The bytes are the same: both encode UTF-8. addThemes is the first thing the constructor zips.
 */
class StreamWriter extends WorkbookWriter {
  override addThemes(): Promise<void> {
    const zip = (this as unknown as { zip: { append(source: unknown, data: unknown): unknown } }).zip;
    const append = zip.append.bind(zip);
    zip.append = (source, data) => append(typeof source === 'string' ? Buffer.from(source, 'utf8') : source, data);
    return super.addThemes();
  }
}

/** Excel's default row height, in pixels (15 points at 96 dpi). */
const ROW_PIXELS = 20;
/** Pixels of a column `width` characters wide (Excel's rule for its default font: 7 px a character plus 5 px padding). */
const columnPixels = (width: number) => Math.trunc(width * 7 + 5);
/** DrawingML measures in EMU: 914,400 an inch, 9,525 a pixel at 96 dpi (ECMA-376 Part 1, §20.1.2.1). */
const EMU_PER_PIXEL = 9525;

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

function setProperties(workbook: ExcelJS.stream.xlsx.WorkbookWriter, release: ReleaseInfo, lang: Language): void {
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
  });
}

// ---------------------------------------------------------------------------------------------
// What the streaming writer lacks, reached through its internals (exceljs 4.4,
// lib/stream/xlsx/worksheet-writer.js and sheet-rels-writer.js): the sheet's relationships
// writer, and the method that writes the closing </worksheet> tag.

interface SheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  /** The number of the next row to write, once every row added is committed. */
  _rowZero: number;
  /** Writes a committed row: reads only these three of the Row it is given. */
  _writeRow(row: { hasValues: boolean; height: undefined; model: RowModel }): void;
  /** The sheet's buffer; archiver reads it through the stream it pipes it into (archiver-utils normalizeInputSource, a readable-stream 2 PassThrough). */
  stream: { pipes?: (Writable & { _writableState?: { needDrain?: boolean } })[] };
  _write(text: string): void;
  _writeCloseWorksheet(): void;
}

const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const TYPE_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/**
 * Writes `element` as the sheet's last child, just before </worksheet>. CT_Worksheet orders its
 * children; <drawing> and <tableParts> come after <pageSetup> and <headerFooter>, <tableParts>
 * last but <extLst> (ECMA-376 Part 1, §18.3.1.99), and the stream writes none of the elements
 * that would follow them (legacyDrawing for comments, picture for a background).
 */
function closeWith(sheet: ExcelJS.Worksheet, element: string): void {
  const internals = sheet as unknown as SheetInternals;
  // Without this method the tables would silently lose their link from the sheet (Excel drops them).
  if (typeof internals._writeCloseWorksheet !== 'function' || typeof internals._write !== 'function') {
    throw new Error('exceljs no longer has the stream writer internals this exporter relies on (lib/stream/xlsx/worksheet-writer.js): pin exceljs 4.4.0');
  }
  internals._writeCloseWorksheet = () => internals._write(`${element}</worksheet>`);
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const columnLetters = (n: number): string => (n <= 0 ? '' : columnLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));

/**
 * A table definition part (ECMA-376 Part 1, §18.5.1.2). `id` and `name` are unique in the
 * workbook; each column's name is exactly the text of its header cell, which Excel checks and
 * otherwise "repairs"; `ref` spans the header row and the data; the autoFilter over the same
 * range gives every column its filter button.
 */
function tableXml(id: number, name: string, headers: readonly string[], lastRow: number): string {
  const ref = `A1:${columnLetters(headers.length)}${lastRow}`;
  const columns = headers.map((header, index) => `<tableColumn id="${index + 1}" name="${xmlText(header)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

interface SheetTable {
  sheet: string;
  name: string;
  headers: string[];
  widths: number[];
  /** Columns whose text is a web address, written as a visible hyperlink. */
  links: boolean[];
  count: number;
  rows(): Iterable<{ value: Value; format: string }[]>;
}

/** A cell as exceljs's Cell.model gives it to the row writer (lib/doc/cell.js: the value's model, then the style). */
type CellModel = { address: string; type: ExcelJS.ValueType; style: Partial<ExcelJS.Style> } & ({ value?: string | number | boolean } | { text: string; hyperlink: string });

interface RowModel {
  cells: CellModel[];
  number: number;
  min: number;
  max: number;
  height: undefined;
  style: Partial<ExcelJS.Style>;
  hidden: boolean;
  outlineLevel: number;
  collapsed: boolean;
}

/** The style of every data row (none of its own): one object, so exceljs's style cache knows it after the first row. */
const ROW_STYLE: Partial<ExcelJS.Style> = {};

/**
 * Writes data row `number` as `sheet.addRow(values)`, setting each cell's value and style, then
 * `row.commit()` would (exceljs 4.4, lib/doc/row.js `get model`, lib/stream/xlsx/worksheet-writer.js
 * `_commitRow`), without a Row and a Cell object per cell: those cost more than writing the XML.
 * The row model is the one Row.model builds: every cell, spans 1 to the last column, no height,
 * not hidden, no outline. A row of empty cells only is not written, as exceljs skips it.
 */
function writeRow(internals: SheetInternals, number: number, cells: CellModel[]): void {
  if (typeof internals._writeRow !== 'function' || typeof internals._rowZero !== 'number') {
    throw new Error('exceljs no longer has the stream writer internals this exporter relies on (lib/stream/xlsx/worksheet-writer.js): pin exceljs 4.4.0');
  }
  const hasValues = cells.some((cell) => cell.type !== ValueType.Null);
  const model: RowModel = { cells, number, min: cells.length > 0 ? 1 : 0, max: cells.length, height: undefined, style: ROW_STYLE, hidden: false, outlineLevel: 0, collapsed: false };
  internals._writeRow({ hasValues, height: undefined, model });
  internals._rowZero = number + 1;
}

/** Rows written between two waits for the zip, so the sheet never piles up in memory and a signal is heard. */
const ROWS_PER_TURN = 2000;
const nextTurn = () => new Promise<void>((resume) => setImmediate(resume));

/**
 * Waits until the zip has taken what the sheet wrote. The sheet's buffer writes into the stream
 * archiver reads without heeding its answer, so rows produced faster than they are compressed
 * would pile up (a million-row sheet: half a gigabyte, archiver still busy with sheets written
 * long before); that stream still says when it is full, and drains once archiver has read it.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const piped = (sheet as unknown as SheetInternals).stream.pipes?.[0];
  if (piped !== undefined && (piped.writableNeedDrain ?? piped._writableState?.needDrain) === true) await once(piped, 'drain');
  else await nextTurn();
}

async function writeTableSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, tableId: number, added: AddedPart[], table: SheetTable): Promise<void> {
  // The declared width, widened where the header would be cut.
  const widths = table.widths.map((width, index) => Math.max(width, headerWidth(table.headers[index]!)));
  const total = widths.reduce((sum, width) => sum + width, 0);
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: printSetup(total),
  });
  sheet.columns = widths.map((width) => ({ width }));
  const tablePath = `xl/tables/table${tableId}.xml`;
  const rId = (sheet as unknown as SheetInternals)._sheetRelsWriter.addRelationship({ Type: REL_TABLE, Target: `../tables/table${tableId}.xml` });
  closeWith(sheet, `<tableParts count="1"><tablePart r:id="${rId}"/></tableParts>`);
  // An Excel Table needs a data row; an empty table gets one empty row.
  added.push({ path: tablePath, text: tableXml(tableId, table.name, table.headers, Math.max(1, table.count) + 1), contentType: TYPE_TABLE });

  const header = sheet.addRow(table.headers);
  header.eachCell((cell) => (cell.numFmt = TEXT));
  header.commit();
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
  const letters = table.headers.map((_, index) => columnLetters(index + 1));
  const internals = sheet as unknown as SheetInternals;
  let written = 0;
  for (const cells of table.rows()) {
    const number = internals._rowZero;
    const model = cells.map(({ value, format }, c): CellModel => {
      const link = table.links[c] === true && typeof value === 'string' && value !== '';
      const address = `${letters[c]}${number}`;
      const style = styleOf(format, link);
      if (link) return { address, type: ValueType.Hyperlink, text: value, hyperlink: value, style };
      if (value === null) return { address, type: ValueType.Null, style };
      const type = typeof value === 'string' ? ValueType.String : typeof value === 'number' ? ValueType.Number : ValueType.Boolean;
      return { address, type, value, style };
    });
    writeRow(internals, number, model);
    if (++written % ROWS_PER_TURN === 0) await zipCaughtUp(sheet);
  }
  sheet.commit();
  await nextTurn();
}

/** Prints on A4, fitted to the page width (as many pages down as needed), the header row on every page. */
function printSetup(totalWidth: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: totalWidth > LANDSCAPE_FROM_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
}

// ---------------------------------------------------------------------------------------------
// The README sheet and its picture.

function readmeWidths(parts: readonly SheetPart[], lang: Language): number[] {
  const words = workbookText;
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
  ].map((text) => text[lang]);
  return [Math.max(22, ...labels.map(headerWidth), ...parts.map((part) => headerWidth(part.sheet))), 40, Math.max(10, headerWidth(words.rows[lang])), 100];
}

function writeReadme(workbook: ExcelJS.stream.xlsx.WorkbookWriter, release: ReleaseInfo, parts: readonly SheetPart[], lang: Language, picture: WorkbookPicture | undefined, added: AddedPart[]): void {
  const sheet = workbook.addWorksheet(README_SHEET);
  const widths = readmeWidths(parts, lang);
  sheet.columns = widths.map((width) => ({ width }));
  const words = workbookText;
  const say = (text: Localized) => text[lang];
  let rows = 0;
  const text = (row: Value[], font?: Partial<ExcelJS.Font>) => {
    const line = sheet.addRow(row);
    line.eachCell((cell) => {
      if (typeof cell.value === 'string') cell.numFmt = TEXT;
      if (font) cell.font = font;
    });
    line.commit();
    rows++;
  };
  text([release.title], { bold: true, size: 14 });
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
  text([say(words.sheet), say(words.content), say(words.rows), say(words.description)], HEADER_FONT);
  for (const part of parts) {
    const title = part.template.title[lang];
    // A continuation sheet says which part it is and which of the table's rows it holds.
    const content = part.parts === 1 ? title : `${title} (${part.part}/${part.parts}: ${part.first + 1}–${part.end})`;
    text([part.sheet, content, part.end - part.first, tableDescription(part.template, lang)]);
  }
  text([DICTIONARY_SHEET, say(words.dictionary), '', say(words.dictionaryDescription)]);
  text([]);
  text([say(words.dates), say(words.datesText)]);
  text([say(words.confidence), say(words.confidenceText)]);
  text([say(words.cow), say(words.cowText)]);
  if (picture) {
    const imageId = workbook.addImage({ buffer: Buffer.from(picture.png) as unknown as ExcelJS.Buffer, extension: 'png' });
    const media = (workbook as unknown as { media: { name: string }[] }).media[imageId]!.name;
    const rId = (sheet as unknown as SheetInternals)._sheetRelsWriter.addRelationship({ Type: REL_DRAWING, Target: '../drawings/drawing1.xml' });
    closeWith(sheet, `<drawing r:id="${rId}"/>`);
    // Below the text, one blank row under it.
    added.push({ path: 'xl/drawings/drawing1.xml', text: drawingXml(widths, rows + 1, picture), contentType: TYPE_DRAWING });
    added.push({
      path: 'xl/drawings/_rels/drawing1.xml.rels',
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/${media}"/></Relationships>`,
    });
  }
  sheet.commit();
}

/**
 * The README picture on a two-cell anchor from column A of row `row` (0-based) to the cell where
 * its bottom-right corner falls, measured with the sheet's column widths. Two cells, because
 * openpyxl rejects `editAs` on a one-cell anchor and drops the picture (exceljs #2777); `editAs`
 * is an attribute of the two-cell anchor only (ECMA-376 Part 1, §20.5.2.33): "oneCell" moves the
 * picture with its cells without resizing it.
 */
function drawingXml(widths: readonly number[], row: number, picture: WorkbookPicture): string {
  let col = 0;
  let left = picture.width;
  for (;;) {
    const pixels = columnPixels(widths[col] ?? 9);
    if (left <= pixels) break;
    left -= pixels;
    col++;
  }
  const toRow = row + Math.floor(picture.height / ROW_PIXELS);
  const rowLeft = picture.height % ROW_PIXELS;
  const cell = (tag: string, c: number, colOff: number, r: number, rowOff: number) =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>${colOff}</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>${rowOff}</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor editAs="oneCell">${cell('from', 0, 0, row, 0)}${cell('to', col, left * EMU_PER_PIXEL, toRow, rowLeft * EMU_PER_PIXEL)}` +
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="1" name="Picture 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${picture.width * EMU_PER_PIXEL}" cy="${picture.height * EMU_PER_PIXEL}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    '</xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** A table's description in the workbook's language. */
export function tableDescription(template: TableTemplate, lang: Language): string {
  if (lang === 'en') return template.description;
  const localized = tableDescriptions[template.id];
  if (!localized) throw new Error(`templates/workbook_text.ts has no ${lang} description of table ${template.id}`);
  return localized[lang];
}

/** Every column of every sheet's table: a continuation sheet's columns are listed under its own name. */
function dictionaryRows(parts: readonly SheetPart[], lang: Language): string[][] {
  return parts.flatMap((part) =>
    part.template.columns.map((column) => {
      const field = schemaField(column);
      const allowed = field.categories?.map((category) => `${category.value} (${categoryText(category.value, lang, category.label)})`).join(', ') ?? field.constraints?.pattern ?? field.format ?? '';
      return [
        part.sheet,
        field.name,
        column.headers[lang],
        field.type,
        allowed,
        part.template.primaryKey.includes(column.key) ? workbookText.yes[lang] : '',
        columnDescription(part.template.id, column, lang),
      ];
    }),
  );
}
