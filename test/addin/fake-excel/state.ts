// The fake workbook's state: what a real workbook holds and the rules Excel enforces when it
// changes (errors carry Excel's real codes). No Office.js here, and nothing from src/: proxies.ts
// is the API over it, a1.ts its own address arithmetic. Each rule names the documentation page or
// office-js issue it follows.
import { hasCell, letters, MAX_COLUMNS, MAX_ROWS, overlaps, qualified, readLocal, writeLocal, type Rect } from './a1';
import { checkCellValue, fieldReference, readField, type FakePlatform, type JsonCellValue } from './cell-values';

export type { Rect } from './a1';

/** OfficeExtension.Error's shape: the code is what callers must rely on; the message is localized (here, German on purpose). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${message} (${code})`);
    this.name = 'RichApi.Error';
  }
}

export type CellValue = string | number | boolean;

export interface FakeCell {
  value: CellValue;
  formula?: string;
  format: string;
  /** The data type the cell holds (an entity), as written through Range.valuesAsJson; its `value` is then the basic value. */
  json?: JsonCellValue;
  /**
   * A dynamic-array formula's anchor: the size of the range it spills into, itself included. The
   * formula lives in the anchor only; the other cells hold the spilled values and no formula
   * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays;
   * office-js issue 4778: a spilled cell's spill parent is the one anchor cell).
   */
  spill?: { rows: number; columns: number };
}

/** Whether a host offering ExcelApi `offered` has `wanted` (both "1.16"-style versions). */
export function versionAtMost(wanted: string, offered: string): boolean {
  const [w1 = 0, w2 = 0] = wanted.split('.').map(Number);
  const [o1 = 0, o2 = 0] = offered.split('.').map(Number);
  return w1 < o1 || (w1 === o1 && w2 <= o2);
}

/** Excel's error values as Range.values shows them (text beginning with "#"). */
export const ERROR_VALUES = ['#NAME?', '#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#BUSY!', '#GETTING_DATA', '#FIELD!', '#CONNECT!', '#BLOCKED!', '#UNKNOWN!'];

/**
 * Excel.RangeValueType of a value (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangevaluetype):
 * the fake's error cells hold their error text, as Range.values returns it. Every number is
 * "Double", whole or not: DoubleCellValue.basicType "represents the value that would be returned by
 * Range.valueTypes for a cell with this value" and is always "Double"
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.doublecellvalue).
 */
export function valueTypeOf(cell: FakeCell | undefined): string {
  const value = cell?.value ?? '';
  if (value === '') return 'Empty';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Double';
  return cell?.formula !== undefined && ERROR_VALUES.includes(value) ? 'Error' : 'String';
}

export interface FakeSheet {
  id: string;
  name: string;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merged: Rect[];
  pivotTables: { name: string; rect: Rect }[];
  /** Column widths in points, by column index; a column not here has the default width. */
  columnWidths: Map<number, number>;
}

export interface FakeSeries {
  name: string;
  values: Rect;
  categories: Rect | null;
}

export interface FakeChart {
  id: string;
  name: string;
  sheet: FakeSheet;
  type: string;
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  legendPosition: string;
  /** The cell its top-left corner sits on; null until placed. */
  position: Rect | null;
  width: number;
  height: number;
  series: FakeSeries[];
}

export interface FakeTable {
  id: string;
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  style: string;
}

/** Excel's default column width: 8.43 characters of the default font, 64 px, 48 points. */
export const DEFAULT_COLUMN_POINTS = 48;
/** Excel's widest column: 255 characters. */
export const MAX_COLUMN_POINTS = 255 * 5.25 + 5;
/** The fake's measure of text: 5.25 points a character plus the cell's margins. */
export const pointsForText = (characters: number) => Math.min(MAX_COLUMN_POINTS, characters * 5.25 + 5);

/** Excel on the web's request limit (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization). */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

const at = (row: number, column: number) => `${row},${column}`;
const folded = (name: string) => name.toLocaleUpperCase();
const position = (key: string) => key.split(',').map(Number) as [number, number];
const guid = (kind: number, n: number) => `{00000000-000${kind}-0000-0000-${n.toString(16).toUpperCase().padStart(12, '0')}}`;

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  definedNames: string[] = [];
  settings = new Map<string, unknown>();
  workbookProtected = false;
  /** The user is typing in a cell: Excel refuses every request. */
  cellEditMode = false;
  /** The largest request the host accepts, in bytes (RequestPayloadSizeLimitExceeded beyond it). */
  requestLimitBytes = WEB_REQUEST_LIMIT;
  /** The host the fake plays where platforms differ (office-js 5794: the web refuses TwoColumn card sections). */
  platform: FakePlatform = 'desktop';
  selection: { sheet: FakeSheet; areas: Rect[] };
  activeSheet: FakeSheet;
  /** Every context.sync(), and the request bytes each carried. */
  syncs = 0;
  requestBytes: number[] = [];
  private nextId = 1;

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = this.sheets[0]!;
    this.selection = { sheet: this.activeSheet, areas: [{ row: 0, column: 0, rows: 1, columns: 1 }] };
  }

  // --- setup helpers for tests -------------------------------------------------------------
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((item) => folded(item.name) === folded(name) || item.id === name);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `Das angeforderte Element "${name}" ist nicht vorhanden.`);
    return sheet;
  }

  private local(address: string): Rect {
    const rect = readLocal(address);
    if (!rect) throw new FakeOfficeError('InvalidArgument', `Die Adresse "${address}" ist ungültig.`);
    return rect;
  }

  setCell(sheetName: string, address: string, value: CellValue, formula?: string): void {
    const rect = this.local(address);
    const cell: FakeCell = { value, format: 'General' };
    if (formula !== undefined) cell.formula = formula;
    this.sheet(sheetName).cells.set(at(rect.row, rect.column), cell);
  }

  /** A formula that spills `values` from the anchor at `address` down and right, as a calculated dynamic array does. */
  spillFormula(sheetName: string, address: string, formula: string, values: CellValue[][]): void {
    const sheet = this.sheet(sheetName);
    const anchor = this.local(address);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell: FakeCell = { value, format: sheet.cells.get(at(anchor.row + r, anchor.column + c))?.format ?? 'General' };
        if (r === 0 && c === 0) Object.assign(cell, { formula, spill: { rows: values.length, columns: row.length } });
        sheet.cells.set(at(anchor.row + r, anchor.column + c), cell);
      }),
    );
  }

  /** The anchor whose spill covers the cell (the anchor itself included), or null. */
  spillAnchorOf(sheet: FakeSheet, row: number, column: number): { row: number; column: number; cell: FakeCell } | null {
    for (const [key, cell] of sheet.cells) {
      if (!cell.spill) continue;
      const [top, left] = position(key);
      if (row >= top && row < top + cell.spill.rows && column >= left && column < left + cell.spill.columns) return { row: top, column: left, cell };
    }
    return null;
  }

  select(sheetName: string, ...addresses: string[]): void {
    this.activeSheet = this.sheet(sheetName);
    this.selection = { sheet: this.activeSheet, areas: addresses.map((address) => this.local(address)) };
  }

  merge(sheetName: string, address: string): void {
    this.sheet(sheetName).merged.push(this.local(address));
  }

  /** A table the user made themselves (Insert > Table), with Excel's default name unless given one. */
  userTable(sheetName: string, address: string, name?: string): FakeTable {
    const table = this.addTable(this.sheet(sheetName), this.local(address));
    if (name !== undefined) this.renameTable(table, name);
    return table;
  }

  // --- reads -------------------------------------------------------------------------------
  cell(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
    return sheet.cells.get(at(row, column));
  }

  /** The sheet's cells as a grid of values ('' where empty), for assertions. */
  values(sheetName: string, address: string): CellValue[][] {
    const sheet = this.sheet(sheetName);
    return this.grid(this.local(address), (row, column) => this.cell(sheet, row, column)?.value ?? '');
  }

  formats(sheetName: string, address: string): string[][] {
    const sheet = this.sheet(sheetName);
    return this.grid(this.local(address), (row, column) => this.cell(sheet, row, column)?.format ?? 'General');
  }

  columnWidth(sheetName: string, column: string): number {
    const rect = this.local(`${column}1`);
    return this.sheet(sheetName).columnWidths.get(rect.column) ?? DEFAULT_COLUMN_POINTS;
  }

  grid<T>(rect: Rect, read: (row: number, column: number) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => read(rect.row + r, rect.column + c)));
  }

  /** The bounding rectangle of cells in `rect` holding a value or formula, or null. */
  usedIn(sheet: FakeSheet, rect: Rect): Rect | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [key, cell] of sheet.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const [row, column] = position(key);
      if (!hasCell(rect, row, column)) continue;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  address(sheet: FakeSheet, rect: Rect): string {
    return qualified(sheet.name, rect);
  }

  /** A plain copy of what a user would see, for assertions and the browser harness. */
  snapshot() {
    return {
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        cells: Object.fromEntries(
          [...sheet.cells]
            .map(([key, cell]) => {
              const [row, column] = position(key);
              return [`${letters(column)}${row + 1}`, cell.value] as const;
            })
            .filter(([, value]) => value !== ''),
        ),
        columnWidths: Object.fromEntries([...sheet.columnWidths].map(([column, points]) => [letters(column), points])),
      })),
      tables: this.tables.map((table) => ({ id: table.id, name: table.name, sheet: table.sheet.name, address: writeLocal(table.rect), style: table.style })),
      charts: this.charts.map((chart) => ({
        name: chart.name,
        sheet: chart.sheet.name,
        type: chart.type,
        title: chart.title,
        categoryAxisTitle: chart.categoryAxisTitle,
        valueAxisTitle: chart.valueAxisTitle,
        legendPosition: chart.legendPosition,
        position: chart.position && writeLocal(chart.position),
        series: chart.series.map((series) => ({ name: series.name, values: writeLocal(series.values), categories: series.categories && writeLocal(series.categories) })),
      })),
      settings: Object.fromEntries(this.settings),
      syncs: this.syncs,
    };
  }

  /**
   * Everything, as JSON: a saved workbook that `restore` opens again (the browser tests reopen the
   * pane with it). Data types are kept as written, so a workbook saved with
   * entity values opens with them, card and all, where the add-in is not installed (office-js 5754,
   * https://github.com/OfficeDev/office-js/issues/5754).
   */
  save(): string {
    const rect = (r: Rect) => writeLocal(r);
    return JSON.stringify({
      nextId: this.nextId,
      sheets: this.sheets.map((sheet) => ({
        id: sheet.id,
        name: sheet.name,
        protected: sheet.protected,
        cells: [...sheet.cells],
        merged: sheet.merged.map(rect),
        pivotTables: sheet.pivotTables.map((pivot) => ({ name: pivot.name, rect: rect(pivot.rect) })),
        columnWidths: [...sheet.columnWidths],
      })),
      tables: this.tables.map((table) => ({ ...table, sheet: table.sheet.id, rect: rect(table.rect) })),
      charts: this.charts.map((chart) => ({
        ...chart,
        sheet: chart.sheet.id,
        position: chart.position && rect(chart.position),
        series: chart.series.map((series) => ({ name: series.name, values: rect(series.values), categories: series.categories && rect(series.categories) })),
      })),
      definedNames: this.definedNames,
      settings: [...this.settings],
    });
  }

  static restore(saved: string): FakeWorkbookState {
    type Saved = {
      nextId: number;
      sheets: (Omit<FakeSheet, 'cells' | 'merged' | 'pivotTables' | 'columnWidths'> & {
        cells: [string, FakeCell][];
        merged: string[];
        pivotTables: { name: string; rect: string }[];
        columnWidths: [number, number][];
      })[];
      tables: (Omit<FakeTable, 'sheet' | 'rect'> & { sheet: string; rect: string })[];
      charts: (Omit<FakeChart, 'sheet' | 'position' | 'series'> & { sheet: string; position: string | null; series: { name: string; values: string; categories: string | null }[] })[];
      definedNames: string[];
      settings: [string, unknown][];
    };
    const data = JSON.parse(saved) as Saved;
    const state = new FakeWorkbookState([]);
    const rect = (text: string) => state.local(text);
    state.sheets = data.sheets.map((sheet) => ({
      ...sheet,
      cells: new Map(sheet.cells),
      merged: sheet.merged.map(rect),
      pivotTables: sheet.pivotTables.map((pivot) => ({ name: pivot.name, rect: rect(pivot.rect) })),
      columnWidths: new Map(sheet.columnWidths),
    }));
    const byId = (id: string) => state.sheets.find((sheet) => sheet.id === id)!;
    state.tables = data.tables.map((table) => ({ ...table, sheet: byId(table.sheet), rect: rect(table.rect) }));
    state.charts = data.charts.map((chart) => ({
      ...chart,
      sheet: byId(chart.sheet),
      position: chart.position === null ? null : rect(chart.position),
      series: chart.series.map((series) => ({ name: series.name, values: rect(series.values), categories: series.categories === null ? null : rect(series.categories) })),
    }));
    state.definedNames = data.definedNames;
    state.settings = new Map(data.settings);
    state.nextId = data.nextId;
    state.activeSheet = state.sheets[0]!;
    state.selection = { sheet: state.activeSheet, areas: [{ row: 0, column: 0, rows: 1, columns: 1 }] };
    return state;
  }

  // --- writes, with Excel's rules ----------------------------------------------------------
  assertEditable(sheet: FakeSheet): void {
    if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Die Zelle oder das Diagramm befindet sich auf einem geschützten Blatt.');
  }

  /**
   * Values (or formulas) and number formats, as Range.values/formulas/numberFormat write them:
   * - the arrays must match the range's size;
   * - a null entry leaves that cell as it is
   *   (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values);
   * - text beginning with "=", "+" or "-" is read as a formula unless the cell is formatted as
   *   text, "@" (Range.values, https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values),
   *   and text that reads as a number becomes that number.
   */
  writeCells(sheet: FakeSheet, rect: Rect, values: unknown[][] | undefined, formats: unknown[][] | undefined): void {
    this.assertEditable(sheet);
    for (const grid of [values, formats]) {
      if (grid && (grid.length !== rect.rows || grid.some((row) => !Array.isArray(row) || row.length !== rect.columns))) {
        throw new FakeOfficeError('InvalidArgument', 'Die Anzahl der Zeilen oder Spalten im Eingabearray stimmt nicht mit der Größe des Bereichs überein.');
      }
    }
    const pivot = sheet.pivotTables.find((item) => overlaps(item.rect, rect));
    if (pivot) throw new FakeOfficeError('PivotTableRangeConflict', 'Eine PivotTable kann nicht überschrieben werden.');
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.columns; c++) {
        if (values?.[r]![c] !== undefined && values[r]![c] !== null) this.breakSpill(sheet, rect.row + r, rect.column + c);
        const key = at(rect.row + r, rect.column + c);
        const cell = sheet.cells.get(key) ?? { value: '', format: 'General' };
        const format = formats?.[r]![c];
        if (format !== undefined && format !== null) cell.format = String(format);
        const value = values?.[r]![c];
        if (value !== undefined && value !== null) this.enter(sheet, cell, value as CellValue);
        sheet.cells.set(key, cell);
      }
    }
  }

  /**
   * A value entered into a spill: into the anchor, the formula and its spill are gone (the other
   * cells empty); into another cell of it, the spill is blocked and the anchor shows #SPILL!
   * (https://support.microsoft.com/office/205c6b06-03ba-4151-89a1-87a7eb36e531, "Dynamic array formulas and spilled array behavior").
   */
  private breakSpill(sheet: FakeSheet, row: number, column: number): void {
    const anchor = this.spillAnchorOf(sheet, row, column);
    if (!anchor) return;
    const { rows, columns } = anchor.cell.spill!;
    delete anchor.cell.spill;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        if (r === 0 && c === 0) continue;
        const child = sheet.cells.get(at(anchor.row + r, anchor.column + c));
        if (child) child.value = '';
      }
    }
    if (row !== anchor.row || column !== anchor.column) anchor.cell.value = '#SPILL!';
  }

  private enter(sheet: FakeSheet, cell: FakeCell, value: CellValue): void {
    delete cell.formula;
    delete cell.json;
    delete cell.spill;
    if (typeof value !== 'string' || cell.format === '@' || value.length < 2 || !/^[=+-]/.test(value)) {
      cell.value = value;
      return;
    }
    const number = Number(value);
    if (value[0] !== '=' && value.trim() !== '' && Number.isFinite(number)) {
      cell.value = number;
      return;
    }
    cell.formula = value;
    // A formula reading a field of an entity (=A2.Status) is evaluated when entered (cell-values.ts);
    // the fake evaluates no other formula, and shows what Excel shows for a name it cannot resolve.
    const field = fieldReference(value);
    if (field) {
      const at = this.local(field.cell);
      cell.value = readField(this.cell(sheet, at.row, at.column)?.json, field.field);
      return;
    }
    cell.value = '#NAME?';
  }

  /**
   * Range.valuesAsJson (and valuesAsJsonLocal) written: each cell value is checked as Excel checks
   * it (cell-values.ts), the whole write failing on the first bad one; an entity is kept as written,
   * its basic value #VALUE!; a String stays text even when it begins with "=" (it is a value, not
   * typed input). https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-valuesasjson-member
   */
  writeJson(sheet: FakeSheet, rect: Rect, grid: unknown[][]): void {
    this.assertEditable(sheet);
    if (grid.length !== rect.rows || grid.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
      throw new FakeOfficeError('InvalidArgument', 'Die Anzahl der Zeilen oder Spalten im Eingabearray stimmt nicht mit der Größe des Bereichs überein.');
    }
    const pivot = sheet.pivotTables.find((item) => overlaps(item.rect, rect));
    if (pivot) throw new FakeOfficeError('PivotTableRangeConflict', 'Eine PivotTable kann nicht überschrieben werden.');
    grid.forEach((row, r) => row.forEach((value, c) => checkCellValue(value, `${letters(rect.column + c)}${rect.row + r + 1}`, this.platform)));
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        const json = value as JsonCellValue;
        const key = at(rect.row + r, rect.column + c);
        const cell: FakeCell = { value: '', format: sheet.cells.get(key)?.format ?? 'General' };
        if (json.type === 'Entity') {
          cell.json = structuredClone(json);
          cell.value = '#VALUE!';
        } else if (json.type !== 'Empty') {
          cell.value = json.basicValue as CellValue;
        }
        sheet.cells.set(key, cell);
      }),
    );
  }

  clear(sheet: FakeSheet, rect: Rect): void {
    this.assertEditable(sheet);
    for (const key of [...sheet.cells.keys()]) {
      const [row, column] = position(key);
      if (hasCell(rect, row, column)) sheet.cells.delete(key);
    }
  }

  /**
   * RangeFormat.autofitColumns sizes each column the range touches to the longest text anywhere
   * in that column, not only in the range (office-js issues 1017 and 5999:
   * https://github.com/OfficeDev/office-js/issues/1017, https://github.com/OfficeDev/office-js/issues/5999).
   */
  autofit(sheet: FakeSheet, rect: Rect): void {
    for (let column = rect.column; column < rect.column + rect.columns; column++) {
      let longest = 0;
      for (const [key, cell] of sheet.cells) {
        if (position(key)[1] === column) longest = Math.max(longest, String(cell.value).length);
      }
      sheet.columnWidths.set(column, longest === 0 ? DEFAULT_COLUMN_POINTS : pointsForText(longest));
    }
  }

  /** RangeFormat.columnWidth: every column of the range, whole (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth). */
  setColumnWidth(sheet: FakeSheet, rect: Rect, points: number): void {
    this.assertEditable(sheet);
    if (!(points >= 0)) throw new FakeOfficeError('InvalidArgument', 'Die Spaltenbreite ist ungültig.');
    for (let column = rect.column; column < rect.column + rect.columns; column++) sheet.columnWidths.set(column, Math.min(points, MAX_COLUMN_POINTS));
  }

  /** Worksheet names: 1-31 characters, none of \ / ? * : [ ], unique ignoring case; without a name, Excel picks "SheetN". */
  addSheet(name?: string): FakeSheet {
    if (this.workbookProtected) throw new FakeOfficeError('AccessDenied', 'Die Arbeitsmappenstruktur ist geschützt.');
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++) if (!this.sheets.some((sheet) => folded(sheet.name) === folded(`Sheet${n}`))) chosen = `Sheet${n}`;
    this.checkSheetName(chosen, null);
    const sheet: FakeSheet = { id: guid(1, this.nextId++), name: chosen, protected: false, cells: new Map(), merged: [], pivotTables: [], columnWidths: new Map() };
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    if (this.workbookProtected) throw new FakeOfficeError('AccessDenied', 'Die Arbeitsmappenstruktur ist geschützt.');
    this.checkSheetName(name, sheet);
    sheet.name = name;
  }

  private checkSheetName(name: string, self: FakeSheet | null): void {
    if (name.length === 0 || name.length > 31 || /[\\/?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) throw new FakeOfficeError('InvalidArgument', 'Der Blattname ist ungültig.');
    if (this.sheets.some((sheet) => sheet !== self && folded(sheet.name) === folded(name))) throw new FakeOfficeError('ItemAlreadyExists', 'Ein Element mit diesem Namen ist bereits vorhanden.');
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.workbookProtected) throw new FakeOfficeError('AccessDenied', 'Die Arbeitsmappenstruktur ist geschützt.');
    this.tables = this.tables.filter((table) => table.sheet !== sheet);
    this.charts = this.charts.filter((chart) => chart.sheet !== sheet);
    this.sheets = this.sheets.filter((item) => item !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0]!;
  }

  addTable(sheet: FakeSheet, rect: Rect): FakeTable {
    this.assertEditable(sheet);
    if (this.tables.some((table) => table.sheet === sheet && overlaps(table.rect, rect))) {
      throw new FakeOfficeError('InvalidOperation', 'Eine Tabelle kann keine andere Tabelle überlappen.');
    }
    if (sheet.pivotTables.some((pivot) => overlaps(pivot.rect, rect))) throw new FakeOfficeError('PivotTableRangeConflict', 'Eine Tabelle kann keine PivotTable überlappen.');
    if (sheet.merged.some((merged) => overlaps(merged, rect))) throw new FakeOfficeError('MergedRangeConflict', 'Verbundene Zellen können nicht Teil einer Tabelle sein.');
    let name: string;
    let n = 1;
    do name = `Table${n++}`;
    while (this.nameTaken(name));
    const table: FakeTable = { id: String(this.nextId++), name, sheet, rect, style: 'TableStyleMedium2' };
    this.tables.push(table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    // Excel's rule: begins with a letter, underscore or backslash; letters, digits, underscores, periods; never a cell reference.
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
      throw new FakeOfficeError('InvalidArgument', 'Der Tabellenname ist ungültig.');
    }
    if (folded(table.name) !== folded(name) && this.nameTaken(name)) throw new FakeOfficeError('ItemAlreadyExists', 'Ein Element mit diesem Namen ist bereits vorhanden.');
    table.name = name;
  }

  /** Excel's rule: the header row stays where it is (same top-left cell); no overlap with another table. */
  resizeTable(table: FakeTable, rect: Rect): void {
    this.assertEditable(table.sheet);
    if (rect.row !== table.rect.row || rect.column !== table.rect.column || rect.rows < 2) {
      throw new FakeOfficeError('InvalidArgument', 'Die Tabellenkopfzeile muss in derselben Zeile bleiben.');
    }
    if (this.tables.some((other) => other !== table && other.sheet === table.sheet && overlaps(other.rect, rect))) {
      throw new FakeOfficeError('InvalidOperation', 'Eine Tabelle kann keine andere Tabelle überlappen.');
    }
    table.rect = rect;
  }

  deleteTable(table: FakeTable): void {
    this.assertEditable(table.sheet);
    this.clear(table.sheet, table.rect);
    this.tables = this.tables.filter((item) => item !== table);
  }

  /**
   * A chart of `rect`, by columns: as Excel does, a first row of text names the series and the
   * rows below are their values.
   */
  addChart(sheet: FakeSheet, type: string, rect: Rect, seriesBy: string): FakeChart {
    this.assertEditable(sheet);
    if (seriesBy !== 'Columns') throw new Error('the fake models charts by columns only');
    const headed = Array.from({ length: rect.columns }, (_, c) => this.cell(sheet, rect.row, rect.column + c)?.value).every((value) => typeof value === 'string' && value !== '');
    const series = Array.from({ length: rect.columns }, (_, c): FakeSeries => ({
      name: headed ? String(this.cell(sheet, rect.row, rect.column + c)!.value) : `Series${c + 1}`,
      values: headed ? { row: rect.row + 1, column: rect.column + c, rows: rect.rows - 1, columns: 1 } : { ...rect, column: rect.column + c, columns: 1 },
      categories: null,
    }));
    const number = this.nextId++;
    const chart: FakeChart = {
      id: guid(2, number),
      name: `Chart ${number}`,
      sheet,
      type,
      title: '',
      categoryAxisTitle: '',
      valueAxisTitle: '',
      legendPosition: 'Right',
      position: null,
      width: 360,
      height: 216,
      series,
    };
    this.charts.push(chart);
    return chart;
  }

  renameChart(chart: FakeChart, name: string): void {
    if (name === '') throw new FakeOfficeError('InvalidArgument', 'Der Diagrammname ist ungültig.');
    if (this.charts.some((other) => other !== chart && other.sheet === chart.sheet && folded(other.name) === folded(name))) {
      throw new FakeOfficeError('ItemAlreadyExists', 'Ein Element mit diesem Namen ist bereits vorhanden.');
    }
    chart.name = name;
  }

  chart(sheet: FakeSheet, name: string): FakeChart | undefined {
    return this.charts.find((chart) => chart.sheet === sheet && folded(chart.name) === folded(name));
  }

  nameTaken(name: string): boolean {
    return [...this.tables.map((table) => table.name), ...this.definedNames].some((taken) => folded(taken) === folded(name));
  }

  /** TableCollection.getItem takes a name or an id (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-getitem-member(1)). */
  table(key: string): FakeTable | undefined {
    return this.tables.find((table) => table.id === key || folded(table.name) === folded(key));
  }

  resolveAddress(sheet: FakeSheet, address: string): { sheet: FakeSheet; rect: Rect } {
    const bang = address.lastIndexOf('!');
    let target = sheet;
    if (bang >= 0) {
      const reference = address.slice(0, bang);
      target = this.sheet(/^'.*'$/.test(reference) ? reference.slice(1, -1).split("''").join("'") : reference);
    }
    const rect = this.local(address.slice(bang + 1));
    checkOnSheet(rect);
    return { sheet: target, rect };
  }
}

export function checkOnSheet(rect: Rect): void {
  if (rect.row < 0 || rect.column < 0 || rect.rows < 1 || rect.columns < 1 || rect.row + rect.rows > MAX_ROWS || rect.column + rect.columns > MAX_COLUMNS) {
    throw new FakeOfficeError('InvalidArgument', 'Der Bereich liegt außerhalb des Arbeitsblatts.');
  }
}
