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
import { repackZipParts, type AddedPart } from './deterministic-zip';

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

/** The workbook's bytes in parts (written one after another), built by the streaming writer and repacked with a fixed date. */
export async function workbookFile(release: ReleaseInfo, tables: readonly TableData[], lang: Language, picture?: WorkbookPicture): Promise<Buffer[]> {
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
  const zipBytes = Buffer.concat(chunks);
  // The stream's chunks can go now (about 100 MB at 100x the bundled rows); the re-headed parts
  // point into zipBytes instead of copying it, which set the peak RSS.
  chunks.length = 0;
  // The release date, never the clock: two builds of the same data must be byte-identical.
  return repackZipParts(zipBytes, new Date(`${release.release_date}T00:00:00Z`), added);
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
// lib/stream/xlsx/worksheet-writer.js, workbook-writer.js and sheet-rels-writer.js): the sheet's
// relationships writer, the method that writes the closing </worksheet> tag, and what a row
// written as XML needs: the sheet's stream, the workbook's styles and shared strings.

interface SheetInternals {
  _sheetRelsWriter: {
    addRelationship(rel: { Type: string; Target: string }): string;
    /** What a Hyperlink cell's prepare pushes through the rels writer's hyperlinksProxy. */
    addHyperlink(link: { address: string; target: string; tooltip: undefined }): void;
  };
  _workbook: {
    styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: ExcelJS.ValueType): number };
    sharedStrings: { add(text: string): number };
  };
  useSharedStrings: boolean;
  /** Whether <cols> and <sheetData> are written: by the first row committed. */
  startedData: boolean;
  /** The number of the next row to write, once every row added is committed. */
  _rowZero: number;
  /** The sheet's buffer; archiver reads it through the stream it pipes it into (archiver-utils normalizeInputSource, a readable-stream 2 PassThrough). */
  stream: { write(data: string | Buffer): unknown; pipes?: (Writable & { _writableState?: { needDrain?: boolean } })[] };
  _write(text: string): void;
  _writeCloseWorksheet(): void;
}

const MISSING_INTERNALS = 'exceljs no longer has the stream writer internals this exporter relies on (lib/stream/xlsx/worksheet-writer.js): pin exceljs 4.4.0';

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
    throw new Error(MISSING_INTERNALS);
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
  rows(): Iterable<DataCell[]>;
}

/** The sheet stream's own buffer size (lib/stream/xlsx/workbook-writer.js `_openStream`). */
const CHUNK_BYTES = 65536;

/** A data cell: its value and its number format (the shared sheet rendering's SheetCell). */
export interface DataCell {
  value: Value;
  format: string;
}

/** The style of every data row (none of its own), as a Row's model gives it (lib/doc/row.js). */
const ROW_STYLE: Partial<ExcelJS.Style> = {};

/**
 * Writes a sheet's data rows, after its committed header row, as the very XML exceljs's stream
 * writer makes of `sheet.addRow(values)`, each cell's style set, then `row.commit()`, but built
 * here as one string per row: exceljs's row and cell xforms (a prepared model, an XmlStream, an
 * attribute array and xmlEncode per cell) cost most of the workbook's time. Text in a `links`
 * column is a visible hyperlink to itself. Mirrors exceljs 4.4:
 *   - lib/stream/xlsx/worksheet-writer.js `_writeRow`: a row holding nothing but nulls is not
 *     written (Row.hasValues), and nothing of it is registered;
 *   - lib/xlsx/xform/sheet/row-xform.js: `prepare` registers the row's style, then each cell's;
 *     `render` writes r, spans from 1 to the last cell, s and customFormat unless the row's style
 *     is 0, x14ac:dyDescent;
 *   - lib/xlsx/xform/sheet/cell-xform.js: `prepare` registers the cell's style with its type
 *     (xform/style/styles-xform.js `addStyleModel`, which keeps the id its first call gave a
 *     style object), the text (or a link's text) in the shared strings (lib/utils/shared-strings.js),
 *     a link through the sheet's relationships (stream/xlsx/sheet-rels-writer.js `addHyperlink`);
 *     `render` writes r, s unless 0, t, then <v>: the shared string's index, the number's
 *     toString(), 1 or 0; a null cell is <c r s/>, or nothing if its style is 0.
 * Nothing here needs escaping: text goes to the shared strings, and a number's toString() has
 * none of the characters xmlEncode (lib/utils/utils.js) replaces or drops.
 */
export async function writeDataRows(sheet: ExcelJS.Worksheet, links: readonly boolean[], rows: Iterable<readonly DataCell[]>): Promise<void> {
  const internals = sheet as unknown as SheetInternals;
  const { _workbook: workbook, _sheetRelsWriter: rels, stream } = internals;
  if (
    typeof workbook?.styles?.addStyleModel !== 'function' ||
    typeof workbook.sharedStrings?.add !== 'function' ||
    typeof rels?.addHyperlink !== 'function' ||
    typeof stream?.write !== 'function' ||
    typeof internals._rowZero !== 'number' ||
    typeof internals.startedData !== 'boolean'
  ) {
    throw new Error(MISSING_INTERNALS);
  }
  // What is mirrored is exceljs's shared-strings cell (t="s") after <sheetData> is open.
  if (internals.useSharedStrings !== true || !internals.startedData) throw new Error('writeDataRows needs a workbook with useSharedStrings and the header row of the sheet committed');
  const { styles, sharedStrings } = workbook;
  const styleAttribute = (id: number) => (id === 0 ? '' : ` s="${id}"`);
  let rowAttributes: string | undefined;
  // Each (format, link) style's s attribute, registered the first time a written row uses it,
  // with that cell's type: what addStyleModel gives every later cell of the same style object.
  const textStyles = new Map<string, string>();
  const linkStyles = new Map<string, string>();
  const styleOf = (format: string, link: boolean, type: ExcelJS.ValueType): string => {
    const known = link ? linkStyles : textStyles;
    let attribute = known.get(format);
    if (attribute === undefined) {
      attribute = styleAttribute(styles.addStyleModel(link ? { numFmt: format, font: LINK_FONT } : { numFmt: format }, type));
      known.set(format, attribute);
    }
    return attribute;
  };
  const letters: string[] = [];
  const rowXml = (number: number, cells: readonly DataCell[]): string => {
    if (!cells.some((cell) => cell.value !== null)) return '';
    if (rowAttributes === undefined) {
      const rowStyle = styles.addStyleModel(ROW_STYLE);
      rowAttributes = rowStyle === 0 ? '' : ` s="${rowStyle}" customFormat="1"`;
    }
    let xml = `<row r="${number}" spans="1:${cells.length}"${rowAttributes} x14ac:dyDescent="0.25">`;
    for (let c = 0; c < cells.length; c++) {
      const { value, format } = cells[c]!;
      const address = (letters[c] ??= columnLetters(c + 1)) + number;
      if (typeof value === 'string') {
        if (links[c] === true && value !== '') {
          const style = styleOf(format, true, ValueType.Hyperlink);
          xml += `<c r="${address}"${style} t="s"><v>${sharedStrings.add(value)}</v></c>`;
          rels.addHyperlink({ address, target: value, tooltip: undefined });
        } else {
          xml += `<c r="${address}"${styleOf(format, false, ValueType.String)} t="s"><v>${sharedStrings.add(value)}</v></c>`;
        }
      } else if (typeof value === 'number') {
        xml += `<c r="${address}"${styleOf(format, false, ValueType.Number)}><v>${value}</v></c>`;
      } else if (typeof value === 'boolean') {
        xml += `<c r="${address}"${styleOf(format, false, ValueType.Boolean)} t="b"><v>${value ? '1' : '0'}</v></c>`;
      } else {
        const style = styleOf(format, false, ValueType.Null);
        if (style !== '') xml += `<c r="${address}"${style}/>`;
      }
    }
    return `${xml}</row>`;
  };
  // The rows go to the sheet's stream 64 KB at a time, encoded row by row into a buffer: one
  // write (an async call, a chunk) per row costs more than the row's XML, and one string of many
  // rows more still to encode (a long concatenation is flattened first). The stream batches what
  // it is given into 64 KB buffers, so the zip gets the same bytes however they are written.
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    stream.write(chunk.subarray(0, used));
    chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
  };
  let count = 0;
  for (const cells of rows) {
    const xml = rowXml(internals._rowZero++, cells);
    // At most 3 bytes a UTF-16 unit in UTF-8 (the XML is ASCII; this only bounds it).
    if (used + xml.length * 3 > chunk.length) {
      flush();
      if (xml.length * 3 > chunk.length) chunk = Buffer.allocUnsafe(xml.length * 3);
    }
    used += chunk.write(xml, used);
    if (++count % ROWS_PER_TURN === 0) {
      flush();
      await zipCaughtUp(sheet);
    }
  }
  flush();
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
  await writeDataRows(sheet, table.links, table.rows());
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
