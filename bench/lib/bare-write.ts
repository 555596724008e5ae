// The baseline of bench:export: the same cells written with no project code, by a bare exceljs
// streaming WorkbookWriter (one sheet per table, no styles, no Excel Table) plus a bare CSV write
// (one file per table, RFC 4180 quoting). Bundled with esbuild by the bench, run by Node alone.
// Usage: node bare-write.cjs CELLS.ndjson OUT_DIR (cells from dump-cells.ts).
import { createReadStream, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import ExcelJS from 'exceljs';

type Value = string | number | boolean | null;

const csvField = (value: Value) => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

async function main(cellsFile: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(outDir, 'bare.xlsx'), useStyles: false, useSharedStrings: false });
  let sheet: ExcelJS.Worksheet | null = null;
  let csv: WriteStream | null = null;
  let pending: string[] = [];
  const flush = async () => {
    if (csv === null || pending.length === 0) return;
    const ok = csv.write(pending.join(''));
    pending = [];
    if (!ok) await new Promise<void>((resolve) => csv!.once('drain', () => resolve()));
  };
  const closeTable = async () => {
    await flush();
    if (csv !== null) await new Promise<void>((resolve) => csv!.end(() => resolve()));
    sheet?.commit();
  };
  for await (const line of createInterface({ input: createReadStream(cellsFile) })) {
    const parsed = JSON.parse(line) as { table: string; headers: string[] } | Value[];
    if (!Array.isArray(parsed)) {
      await closeTable();
      sheet = workbook.addWorksheet(parsed.table.slice(0, 31));
      csv = createWriteStream(join(outDir, `${parsed.table}.csv`));
      sheet.addRow(parsed.headers).commit();
      pending.push(`${parsed.headers.join(',')}\n`);
      continue;
    }
    sheet!.addRow(parsed).commit();
    pending.push(`${parsed.map(csvField).join(',')}\n`);
    if (pending.length >= 5000) await flush();
  }
  await closeTable();
  await workbook.commit();
}

void main(process.argv[2]!, process.argv[3]!);
