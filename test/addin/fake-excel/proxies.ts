// The Office.js object model over FakeWorkbookState, behaving like the real one where the adapter
// could go wrong: methods and setters are queued and run at sync, in order; a property throws
// PropertyNotLoaded until it was loaded and synced; *OrNullObject gives null objects; a failing
// operation fails the sync, keeping what ran before it (Excel batches are not transactions).
import { overlaps as intersects, qualified as sheetAddress, within, type Rect } from './a1';
import { basicOf, plainJson, readBack } from './cell-values';
import { checkOnSheet, FakeOfficeError, valueTypeOf, versionAtMost, type FakeChart, type FakeSheet, type FakeTable, type FakeWorkbookState } from './state';

type Operation = { run: () => void; bytes: number };

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  queue: Operation[] = [];

  constructor(
    readonly state: FakeWorkbookState,
    /** The highest ExcelApi version the host offers: newer APIs fail at sync. */
    readonly apiVersion = '1.17',
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /**
   * An API of a newer requirement set than the host offers fails the sync with ApiNotFound
   * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling).
   */
  requireApi(version: string, api: string): void {
    if (!versionAtMost(version, this.apiVersion)) throw new FakeOfficeError('ApiNotFound', `${api} ist in dieser Excel-Version nicht verfügbar (ExcelApi ${version}).`);
  }

  enqueue(run: () => void, bytes = 64): void {
    this.queue.push({ run, bytes });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.state.syncs++;
    const bytes = queue.reduce((sum, op) => sum + op.bytes, 0);
    this.state.requestBytes.push(bytes);
    await Promise.resolve();
    if (this.state.cellEditMode && queue.length > 0) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel befindet sich im Zellbearbeitungsmodus.');
    if (bytes > this.state.requestLimitBytes) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'Die Nutzlast der Anforderung überschreitet das Limit.');
    for (const op of queue) op.run();
  }
}

type Snapshot = Record<string, unknown>;

/** What Excel says when asked to load a property the object does not have. */
function unknownProperty(property: string): never {
  throw new FakeOfficeError('InvalidArgument', `Unbekannte Eigenschaft "${property}".`);
}

/** What a proxy stands for, found at sync time; null for a null object. */
abstract class FakeObject<Target> {
  private snapshot: Snapshot | null = null;
  private nullObject = false;

  constructor(
    protected readonly context: FakeRequestContext,
    protected readonly locate: () => Target | null,
  ) {}

  protected abstract read(target: Target, property: string): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? '').split(',')).map((name) => name.trim()).filter(Boolean);
    this.context.enqueue(() => this.capture(names));
    return this;
  }

  /** Runs at sync: remembers the requested properties as they are now. */
  capture(names: string[]): void {
    const target = this.locate();
    this.nullObject = target === null;
    const snapshot: Snapshot = { ...(this.snapshot ?? {}) };
    if (target !== null) {
      const nested = new Map<string, string[]>();
      for (const name of names) {
        const [head, ...rest] = name.split('/');
        if (rest.length > 0) nested.set(head!, [...(nested.get(head!) ?? []), rest.join('/')]);
        else snapshot[name] = this.read(target, name);
      }
      // Navigation paths ("items/name", "items/series/count") load the objects they pass through.
      for (const [head, inner] of nested) {
        const value = this.read(target, head);
        if (Array.isArray(value)) for (const item of value as FakeObject<unknown>[]) item.capture(inner);
        else if (value instanceof FakeObject) value.capture(inner);
        snapshot[head] = value;
      }
    }
    this.snapshot = snapshot;
  }

  protected loaded<T>(property: string): T {
    if (this.snapshot === null || !(property in this.snapshot)) {
      throw new FakeOfficeError('PropertyNotLoaded', `Die Eigenschaft "${property}" ist nicht verfügbar. Rufen Sie vor dem Lesen load und context.sync() auf.`);
    }
    return this.snapshot[property] as T;
  }

  get isNullObject(): boolean {
    if (this.snapshot === null) throw new FakeOfficeError('PropertyNotLoaded', 'Die Eigenschaft "isNullObject" ist nicht verfügbar.');
    return this.nullObject;
  }

  /** The target, or ItemNotFound: what a method on a missing object does at sync. */
  protected target(): Target {
    const target = this.locate();
    if (target === null) throw new FakeOfficeError('ItemNotFound', 'Das angeforderte Element ist nicht vorhanden.');
    return target;
  }
}

const gridBytes = (grid: unknown) => new TextEncoder().encode(JSON.stringify(grid)).length;

interface Located {
  sheet: FakeSheet;
  rect: Rect;
}

export class FakeRange extends FakeObject<Located> {
  constructor(context: FakeRequestContext, locate: () => Located | null) {
    super(context, locate);
    // A range made by a method is evaluated at sync, so an invalid one fails the sync.
    context.enqueue(() => void this.locate());
  }

  protected read({ sheet, rect }: Located, property: string): unknown {
    const state = this.context.state;
    switch (property) {
      case 'address':
        return sheetAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.column;
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.columns;
      case 'values':
        return state.grid(rect, (row, column) => state.cell(sheet, row, column)?.value ?? '');
      // ExcelApi 1.16; the fake has one locale, so the local form equals the en-US one.
      case 'valuesAsJson':
      case 'valuesAsJsonLocal':
        this.context.requireApi('1.16', `Range.${property}`);
        return state.grid(rect, (row, column) => {
          const cell = state.cell(sheet, row, column);
          return cell?.json ? readBack(cell.json) : plainJson(cell?.value ?? '');
        });
      case 'valueTypes':
        return state.grid(rect, (row, column) => {
          const cell = state.cell(sheet, row, column);
          return cell?.json ? basicOf(cell.json).type : valueTypeOf(cell);
        });
      case 'numberFormat':
        return state.grid(rect, (row, column) => state.cell(sheet, row, column)?.format ?? 'General');
      case 'formulas':
        return state.grid(rect, (row, column) => {
          const cell = state.cell(sheet, row, column);
          return cell?.formula ?? cell?.value ?? '';
        });
      default:
        return unknownProperty(property);
    }
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(values: unknown[][]) {
    this.write(values, undefined);
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  get valuesAsJson(): unknown[][] {
    return this.loaded('valuesAsJson');
  }
  get valuesAsJsonLocal(): unknown[][] {
    return this.loaded('valuesAsJsonLocal');
  }
  get valueTypes(): string[][] {
    return this.loaded('valueTypes');
  }
  set valuesAsJson(values: unknown[][]) {
    this.writeJson(values, 'valuesAsJson');
  }
  set valuesAsJsonLocal(values: unknown[][]) {
    this.writeJson(values, 'valuesAsJsonLocal');
  }
  private writeJson(values: unknown[][], api: string): void {
    this.context.enqueue(() => {
      this.context.requireApi('1.16', `Range.${api}`);
      const { sheet, rect } = this.target();
      this.context.state.writeJson(sheet, rect, values);
    }, gridBytes(values));
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  /** Excel reads each value as typed, as for `values`: a string beginning with "=" becomes a formula (unless the cell is text). */
  set formulas(formulas: unknown[][]) {
    this.write(formulas, undefined);
  }
  set numberFormat(formats: unknown[][]) {
    this.write(undefined, formats);
  }
  /** Queues a write of values or formats, sized as the request Office.js would send. */
  private write(values: unknown[][] | undefined, formats: unknown[][] | undefined): void {
    this.context.enqueue(
      () => {
        const { sheet, rect } = this.target();
        this.context.state.writeCells(sheet, rect, values, formats);
      },
      gridBytes(values ?? formats),
    );
  }

  get format() {
    const context = this.context;
    const located = () => this.target();
    return {
      autofitColumns: () =>
        context.enqueue(() => {
          const { sheet, rect } = located();
          context.state.autofit(sheet, rect);
        }),
      set columnWidth(points: number) {
        context.enqueue(() => {
          const { sheet, rect } = located();
          context.state.setColumnWidth(sheet, rect, points);
        });
      },
    };
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.locate()?.sheet ?? null);
  }

  private derived(change: (located: Located) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const located = this.locate();
      if (located === null) return null;
      const rect = change(located);
      checkOnSheet(rect);
      return { sheet: located.sheet, rect };
    });
  }

  /** Where the range is, at sync time (ItemNotFound when it is gone): for methods taking a range. */
  located(): Located {
    return this.target();
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ rect }) => ({ row: rect.row + row, column: rect.column + column, rows: 1, columns: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, rows: rect.rows + deltaRows, columns: rect.columns + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset }));
  }

  /**
   * The range a dynamic-array formula in this one cell spills into, the anchor included; a null
   * object when it spills nowhere (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getspillingtorangeornullobject-member(1);
   * single-cell ranges only, as the dynamic-arrays article says of the spill methods).
   */
  getSpillingToRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      if (rect.rows !== 1 || rect.columns !== 1) throw new FakeOfficeError('InvalidArgument', 'Der Bereich muss eine einzelne Zelle sein.');
      const spill = this.context.state.cell(sheet, rect.row, rect.column)?.spill;
      return spill ? { sheet, rect: { ...rect, ...spill } } : null;
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) throw new Error('the fake models getUsedRangeOrNullObject(true) only');
    return new FakeRange(this.context, () => {
      const { sheet, rect } = this.target();
      const used = this.context.state.usedIn(sheet, rect);
      return used && { sheet, rect: used };
    });
  }

  getTables(fullyContained = false): FakeTableCollection {
    return new FakeTableCollection(this.context, () => {
      const { sheet, rect } = this.target();
      return this.context.state.tables.filter((table) => table.sheet === sheet && (fullyContained ? containsRect(rect, table.rect) : intersects(rect, table.rect)));
    });
  }

  getPivotTables(fullyContained = false): FakeNamedCollection {
    return new FakeNamedCollection(this.context, () => {
      const { sheet, rect } = this.target();
      return sheet.pivotTables.filter((pivot) => (fullyContained ? containsRect(rect, pivot.rect) : intersects(rect, pivot.rect))).map((pivot) => pivot.name);
    });
  }

  /**
   * Only the merged areas whose top-left cell lies in the range, as Excel reports them
   * (https://github.com/OfficeDev/office-js/issues/3611): a merge that begins above or left of the
   * range is not reported, though it covers cells of it.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const { sheet, rect } = this.target();
      const areas = sheet.merged.filter((merged) => intersects(rect, { ...merged, rows: 1, columns: 1 }));
      return areas.length === 0 ? null : { sheet, areas };
    });
  }

  /** The smallest range holding both (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getboundingrect-member(1)). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, () => {
      const mine = this.target();
      const theirs = typeof other === 'string' ? this.context.state.resolveAddress(mine.sheet, other) : other.located();
      if (theirs.sheet !== mine.sheet) throw new FakeOfficeError('InvalidArgument', 'Die Bereiche liegen auf verschiedenen Blättern.');
      const top = Math.min(mine.rect.row, theirs.rect.row);
      const left = Math.min(mine.rect.column, theirs.rect.column);
      const bottom = Math.max(mine.rect.row + mine.rect.rows, theirs.rect.row + theirs.rect.rows);
      const right = Math.max(mine.rect.column + mine.rect.columns, theirs.rect.column + theirs.rect.columns);
      return { sheet: mine.sheet, rect: { row: top, column: left, rows: bottom - top, columns: right - left } };
    });
  }

  /** 'All' (the default) or 'Contents', which keeps the cells' formats. */
  clear(applyTo = 'All'): void {
    if (applyTo !== 'All' && applyTo !== 'Contents') throw new Error(`the fake models clear('All') and clear('Contents') only`);
    this.context.enqueue(() => {
      const { sheet, rect } = this.target();
      if (applyTo === 'All') this.context.state.clear(sheet, rect);
      else
        this.context.state.writeCells(
          sheet,
          rect,
          this.context.state.grid(rect, () => ''),
          undefined,
        );
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, rect } = this.target();
      this.context.state.selection = { sheet, areas: [rect] };
    });
  }
}

const containsRect = within;

export class FakeRangeAreas extends FakeObject<{ sheet: FakeSheet; areas: Rect[] }> {
  protected read({ sheet, areas }: { sheet: FakeSheet; areas: Rect[] }, property: string): unknown {
    if (property === 'areaCount') return areas.length;
    // "Sheet1!A1:B4, Sheet1!D1:D4" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member).
    if (property === 'address') return areas.map((rect) => sheetAddress(sheet.name, rect)).join(', ');
    return unknownProperty(property);
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
  get address(): string {
    return this.loaded('address');
  }
  get areas() {
    return {
      getItemAt: (index: number) =>
        new FakeRange(this.context, () => {
          const located = this.target();
          const rect = located.areas[index];
          if (!rect) throw new FakeOfficeError('ItemNotFound', 'Das angeforderte Element ist nicht vorhanden.');
          return { sheet: located.sheet, rect };
        }),
    };
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  protected read(sheet: FakeSheet, property: string): unknown {
    if (property === 'name') return sheet.name;
    if (property === 'id') return sheet.id;
    return unknownProperty(property);
  }
  get id(): string {
    return this.loaded('id');
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.context.enqueue(() => this.context.state.renameSheet(this.target(), name));
  }
  get protection() {
    return new FakeProtection(this.context, () => {
      const sheet = this.locate();
      return sheet && { protected: sheet.protected };
    });
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(
      this.context,
      () => this.context.state.tables.filter((table) => table.sheet === this.target()),
      () => this.target(),
    );
  }
  getRange(address = 'A1'): FakeRange {
    return new FakeRange(this.context, () => this.context.state.resolveAddress(this.target(), address));
  }
  /** The cells holding a value or formula; a null object on an empty sheet (valuesOnly only, as FakeRange's). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (!valuesOnly) throw new Error('the fake models getUsedRangeOrNullObject(true) only');
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      const used = this.context.state.usedIn(sheet, { row: 0, column: 0, rows: 1_048_576, columns: 16_384 });
      return used && { sheet, rect: used };
    });
  }
  get charts(): FakeChartCollection {
    return new FakeChartCollection(
      this.context,
      () => this.context.state.charts.filter((chart) => chart.sheet === this.target()),
      () => this.target(),
    );
  }
  activate(): void {
    this.context.enqueue(() => {
      this.context.state.activeSheet = this.target();
    });
  }
  delete(): void {
    this.context.enqueue(() => this.context.state.deleteSheet(this.target()));
  }
}

export class FakeProtection extends FakeObject<{ protected: boolean }> {
  protected read(target: { protected: boolean }, property: string): unknown {
    if (property === 'protected') return target.protected;
    return unknownProperty(property);
  }
  get protected(): boolean {
    return this.loaded('protected');
  }
}

export class FakeTableProxy extends FakeObject<FakeTable> {
  protected read(table: FakeTable, property: string): unknown {
    if (property === 'id') return table.id;
    if (property === 'name') return table.name;
    if (property === 'style') return table.style;
    return unknownProperty(property);
  }
  get id(): string {
    return this.loaded('id');
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.context.enqueue(() => this.context.state.renameTable(this.target(), name));
  }
  set style(style: string) {
    this.context.enqueue(() => {
      this.target().style = style;
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.target().sheet);
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const table = this.target();
      return { sheet: table.sheet, rect: table.rect };
    });
  }
  resize(range: FakeRange): void {
    this.context.enqueue(() => {
      const table = this.target();
      const { sheet, rect } = range.located();
      if (sheet !== table.sheet) throw new FakeOfficeError('InvalidArgument', 'Die Tabelle kann nicht auf ein anderes Blatt verschoben werden.');
      this.context.state.resizeTable(table, rect);
    });
  }
  delete(): void {
    this.context.enqueue(() => this.context.state.deleteTable(this.target()));
  }
}

/** A collection whose items are found at sync; `items` after load('items/...') + sync. */
abstract class FakeCollection<Item> extends FakeObject<Item[]> {
  protected abstract wrap(item: Item): FakeObject<unknown>;
  protected read(items: Item[], property: string): unknown {
    if (property === 'items') return items.map((item) => this.wrap(item));
    if (property === 'count') return items.length;
    return unknownProperty(property);
  }
  get items() {
    return this.loaded<FakeObject<unknown>[]>('items');
  }
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeRequestContext,
    locate: () => FakeTable[],
    private readonly sheetOf?: () => FakeSheet,
  ) {
    super(context, locate);
  }
  protected wrap(table: FakeTable) {
    return new FakeTableProxy(this.context, () => (this.context.state.tables.includes(table) ? table : null));
  }
  override get items() {
    return this.loaded<FakeTableProxy[]>('items');
  }
  add(address: string, _hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | null = null;
    this.context.enqueue(() => {
      const base = this.sheetOf ? this.sheetOf() : this.context.state.activeSheet;
      const { sheet, rect } = this.context.state.resolveAddress(base, address);
      created = this.context.state.addTable(sheet, rect);
    });
    return new FakeTableProxy(this.context, () => created);
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => {
      const table = this.context.state.table(name);
      if (!table) throw new FakeOfficeError('ItemNotFound', 'Das angeforderte Element ist nicht vorhanden.');
      return table;
    });
  }
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => this.context.state.table(name) ?? null);
  }
}

/** A chart's settable text (title, axis titles): written at sync. */
function textSetter(context: FakeRequestContext, chart: () => FakeChart, apply: (chart: FakeChart, text: string) => void) {
  return {
    set text(text: string) {
      context.enqueue(() => apply(chart(), text));
    },
  };
}

export class FakeChartProxy extends FakeObject<FakeChart> {
  private seriesProxy: FakeSeriesCollection | null = null;
  protected read(chart: FakeChart, property: string): unknown {
    if (property === 'name') return chart.name;
    if (property === 'id') return chart.id;
    if (property === 'series') return this.series;
    return unknownProperty(property);
  }
  get id(): string {
    return this.loaded('id');
  }
  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.context.enqueue(() => this.context.state.renameChart(this.target(), name));
  }
  set width(points: number) {
    this.context.enqueue(() => void (this.target().width = points));
  }
  set height(points: number) {
    this.context.enqueue(() => void (this.target().height = points));
  }
  get title() {
    return textSetter(
      this.context,
      () => this.target(),
      (chart, text) => (chart.title = text),
    );
  }
  get axes() {
    return {
      categoryAxis: {
        title: textSetter(
          this.context,
          () => this.target(),
          (chart, text) => (chart.categoryAxisTitle = text),
        ),
      },
      valueAxis: {
        title: textSetter(
          this.context,
          () => this.target(),
          (chart, text) => (chart.valueAxisTitle = text),
        ),
      },
    };
  }
  get legend() {
    const context = this.context;
    const chart = () => this.target();
    return {
      set position(position: string) {
        context.enqueue(() => void (chart().legendPosition = position));
      },
    };
  }
  get series(): FakeSeriesCollection {
    this.seriesProxy ??= new FakeSeriesCollection(
      this.context,
      () => this.locate()?.series.map((_, index) => index) ?? null,
      () => this.target(),
    );
    return this.seriesProxy;
  }
  setPosition(startCell: string): void {
    this.context.enqueue(() => {
      const chart = this.target();
      chart.position = this.context.state.resolveAddress(chart.sheet, startCell).rect;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const chart = this.target();
      this.context.state.assertEditable(chart.sheet);
      this.context.state.charts = this.context.state.charts.filter((item) => item !== chart);
    });
  }
}

export class FakeSeriesProxy {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: () => FakeChart,
    private readonly index: number,
  ) {}
  private series() {
    const series = this.chart().series[this.index];
    if (!series) throw new FakeOfficeError('ItemNotFound', 'Das angeforderte Element ist nicht vorhanden.');
    return series;
  }
  private onChartSheet(range: FakeRange) {
    const { sheet, rect } = range.located();
    if (sheet !== this.chart().sheet) throw new Error('the fake models series on the chart’s own sheet only');
    return rect;
  }
  setValues(range: FakeRange): void {
    this.context.enqueue(() => void (this.series().values = this.onChartSheet(range)));
  }
  setXAxisValues(range: FakeRange): void {
    this.context.enqueue(() => void (this.series().categories = this.onChartSheet(range)));
  }
}

export class FakeSeriesCollection extends FakeObject<number[]> {
  constructor(
    context: FakeRequestContext,
    locate: () => number[] | null,
    private readonly chart: () => FakeChart,
  ) {
    super(context, locate);
  }
  protected read(indexes: number[], property: string): unknown {
    if (property === 'count') return indexes.length;
    return unknownProperty(property);
  }
  get count(): number {
    return this.loaded('count');
  }
  getItemAt(index: number): FakeSeriesProxy {
    return new FakeSeriesProxy(this.context, this.chart, index);
  }
}

export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(
    context: FakeRequestContext,
    locate: () => FakeChart[],
    private readonly sheetOf: () => FakeSheet,
  ) {
    super(context, locate);
  }
  protected wrap(chart: FakeChart) {
    return new FakeChartProxy(this.context, () => (this.context.state.charts.includes(chart) ? chart : null));
  }
  override get items() {
    return this.loaded<FakeChartProxy[]>('items');
  }
  add(type: string, source: FakeRange, seriesBy: string): FakeChartProxy {
    let created: FakeChart | null = null;
    this.context.enqueue(() => {
      const { sheet, rect } = source.located();
      if (sheet !== this.sheetOf()) throw new Error('the fake models charts of their own sheet only');
      created = this.context.state.addChart(sheet, type, rect, seriesBy);
    });
    return new FakeChartProxy(this.context, () => created);
  }
  getItemOrNullObject(name: string): FakeChartProxy {
    return new FakeChartProxy(this.context, () => this.context.state.chart(this.sheetOf(), name) ?? null);
  }
}

class FakeNamed extends FakeObject<string> {
  protected read(name: string, property: string): unknown {
    if (property === 'name') return name;
    return unknownProperty(property);
  }
  get name(): string {
    return this.loaded('name');
  }
}

/** Named things the fake only lists: PivotTables, defined names. */
export class FakeNamedCollection extends FakeCollection<string> {
  protected wrap(name: string) {
    return new FakeNamed(this.context, () => name);
  }
  override get items() {
    return this.loaded<FakeNamed[]>('items');
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeSheet> {
  protected wrap(sheet: FakeSheet) {
    return new FakeWorksheet(this.context, () => (this.context.state.sheets.includes(sheet) ? sheet : null));
  }
  override get items() {
    return this.loaded<FakeWorksheet[]>('items');
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue(() => {
      created = this.context.state.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => created);
  }
  /** The sheet the user is on (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getactiveworksheet-member(1)). */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.activeSheet);
  }
  /** By name or id (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)). */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.sheet(key));
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.sheets.find((sheet) => sheet.id === key || sheet.name.toLocaleUpperCase() === key.toLocaleUpperCase()) ?? null);
  }
}

type SettingEntry = { key: string; value: unknown };

export class FakeSetting extends FakeObject<SettingEntry> {
  protected read(entry: SettingEntry, property: string): unknown {
    if (property === 'key') return entry.key;
    if (property === 'value') return entry.value;
    return unknownProperty(property);
  }
  get key(): string {
    return this.loaded('key');
  }
  get value(): unknown {
    return this.loaded('value');
  }
  delete(): void {
    this.context.enqueue(() => this.context.state.settings.delete(this.target().key));
  }
}

export class FakeSettingCollection extends FakeCollection<SettingEntry> {
  protected wrap(entry: SettingEntry) {
    return new FakeSetting(this.context, () => entry);
  }
  override get items() {
    return this.loaded<FakeSetting[]>('items');
  }
  add(key: string, value: unknown): FakeSetting {
    this.context.enqueue(() => {
      // Settings hold JSON: what is stored is what JSON can carry.
      this.context.state.settings.set(key, JSON.parse(JSON.stringify(value)));
    }, gridBytes(value));
    return this.getItemOrNullObject(key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.state.settings.has(key) ? { key, value: this.context.state.settings.get(key) } : null));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      if (!this.context.state.settings.has(key)) throw new FakeOfficeError('ItemNotFound', 'Das angeforderte Element ist nicht vorhanden.');
      return { key, value: this.context.state.settings.get(key) };
    });
  }
}

export class FakeWorkbook {
  constructor(private readonly context: FakeRequestContext) {}
  get worksheets() {
    return new FakeWorksheetCollection(this.context, () => this.context.state.sheets);
  }
  get tables() {
    return new FakeTableCollection(this.context, () => this.context.state.tables);
  }
  get names() {
    return new FakeNamedCollection(this.context, () => this.context.state.definedNames);
  }
  get settings() {
    return new FakeSettingCollection(this.context, () => [...this.context.state.settings].map(([key, value]) => ({ key, value })));
  }
  get protection() {
    return new FakeProtection(this.context, () => ({ protected: this.context.state.workbookProtected }));
  }
  getSelectedRanges(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => ({ sheet: this.context.state.selection.sheet, areas: this.context.state.selection.areas }));
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, areas } = this.context.state.selection;
      if (areas.length !== 1) throw new FakeOfficeError('InvalidSelection', 'Dieser Vorgang ist bei mehreren Auswahlbereichen nicht möglich.');
      return { sheet, rect: areas[0]! };
    });
  }
}
