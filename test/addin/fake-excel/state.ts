// The fake workbook's state: what a real workbook holds and the rules Excel enforces when it
// changes (errors carry Excel's real codes). No Office.js here; proxies.ts is the API over it.
import { columnLetters, intersects, parseAddress, rectAddress, SHEET_COLUMNS, SHEET_ROWS, type Rect } from '../../../src/addin/addresses';

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
}

export interface FakeSheet {
  name: string;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merged: Rect[];
  pivotTables: { name: string; rect: Rect }[];
  autofitted: Rect[];
}

export interface FakeSeries {
  name: string;
  values: Rect;
  categories: Rect | null;
}

export interface FakeChart {
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
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  style: string;
}

const key = (row: number, column: number) => `${row},${column}`;
const folded = (name: string) => name.toLocaleUpperCase();

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  definedNames: string[] = [];
  settings = new Map<string, unknown>();
  workbookProtected = false;
  /** The user is typing in a cell: Excel refuses every request. */
  cellEditMode = false;
  selection: { sheet: FakeSheet; areas: Rect[] };
  activeSheet: FakeSheet;
  /** Every context.sync(), and the request bytes each carried. */
  syncs = 0;
  requestBytes: number[] = [];
  private nextTableNumber = 1;
  private nextChartNumber = 1;

  constructor(sheetNames: string[] = ['Sheet1']) {
    for (const name of sheetNames) this.addSheet(name);
    this.activeSheet = this.sheets[0]!;
    this.selection = { sheet: this.activeSheet, areas: [{ row: 0, column: 0, rows: 1, columns: 1 }] };
  }

  // --- setup helpers for tests -------------------------------------------------------------
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((item) => folded(item.name) === folded(name));
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `Das angeforderte Element "${name}" ist nicht vorhanden.`);
    return sheet;
  }

  setCell(sheetName: string, address: string, value: CellValue, formula?: string): void {
    const rect = parseAddress(address);
    const cell: FakeCell = { value, format: 'General' };
    if (formula !== undefined) cell.formula = formula;
    this.sheet(sheetName).cells.set(key(rect.row, rect.column), cell);
  }

  select(sheetName: string, ...addresses: string[]): void {
    this.activeSheet = this.sheet(sheetName);
    this.selection = { sheet: this.activeSheet, areas: addresses.map(parseAddress) };
  }

  // --- reads -------------------------------------------------------------------------------
  cell(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
    return sheet.cells.get(key(row, column));
  }

  /** The sheet's cells as a grid of values ('' where empty), for assertions. */
  values(sheetName: string, address: string): CellValue[][] {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    return this.grid(rect, (row, column) => this.cell(sheet, row, column)?.value ?? '');
  }

  formats(sheetName: string, address: string): string[][] {
    const sheet = this.sheet(sheetName);
    return this.grid(parseAddress(address), (row, column) => this.cell(sheet, row, column)?.format ?? 'General');
  }

  grid<T>(rect: Rect, at: (row: number, column: number) => T): T[][] {
    return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => at(rect.row + r, rect.column + c)));
  }

  /** The bounding rectangle of cells in `rect` holding a value or formula, or null. */
  usedIn(sheet: FakeSheet, rect: Rect): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const [at, cell] of sheet.cells) {
      if (cell.value === '' && cell.formula === undefined) continue;
      const [row, column] = at.split(',').map(Number) as [number, number];
      if (!intersects(rect, { row, column, rows: 1, columns: 1 })) continue;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** A plain copy of everything, for tests and the browser harness. */
  snapshot() {
    return {
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        cells: Object.fromEntries(
          [...sheet.cells]
            .map(([at, cell]) => {
              const [row, column] = at.split(',').map(Number) as [number, number];
              return [`${columnLetters(column)}${row + 1}`, cell.value] as const;
            })
            .filter(([, value]) => value !== ''),
        ),
      })),
      tables: this.tables.map((table) => ({ name: table.name, sheet: table.sheet.name, address: rectAddress(table.rect), style: table.style })),
      charts: this.charts.map((chart) => ({
        name: chart.name,
        sheet: chart.sheet.name,
        type: chart.type,
        title: chart.title,
        categoryAxisTitle: chart.categoryAxisTitle,
        valueAxisTitle: chart.valueAxisTitle,
        legendPosition: chart.legendPosition,
        position: chart.position && rectAddress(chart.position),
        series: chart.series.map((series) => ({ name: series.name, values: rectAddress(series.values), categories: series.categories && rectAddress(series.categories) })),
      })),
      settings: Object.fromEntries(this.settings),
      syncs: this.syncs,
    };
  }

  // --- writes, with Excel's rules ----------------------------------------------------------
  assertEditable(sheet: FakeSheet): void {
    if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'Die Zelle oder das Diagramm befindet sich auf einem geschützten Blatt.');
  }

  writeCells(sheet: FakeSheet, rect: Rect, values: unknown[][] | undefined, formats: unknown[][] | undefined): void {
    this.assertEditable(sheet);
    for (const grid of [values, formats]) {
      if (grid && (grid.length !== rect.rows || grid.some((row) => row.length !== rect.columns))) {
        throw new FakeOfficeError('InvalidArgument', 'Die Anzahl der Zeilen oder Spalten im Eingabearray stimmt nicht mit der Größe des Bereichs überein.');
      }
    }
    const pivot = sheet.pivotTables.find((item) => intersects(item.rect, rect));
    if (pivot) throw new FakeOfficeError('PivotTableRangeConflict', 'Eine PivotTable kann nicht überschrieben werden.');
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.columns; c++) {
        const at = key(rect.row + r, rect.column + c);
        const cell = sheet.cells.get(at) ?? { value: '', format: 'General' };
        if (formats) cell.format = String(formats[r]![c]);
        if (values) {
          const value = values[r]![c] as CellValue;
          // Excel parses text written to a cell not formatted as text: "=..." becomes a formula.
          if (typeof value === 'string' && value.startsWith('=') && cell.format !== '@') cell.formula = value;
          else delete cell.formula;
          cell.value = value;
        }
        sheet.cells.set(at, cell);
      }
    }
  }

  clear(sheet: FakeSheet, rect: Rect): void {
    this.assertEditable(sheet);
    for (const at of [...sheet.cells.keys()]) {
      const [row, column] = at.split(',').map(Number) as [number, number];
      if (intersects(rect, { row, column, rows: 1, columns: 1 })) sheet.cells.delete(at);
    }
  }

  addSheet(name: string): FakeSheet {
    if (this.workbookProtected) throw new FakeOfficeError('AccessDenied', 'Die Arbeitsmappenstruktur ist geschützt.');
    if (name.length === 0 || name.length > 31 || /[\\/?*:[\]]/.test(name)) throw new FakeOfficeError('InvalidArgument', 'Der Blattname ist ungültig.');
    if (this.sheets.some((sheet) => folded(sheet.name) === folded(name))) throw new FakeOfficeError('ItemAlreadyExists', 'Ein Element mit diesem Namen ist bereits vorhanden.');
    const sheet: FakeSheet = { name, protected: false, cells: new Map(), merged: [], pivotTables: [], autofitted: [] };
    this.sheets.push(sheet);
    return sheet;
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
    if (this.tables.some((table) => table.sheet === sheet && intersects(table.rect, rect))) {
      throw new FakeOfficeError('InvalidOperation', 'Eine Tabelle kann keine andere Tabelle überlappen.');
    }
    if (sheet.pivotTables.some((pivot) => intersects(pivot.rect, rect))) throw new FakeOfficeError('PivotTableRangeConflict', 'Eine Tabelle kann keine PivotTable überlappen.');
    if (sheet.merged.some((merged) => intersects(merged, rect))) throw new FakeOfficeError('MergedRangeConflict', 'Verbundene Zellen können nicht Teil einer Tabelle sein.');
    let name: string;
    do name = `Table${this.nextTableNumber++}`;
    while (this.nameTaken(name));
    const table: FakeTable = { name, sheet, rect, style: 'TableStyleMedium2' };
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
    if (this.tables.some((other) => other !== table && other.sheet === table.sheet && intersects(other.rect, rect))) {
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
    const chart: FakeChart = { name: `Chart ${this.nextChartNumber++}`, sheet, type, title: '', categoryAxisTitle: '', valueAxisTitle: '', legendPosition: 'Right', position: null, width: 360, height: 216, series };
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

  table(name: string): FakeTable | undefined {
    return this.tables.find((table) => folded(table.name) === folded(name));
  }

  resolveAddress(sheet: FakeSheet, address: string): { sheet: FakeSheet; rect: Rect } {
    const bang = address.lastIndexOf('!');
    const target = bang < 0 ? sheet : this.sheet(address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
    let rect: Rect;
    try {
      rect = parseAddress(address);
    } catch {
      throw new FakeOfficeError('InvalidArgument', 'Die Adresse ist ungültig.');
    }
    checkOnSheet(rect);
    return { sheet: target, rect };
  }
}

export function checkOnSheet(rect: Rect): void {
  if (rect.row < 0 || rect.column < 0 || rect.rows < 1 || rect.columns < 1 || rect.row + rect.rows > SHEET_ROWS || rect.column + rect.columns > SHEET_COLUMNS) {
    throw new FakeOfficeError('InvalidArgument', 'Der Bereich liegt außerhalb des Arbeitsblatts.');
  }
}
