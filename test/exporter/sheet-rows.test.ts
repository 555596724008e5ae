// The workbook's data rows are written as XML by the exporter (writeDataRows), not by exceljs's
// Row and cell xforms. The reference here is exceljs itself: the same rows through its own
// addRow(values), each cell's style set, then commit(), must give the very same workbook, part by
// part (sheet XML, shared strings, styles, the sheets' relationships with their hyperlinks).
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeDataRows, type DataCell } from '../../src/exporter/xlsx';

// The exporter's link font, written out here.
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true };
const LINKS = [false, false, false, false, false, true, false];
const HEADERS = ['text', 'number', 'integer', 'boolean', 'general', 'link', 'date'];
const cell = (value: DataCell['value'], format: string): DataCell => ({ value, format });

// Every value type: text to escape (& < > " ' and control characters, which exceljs drops),
// repeated text (one shared string), empty text, numbers (fraction, negative, zero, large),
// booleans, nulls (styled, and with the default style, which exceljs leaves out), links (and an
// empty text in the link column, which is no link), a row of nulls only (not written), and a row
// after it (its number counts the skipped row).
const ROWS: DataCell[][] = [
  [
    cell('Tom & Jerry <"friends"> it\'s \u0007bell\u000bend', '@'),
    cell(1.5, '0.0'),
    cell(-3, '0'),
    cell(true, '0'),
    cell(null, 'General'),
    cell('https://example.org/a?x=1&y=<2>', '@'),
    cell(45000, 'yyyy-mm-dd'),
  ],
  [cell('Tom & Jerry <"friends"> it\'s \u0007bell\u000bend', '@'), cell(0, '0.0'), cell(1e21, '0'), cell(false, '0'), cell(7, 'General'), cell('', '@'), cell(null, 'yyyy-mm-dd')],
  [cell(null, '@'), cell(null, '0.0'), cell(null, '0'), cell(null, '0'), cell(null, 'General'), cell(null, '@'), cell(null, 'yyyy-mm-dd')],
  [cell('日本語 ü', '@'), cell(0.1 + 0.2, '0.0'), cell(null, '0'), cell(true, '0'), cell(null, 'General'), cell('https://example.org/b', '@'), cell(null, 'yyyy-mm-dd')],
];

type WriteRows = (sheet: ExcelJS.Worksheet, rows: DataCell[][]) => Promise<void>;

/** What exceljs's own row writing makes of the rows: addRow(values), every cell styled, commit(). */
const exceljsRows: WriteRows = async (sheet, rows) => {
  for (const cells of rows) {
    const values = cells.map(({ value }, c) => (LINKS[c] === true && typeof value === 'string' && value !== '' ? { text: value, hyperlink: value } : value));
    const row = sheet.addRow(values);
    cells.forEach(({ value, format }, c) => {
      const link = LINKS[c] === true && typeof value === 'string' && value !== '';
      row.getCell(c + 1).style = link ? { numFmt: format, font: LINK_FONT } : { numFmt: format };
    });
    row.commit();
  }
};

const exporterRows: WriteRows = (sheet, rows) => writeDataRows(sheet, LINKS, rows);

/** Every part of a two-sheet workbook whose data rows `write` writes, as text. */
async function workbookParts(write: WriteRows): Promise<Map<string, string>> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.created = workbook.modified = new Date('2030-01-01T00:00:00Z');
  for (const name of ['first', 'second']) {
    const sheet = workbook.addWorksheet(name);
    const header = sheet.addRow(HEADERS);
    header.eachCell((headerCell) => (headerCell.numFmt = '@'));
    header.commit();
    await write(sheet, ROWS);
    sheet.commit();
  }
  await workbook.commit();
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  const parts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.set(entry.name, await entry.async('string'));
  return parts;
}

describe('exporter: workbook data rows written as XML', () => {
  it('gives every part of the workbook exactly as exceljs writes the same rows', async () => {
    const [reference, written] = [await workbookParts(exceljsRows), await workbookParts(exporterRows)];
    assert.deepEqual([...written.keys()].sort(), [...reference.keys()].sort());
    for (const [name, text] of reference) assert.equal(written.get(name), text, name);
    // The reference holds what the rows are meant to test (written by hand from the rows above).
    const sheet = reference.get('xl/worksheets/sheet1.xml')!;
    assert.match(sheet, /<row r="3" spans="1:7"[^>]*>.*<\/row><row r="5" /);
    assert.match(sheet, /<c r="C3" s="\d+"><v>1e\+21<\/v><\/c><c r="D3" s="\d+" t="b"><v>0<\/v><\/c><c r="E3"><v>7<\/v><\/c>/);
    assert.match(sheet, /<c r="G3" s="\d+"\/><\/row>/);
    assert.match(sheet, /<c r="D2" s="\d+" t="b"><v>1<\/v><\/c><c r="F2"/);
    assert.match(sheet, /<hyperlink ref="F2" r:id="rId1"\/><hyperlink ref="F5" r:id="rId2"\/>/);
    assert.match(reference.get('xl/sharedStrings.xml')!, /<t>Tom &amp; Jerry &lt;&quot;friends&quot;&gt; it&apos;s bellend<\/t>/);
    assert.match(reference.get('xl/worksheets/_rels/sheet2.xml.rels')!, /Target="https:\/\/example.org\/a\?x=1&amp;y=&lt;2&gt;" TargetMode="External"/);
  });

  it('refuses a workbook without shared strings, whose cells it does not write', async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new Writable({ write: (_chunk, _encoding, done) => done() }), useStyles: true });
    const sheet = workbook.addWorksheet('sheet');
    sheet.addRow(HEADERS).commit();
    await assert.rejects(writeDataRows(sheet, LINKS, ROWS), /useSharedStrings/);
  });
});
