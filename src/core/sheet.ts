// How a table's values become spreadsheet cells: shared by the XLSX writer and the Excel add-in so
// both render a template the same way.
import { excelSerial, isoToDay } from './dates';
import type { Cell, TableData } from './tables';
import { FORMATS, type ColumnTemplate, type TableTemplate } from './template';
import type { Language } from './vocab';

export interface SheetCell {
  /** A number for dates (an Excel serial), integers and nothing else; booleans stay booleans. */
  value: string | number | boolean | null;
  /** Excel number format: "@" keeps text as text so no cell can become a formula. */
  format: string;
}

/**
 * One value of a column as a spreadsheet cell. Every column holds one cell type: `date` columns
 * real dates, `partial_date` columns ISO text (even where the day is known: the companion `date`
 * column holds that day), integers numbers, booleans booleans, the rest text.
 */
export function sheetCell(column: ColumnTemplate, value: Cell): SheetCell {
  if (value === null) return { value: null, format: column.format };
  switch (column.type) {
    case 'date':
      return { value: excelSerial(isoToDay(String(value))), format: FORMATS.date };
    case 'integer':
      return { value: Number(value), format: column.format };
    case 'boolean':
      return { value: Boolean(value), format: column.format };
    default:
      return { value: String(value), format: FORMATS.text };
  }
}

export function headerRow(template: TableTemplate, lang: Language): string[] {
  return template.columns.map((column) => column.headers[lang]);
}

export function sheetRows(table: TableData): SheetCell[][] {
  return table.rows.map((row) => table.template.columns.map((column) => sheetCell(column, row[column.key] ?? null)));
}

/**
 * An Excel table name for a template: "tbl_" + id (+ suffix), which can never read as a cell
 * reference (as "SCO2024" would) and keeps to Excel's letters, digits and underscores.
 */
export function excelTableName(template: TableTemplate, suffix = ''): string {
  const name = `tbl_${template.id}${suffix ? `_${suffix}` : ''}`.replace(/[^A-Za-z0-9_]/g, '_');
  return name.slice(0, 255);
}
