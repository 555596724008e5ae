// Share-safe workbooks: which cells hold =SCO.* formulas, and what writing their values in place
// of the formulas means. A colleague without the add-in sees #NAME? where such a formula stood
// (office-js issues 6395, 6611, 4007, 3740); a value shows the same to everyone. Pure: the adapter
// reads the grids in one batch, this plans, the adapter writes.
import { rectAddress, sheetAddress, type Rect } from './addresses';
import type { CellBlock } from './plan';

/** Where the user asked to convert: always their explicit choice (the pane preselects none). */
export type ConvertScope = 'selection' | 'sheet' | 'workbook';
export const CONVERT_SCOPES: readonly ConvertScope[] = ['selection', 'sheet', 'workbook'];

type Scalar = string | number | boolean;

/** A rectangle as Range.formulas, values, valueTypes and numberFormat read it, in one batch. */
export interface ReadGrid {
  sheet: string;
  rect: Rect;
  formulas: unknown[][];
  values: unknown[][];
  /** Excel.RangeValueType per cell: "Error" marks #NAME?, #BUSY!, #SPILL! ... */
  valueTypes: string[][];
  numberFormat: unknown[][];
}

/** A cell whose formula calls an SCO function. */
export interface ScoCell {
  sheet: string;
  row: number;
  column: number;
  formula: string;
  /** The formula does more than one SCO call (e.g. `=SCO.COUNT()+1`, `=IF(A1,SCO.STATUS(A1),"")`). */
  mixed: boolean;
  /** The cell as it shows, from the same read: what is written when the formula does not spill. */
  own: ShownValues;
}

/** Text outside string literals ("..." with "" as the escaped quote). */
const outsideStrings = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

/** A call of an SCO function anywhere in the formula, not inside a string, not part of a longer name. */
const SCO_CALL = /(?:^|[^\p{L}\p{N}_.])SCO\.[\p{L}_][\p{L}\p{N}_.]*\s*\(/iu;

export function callsSco(formula: string): boolean {
  return formula.startsWith('=') && SCO_CALL.test(outsideStrings(formula));
}

/**
 * Whether the formula is more than one SCO call: its whole body is `SCO.NAME(...)` whose closing
 * parenthesis is the last character. Anything around it (an operator, another function, a second
 * call) makes it mixed.
 */
export function isMixed(formula: string): boolean {
  const body = outsideStrings(formula.slice(1)).trim();
  const head = /^SCO\.[\p{L}_][\p{L}\p{N}_.]*\s*\(/iu.exec(body);
  if (!head) return true;
  let depth = 0;
  for (let index = head[0].length - 1; index < body.length; index++) {
    if (body[index] === '(') depth++;
    else if (body[index] === ')' && --depth === 0) return index !== body.length - 1;
  }
  return true;
}

const key = (sheet: string, row: number, column: number) => `${sheet}\u0000${row}\u0000${column}`;

/** Every cell of the grids whose formula calls an SCO function, once each (areas may overlap). */
export function findScoCells(grids: readonly ReadGrid[]): ScoCell[] {
  const found = new Map<string, ScoCell>();
  for (const grid of grids) {
    grid.formulas.forEach((cells, r) =>
      cells.forEach((formula, c) => {
        if (typeof formula !== 'string' || !callsSco(formula)) return;
        const row = grid.rect.row + r;
        const column = grid.rect.column + c;
        const own = { rect: { row, column, rows: 1, columns: 1 }, values: [[grid.values[r]?.[c]]], valueTypes: [[grid.valueTypes[r]?.[c] ?? 'Unknown']], numberFormat: [[grid.numberFormat[r]?.[c]]] };
        found.set(key(grid.sheet, row, column), { sheet: grid.sheet, row, column, formula, mixed: isMixed(formula), own });
      }),
    );
  }
  return [...found.values()];
}

/**
 * What an SCO cell shows, read in the batch after `findScoCells`: its spill range when it spills
 * (Range.getSpillingToRangeOrNullObject, anchor cells only), else the cell itself. The formula lives
 * in the anchor alone; the other cells of a spill hold none
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays),
 * so the whole spill is written at once.
 */
export interface ShownValues {
  rect: Rect;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
}

export type SkipReason = 'error' | 'protected';

export interface SheetConversion {
  sheet: string;
  /** SCO formulas replaced by their values. */
  formulas: number;
  /** Cells written: a spilling formula writes its whole spill. */
  cells: number;
  /** Addresses of converted formulas that held more than the SCO call (their whole result became a value). */
  mixed: string[];
  /** Formulas left as they are, with why (an error value such as #BUSY! is not worth freezing). */
  skipped: { address: string; reason: SkipReason; shows?: string }[];
}

export interface ConversionPlan {
  /** Per sheet, in the order the sheets were read: the cells to write (values, with formats that keep text text). */
  writes: { sheet: string; blocks: CellBlock[] }[];
  sheets: SheetConversion[];
  /** SCO formulas in scope; 0 means there was nothing to convert. */
  found: number;
}

/**
 * Text that Excel would read as something else when written back as a value (a formula, a number,
 * a date, a boolean, an error): it gets the text format "@" first. Conservative: any digit counts.
 */
export function needsTextFormat(text: string): boolean {
  return /^[=+\-@'#]/.test(text) || /\d/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

const asScalar = (value: unknown): Scalar => (typeof value === 'number' || typeof value === 'boolean' ? value : String(value ?? ''));

export function planConversion(cells: readonly ScoCell[], shown: readonly ShownValues[], protectedSheets: ReadonlySet<string>, sheetOrder: readonly string[]): ConversionPlan {
  if (cells.length !== shown.length) throw new RangeError(`${cells.length} SCO cells but ${shown.length} shown values`);
  const reports = new Map<string, SheetConversion>();
  const report = (sheet: string) => {
    let entry = reports.get(sheet);
    if (!entry) reports.set(sheet, (entry = { sheet, formulas: 0, cells: 0, mixed: [], skipped: [] }));
    return entry;
  };
  const blocks = new Map<string, CellBlock[]>();
  cells.forEach((cell, index) => {
    const target = shown[index]!;
    const entry = report(cell.sheet);
    const address = sheetAddress(cell.sheet, { row: cell.row, column: cell.column, rows: 1, columns: 1 });
    if (protectedSheets.has(cell.sheet)) {
      entry.skipped.push({ address, reason: 'protected' });
      return;
    }
    const errorAt = target.valueTypes.flat().indexOf('Error');
    if (errorAt >= 0) {
      entry.skipped.push({ address, reason: 'error', shows: String(target.values.flat()[errorAt]) });
      return;
    }
    const values = target.values.map((row) => row.map(asScalar));
    const numberFormat = values.map((row, r) => row.map((value, c) => (typeof value === 'string' && needsTextFormat(value) ? '@' : String(target.numberFormat[r]?.[c] ?? 'General'))));
    blocks.set(cell.sheet, [...(blocks.get(cell.sheet) ?? []), { rect: target.rect, values, numberFormat }]);
    entry.formulas++;
    entry.cells += target.rect.rows * target.rect.columns;
    if (cell.mixed) entry.mixed.push(address);
  });
  const rank = (sheet: string) => (sheetOrder.includes(sheet) ? sheetOrder.indexOf(sheet) : sheetOrder.length);
  const sheets = [...reports.values()].sort((a, b) => rank(a.sheet) - rank(b.sheet));
  return {
    writes: sheets.filter((entry) => blocks.has(entry.sheet)).map((entry) => ({ sheet: entry.sheet, blocks: blocks.get(entry.sheet)! })),
    sheets,
    found: cells.length,
  };
}

/** The anchor cell's own address, for the spill read. */
export const cellAddress = (cell: ScoCell) => rectAddress(cell.own.rect);

/** What a cell shows: its spill range when Excel reported one (not a null object), else the cell alone. */
export const shownOf = (cell: ScoCell, spill: ShownValues | null): ShownValues => spill ?? cell.own;
