// The thin Office.js layer: executes what the pure modules planned (plan.ts, ownership.ts,
// fingerprint.ts, refusals.ts). An insert is two round trips, the pane's list included: one reads
// everything the checks need, one writes (more only when a table exceeds the host's request size).
// A refresh, with its chart, is two as well. It never writes over a cell, table, PivotTable or
// merged area that is not the add-in's own, proves ownership by Table.id, and undoes by id.
import { fitsOnSheet, parseAddress, parseAddressList, rectAddress, sheetAddress, type Rect } from './addresses';
import { cardCells, supportsCards, type CardPlan } from './cards';
import { batchBlocks, BATCH_BUDGET_BYTES } from './chunks';
import { compareFingerprint } from './fingerprint';
import { requirementText, supports, type Feature } from './features';
import { uniqueSheetName, uniqueTableName } from './names';
import { resolveOwnership, tableAtRecord, verifyCandidate, type BoundIds, type InsertedTable, type Ownership } from './ownership';
import { cellBlocks, chartName, chartRanges, placePlan, recordFor, type CellBlock, type ChartPlan, type Placement, type TablePlan } from './plan';
import { encodeRecord, newNonce, recordKey, type InsertRecord } from './record';
import { cellAddress, findScoCells, planConversion, shownOf, type ConversionPlan, type ConvertScope, type ReadGrid } from './share-safe';
import { assessTarget, errorCode, refusalOfError, type Refusal, type TargetFacts } from './refusals';

export type { InsertedTable } from './ownership';

/** Excel.run and the requirement-set check, injectable so tests can pass a fake host. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** What the adapter keeps between calls while the pane is open. */
export interface Session {
  /** Ids Excel gave this session's inserts, read back in their own write: by record nonce. */
  known: Map<string, BoundIds>;
  /** What one write request may carry; halved whenever the host rejects a request as too large. */
  budgetBytes: number;
  nonce: () => string;
}

export function newSession(nonce: () => string = () => newNonce()): Session {
  return { known: new Map(), budgetBytes: BATCH_BUDGET_BYTES, nonce };
}

/** What the pane shows of the workbook, read in the same round trips as the operation. */
export interface WorkbookView {
  tables: InsertedTable[];
  sheets: string[];
}

export type InsertTarget = 'newSheet' | 'selection';

export type Outcome = ({ ok: true; table: string; tableId: string; sheet: string; address: string } | { ok: false; refusal: Refusal }) & {
  /** The workbook after the operation, when it got as far as reading it. */
  view?: WorkbookView;
};

const refuse = (refusal: Refusal, view?: WorkbookView): Outcome => (view ? { ok: false, refusal, view } : { ok: false, refusal });
const names = (collection: { items: { name: string }[] }) => collection.items.map((item) => item.name);
const unsupported = (feature: Feature): Outcome => refuse({ code: 'unsupported', feature, requirement: requirementText(feature) });

/** Our undo failed too: the user must learn what is left, not be told all is well. */
class UndoFailed extends Error {
  constructor(readonly remains: string) {
    super(`the undo failed; left: ${remains}`);
  }
}

async function guarded(run: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await run();
  } catch (error) {
    return refuse(refusalOfError(error));
  }
}

export async function insertTable(host: ExcelHost, session: Session, plan: TablePlan, target: InsertTarget): Promise<Outcome> {
  if (plan.body.length === 0) return refuse({ code: 'noRows' });
  const feature: Feature = target === 'selection' ? 'selection' : plan.chart ? 'chart' : 'newSheet';
  if (!supports(host.isSetSupported, feature)) return unsupported(feature);
  if (!supports(host.isSetSupported, 'newSheet')) return unsupported('newSheet');
  return guarded(() => host.run((context) => (target === 'newSheet' ? insertOnNewSheet(context, session, plan) : insertAtSelection(context, session, plan))));
}

/** The settings, the tables by id and the sheet names: one round trip's worth of what the pane lists. */
function queueWorkbookRead(context: Excel.RequestContext) {
  const settings = context.workbook.settings.load('items/key,items/value');
  const tables = context.workbook.tables.load('items/id,items/name');
  const sheets = context.workbook.worksheets.load('items/id,items/name');
  return (known: Session['known']) => {
    const tableList = tables.items.map((table) => ({ id: table.id, name: table.name }));
    const ownership = resolveOwnership(
      settings.items.map((setting) => ({ key: setting.key, value: setting.value })),
      tableList,
      known,
    );
    return { ownership, tables: tableList, sheets: names(sheets), sheetIds: sheets.items.map((sheet) => sheet.id) };
  };
}

/** Stores records again with their table's id, and deletes those whose table is gone. */
function queueHousekeeping(context: Excel.RequestContext, ownership: Ownership, except?: string): void {
  for (const { key, record } of ownership.bind) if (key !== except) context.workbook.settings.add(key, encodeRecord(record));
  for (const key of ownership.prune) context.workbook.settings.getItem(key).delete();
}

function viewAfter(ownership: Ownership, sheets: string[], added?: InsertedTable, replaced?: InsertedTable): WorkbookView {
  const tables = ownership.owned.filter((entry) => entry.key !== replaced?.key);
  if (added) tables.push(added);
  if (replaced) tables.push(replaced);
  tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { tables, sheets };
}

/** Syncs a batch that ends by adding a sheet: a protected workbook structure refuses the new sheet. */
async function syncAddingSheet(context: Excel.RequestContext): Promise<Outcome | null> {
  try {
    await context.sync();
    return null;
  } catch (error) {
    if (errorCode(error) === 'AccessDenied') return refuse({ code: 'protected', sheet: '' });
    throw error;
  }
}

async function insertOnNewSheet(context: Excel.RequestContext, session: Session, plan: TablePlan): Promise<Outcome> {
  const workbook = context.workbook;
  const read = queueWorkbookRead(context);
  const definedNames = workbook.names.load('items/name');
  // Added last, so that when anything before it fails no sheet was made. Excel names it; it gets
  // its own name in the write. Its id is what the undo deletes, never a name.
  const sheet = workbook.worksheets.add().load('id,name');
  const refused = await syncAddingSheet(context);
  if (refused) return refused;
  const { ownership, tables, sheets } = read(session.known);
  const sheetName = uniqueSheetName(plan.sheetTitle, sheets);
  const tableName = uniqueTableName(plan.template, [...tables.map((table) => table.name), ...names(definedNames)]);
  const placement = placePlan(plan, { row: 0, column: 0 });
  const nonce = session.nonce();
  const record = recordFor(plan, placement.table, { nonce, name: tableName, tableId: null, sheetId: sheet.id });
  const first = () => {
    sheet.name = sheetName;
    // The template's widths, on this new sheet only (autofit would size column A to the caption).
    plan.columnWidths.forEach((points, column) => {
      sheet.getRange(rectAddress({ row: 0, column, rows: 1, columns: 1 })).format.columnWidth = points;
    });
  };
  const undo = async () => {
    let left = sheet.name;
    try {
      const named = workbook.worksheets.getItem(sheet.id).load('name');
      const setting = workbook.settings.getItemOrNullObject(recordKey(nonce)).load('key');
      await context.sync();
      left = named.name;
      if (!setting.isNullObject) setting.delete();
      workbook.worksheets.getItem(sheet.id).delete();
      await context.sync();
    } catch {
      throw new UndoFailed(sheetAddress(left, placement.footprint));
    }
  };
  return writePlan(context, session, { sheet, sheetName, plan, placement, tableName, record, ownership, sheets, newSheet: true, first }, undo);
}

async function insertAtSelection(context: Excel.RequestContext, session: Session, plan: TablePlan): Promise<Outcome> {
  const workbook = context.workbook;
  const read = queueWorkbookRead(context);
  const areas = workbook.getSelectedRanges().load('areaCount');
  const anchor = areas.areas.getItemAt(0).getCell(0, 0).load('rowIndex,columnIndex');
  const sheet = anchor.worksheet.load('id,name');
  const protection = sheet.protection.load('protected');
  const footprint = anchor.getResizedRange(plan.rows - 1, plan.columns - 1);
  const probe = probeRange(footprint, sheet.getRange('A1').getBoundingRect(footprint));
  // The empty cells' number formats, which a failed write must give back.
  const formats = footprint.load('numberFormat');
  const anchorTables = anchor.getTables(false).load('items/name');
  const definedNames = workbook.names.load('items/name');
  try {
    await context.sync();
  } catch (error) {
    // Resizing past the last row or column of the sheet is an invalid argument.
    if (errorCode(error) === 'InvalidArgument') return refuse({ code: 'doesNotFit', address: '' });
    throw error;
  }
  const { ownership, tables, sheets } = read(session.known);
  const view = viewAfter(ownership, sheets);
  const placement = placePlan(plan, { row: anchor.rowIndex, column: anchor.columnIndex });
  const refusal = assessTarget({
    ...probe.facts(),
    areaCount: areas.areaCount,
    sheet: sheet.name,
    sheetProtected: protection.protected,
    anchorTables: names(anchorTables),
    footprint: placement.footprint,
  });
  if (refusal) return refuse(refusal, view);
  const tableName = uniqueTableName(plan.template, [...tables.map((table) => table.name), ...names(definedNames)]);
  const nonce = session.nonce();
  const record = recordFor(plan, placement.table, { nonce, name: tableName, tableId: null, sheetId: sheet.id });
  const before = new Set(tables.map((table) => table.id));
  const undo = () => undoWrite(context, { sheet, footprint: placement.footprint, tablesBefore: before, key: recordKey(nonce), numberFormat: formats.numberFormat });
  return writePlan(context, session, { sheet, sheetName: sheet.name, plan, placement, tableName, record, ownership, sheets, newSheet: false }, undo);
}

interface Write {
  sheet: Excel.Worksheet;
  sheetName: string;
  plan: TablePlan;
  placement: Placement;
  tableName: string;
  record: InsertRecord;
  ownership: Ownership;
  /** The sheet names before the write. */
  sheets: string[];
  newSheet: boolean;
  /** Queued with the first request of cells. */
  first?: () => void;
}

/** Writes the cells, then makes the table, its chart and its record in the last batch; on failure `undo` takes it all back. */
async function writePlan(context: Excel.RequestContext, session: Session, write: Write, undo: () => Promise<void>): Promise<Outcome> {
  const { sheet, plan, placement, tableName, record, ownership } = write;
  let made: { table: Excel.Table; chart: Excel.Chart | null } | null = null;
  try {
    await writeBlocks(context, session, sheet, cellBlocks(plan, placement), {
      first: write.first,
      last: () => {
        const table = sheet.tables.add(rectAddress(placement.table), true);
        table.name = tableName;
        table.style = plan.style;
        const chart = plan.chart ? addChart(sheet, plan.chart, placement, tableName) : null;
        context.workbook.settings.add(recordKey(record.nonce), encodeRecord(record));
        queueHousekeeping(context, ownership);
        sheet.activate();
        table.load('id');
        chart?.load('id');
        made = { table, chart };
      },
    });
  } catch (error) {
    try {
      await undo();
    } catch (undoError) {
      const remains = undoError instanceof UndoFailed ? undoError.remains : sheetAddress(write.sheetName, placement.footprint);
      return refuse({ code: 'undoFailed', errorCode: errorCode(error) ?? 'Unknown', remains }, viewAfter(ownership, write.sheets));
    }
    return refuse(refusalOfError(error), viewAfter(ownership, write.sheets));
  }
  const { table, chart } = made!;
  const ids: BoundIds = { tableId: table.id, chartId: chart?.id ?? null };
  session.known.set(record.nonce, ids);
  const added: InsertedTable = { id: ids.tableId, name: tableName, key: recordKey(record.nonce), record: { ...record, tableId: ids.tableId, ...(plan.chart ? { chartId: ids.chartId } : {}) } };
  return {
    ok: true,
    table: tableName,
    tableId: ids.tableId,
    sheet: write.sheetName,
    address: rectAddress(placement.table),
    view: viewAfter(ownership, write.newSheet ? [...write.sheets, write.sheetName] : write.sheets, added),
  };
}

interface Inserted {
  sheet: Excel.Worksheet;
  footprint: Rect;
  /** Table ids present before the write: a table over the footprint with another id is this run's. */
  tablesBefore: Set<string>;
  key: string;
  numberFormat: unknown[][];
}

/**
 * Removes a half-written insert at the selection: the tables this run made (by id: those over the
 * footprint that were not in the workbook before), its record, and what was written in the cells,
 * which were empty: their number formats go back to what they were.
 */
async function undoWrite(context: Excel.RequestContext, inserted: Inserted): Promise<void> {
  const { sheet, footprint } = inserted;
  try {
    const range = sheet.getRange(rectAddress(footprint));
    const tables = range.getTables(false).load('items/id');
    const setting = context.workbook.settings.getItemOrNullObject(inserted.key).load('key');
    await context.sync();
    for (const table of tables.items) if (!inserted.tablesBefore.has(table.id)) table.delete();
    if (!setting.isNullObject) setting.delete();
    range.clear('Contents');
    range.numberFormat = inserted.numberFormat;
    await context.sync();
  } catch {
    throw new UndoFailed(sheetAddress(sheet.name, footprint));
  }
}

/**
 * Re-fills a table the add-in inserted, with the same options, in place. The Excel table itself is
 * kept, so formulas, PivotTables, sorting and filters that refer to it keep working: it is resized
 * to the new rows and written over. Two round trips, the chart included: one reads the table, the
 * rows it would grow into and the chart; one writes. It refuses a table that is not provably its
 * own (by id), or whose cells, rows or columns the user changed (the pane then offers a fresh copy
 * on a new sheet); it rewrites the caption only while it still reads as written, and puts the old
 * cells back when the write fails.
 */
export async function refreshTable(host: ExcelHost, session: Session, entry: InsertedTable, plan: TablePlan): Promise<Outcome> {
  if (plan.body.length === 0) return refuse({ code: 'noRows' });
  if (!supports(host.isSetSupported, 'refresh')) return unsupported('refresh');
  return guarded(() => host.run((context) => refreshIn(context, session, entry, plan)));
}

async function refreshIn(context: Excel.RequestContext, session: Session, entry: InsertedTable, plan: TablePlan): Promise<Outcome> {
  const workbook = context.workbook;
  const read = queueWorkbookRead(context);
  const table = workbook.tables.getItem(entry.id).load('id,name');
  const tableRange = table.getRange().load('address,formulas,numberFormat');
  const sheet = table.worksheet.load('id,name');
  const protection = sheet.protection.load('protected');
  // Where the record says the table is; if it is elsewhere now, the checks below refuse anyway.
  const written = parseAddress(entry.record.fingerprint.address);
  const captionRows = entry.record.caption.length;
  const captionRect = captionRows > 0 && written.row >= captionRows ? { row: written.row - captionRows, column: written.column, rows: captionRows, columns: 1 } : null;
  const caption = captionRect && sheet.getRange(rectAddress(captionRect)).load('formulas');
  const wanted: Rect = { ...written, rows: plan.body.length + 1 };
  const growth = wanted.rows > written.rows ? { row: written.row + written.rows, column: written.column, rows: wanted.rows - written.rows, columns: written.columns } : null;
  if (growth && !fitsOnSheet(growth)) return refuse({ code: 'doesNotFit', address: '' });
  const growthRange = growth && sheet.getRange(rectAddress(growth));
  const probe = growthRange && probeRange(growthRange, sheet.getRange('A1').getBoundingRect(growthRange));
  const charts = plan.chart && entry.record.chartId ? sheet.charts.load('items/id,items/series/count') : null;
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === 'ItemNotFound') return refuse({ code: 'tableMissing', table: entry.name });
    throw error;
  }
  const { ownership, sheets } = read(session.known);
  const view = viewAfter(ownership, sheets);
  const own = ownership.owned.find((owned) => owned.id === table.id);
  if (own === undefined) return refuse({ code: 'notRecorded', table: table.name }, view);
  const record = own.record;
  const current = parseAddress(tableRange.address);
  const here = (address: string) => sheetAddress(sheet.name, parseAddress(address));
  if (record.fingerprint.address !== entry.record.fingerprint.address) {
    // Refreshed elsewhere since the pane read its list: the reads above were planned for the old place.
    return refuse({ code: 'tableResized', table: table.name, was: here(entry.record.fingerprint.address), now: here(record.fingerprint.address) }, view);
  }
  if (protection.protected) return refuse({ code: 'protected', sheet: sheet.name }, view);
  const difference = compareFingerprint(record.fingerprint, current, tableRange.formulas);
  if (difference?.kind === 'resized') return refuse({ code: 'tableResized', table: table.name, was: here(difference.was), now: here(difference.now) }, view);
  if (difference?.kind === 'edited') return refuse({ code: 'userEdited', table: table.name, address: here(difference.address) }, view);
  if (growth && probe) {
    const refusal = assessTarget({ ...probe.facts(), areaCount: 1, sheet: sheet.name, sheetProtected: false, anchorTables: [], footprint: growth });
    if (refusal) return refuse(refusal, view);
  }
  const ownCaption = caption !== null && record.caption.length === captionRows && caption.formulas.every((row, index) => row[0] === record.caption[index]);
  const placement = placePlan(plan, { row: current.row - plan.caption.length, column: current.column });
  const [captionBlock, ...tableBlocks] = cellBlocks(plan, placement);
  const blocks = ownCaption && captionBlock ? [captionBlock, ...tableBlocks] : tableBlocks;
  const next = recordFor(plan, wanted, { nonce: record.nonce, name: table.name, tableId: table.id, sheetId: sheet.id, chartId: record.chartId ?? null }, ownCaption ? plan.caption : []);
  const chart = charts?.items.find((item) => item.id === record.chartId);
  try {
    const first = () => {
      if (wanted.rows !== current.rows) table.resize(sheet.getRange(rectAddress(wanted)));
      // Rows the table no longer needs were its own: emptied.
      if (wanted.rows < current.rows) sheet.getRange(rectAddress({ ...current, row: wanted.row + wanted.rows, rows: current.rows - wanted.rows })).clear();
    };
    await writeBlocks(context, session, sheet, blocks, {
      first,
      last: () => {
        workbook.settings.add(own.key, encodeRecord(next));
        queueHousekeeping(context, ownership, own.key);
        // The chart is left as the user may have styled it, only pointed at the new cells; one the
        // user removed series from keeps what it has.
        if (plan.chart && chart && chart.series.count === plan.chart.seriesColumns.length) pointSeriesAt(sheet, chart, plan.chart, chartRanges(plan.chart, placement.table));
      },
    });
  } catch (error) {
    try {
      await restore(context, session, sheet, table, {
        cells: { rect: current, values: tableRange.formulas, numberFormat: tableRange.numberFormat },
        caption: ownCaption && captionRect && caption ? { rect: captionRect, values: caption.formulas } : null,
        growth,
      });
    } catch {
      const reach = growth ? { ...current, rows: current.rows + growth.rows } : current;
      return refuse({ code: 'undoFailed', errorCode: errorCode(error) ?? 'Unknown', remains: sheetAddress(sheet.name, reach) }, view);
    }
    return refuse(refusalOfError(error), view);
  }
  const refreshed: InsertedTable = { id: table.id, name: table.name, key: own.key, record: next };
  return { ok: true, table: table.name, tableId: table.id, sheet: sheet.name, address: rectAddress(wanted), view: viewAfter(ownership, sheets, undefined, refreshed) };
}

interface Earlier {
  /** The table's cells (header and body) as they were. */
  cells: { rect: Rect; values: unknown[][]; numberFormat: unknown[][] };
  /** The caption, when the refresh was rewriting it. */
  caption: { rect: Rect; values: unknown[][] } | null;
  /** The rows the table grew into, which were empty. */
  growth: Rect | null;
}

/** After a failed refresh: the table back at its old size, its old cells and caption, the rows it grew into empty. */
async function restore(context: Excel.RequestContext, session: Session, sheet: Excel.Worksheet, table: Excel.Table, earlier: Earlier): Promise<void> {
  const first = () => {
    table.resize(sheet.getRange(rectAddress(earlier.cells.rect)));
    if (earlier.growth) sheet.getRange(rectAddress(earlier.growth)).clear();
  };
  const blocks: CellBlock[] = [{ rect: earlier.cells.rect, values: earlier.cells.values as CellBlock['values'], numberFormat: earlier.cells.numberFormat as string[][] }];
  if (earlier.caption) blocks.push({ rect: earlier.caption.rect, values: earlier.caption.values as CellBlock['values'], numberFormat: earlier.caption.values.map(() => ['@']) });
  await writeBlocks(context, session, sheet, blocks, { first }, 'formulas');
}

/**
 * The tables this add-in inserted that are still in the workbook, and the sheet names. One round
 * trip, plus (only after the pane was reopened) one to check tables whose records were written
 * before their id was known, and one to store what it learned and prune records of tables gone.
 */
export async function listInsertedTables(host: ExcelHost, session: Session): Promise<WorkbookView> {
  return host.run(async (context) => {
    const read = queueWorkbookRead(context);
    await context.sync();
    const { ownership, tables, sheets, sheetIds } = read(session.known);
    const checkable = ownership.candidates.filter((candidate) => candidate.record.sheetId !== null && sheetIds.includes(candidate.record.sheetId));
    if (checkable.length > 0) {
      const places = tables.map((table) => {
        const item = context.workbook.tables.getItem(table.id);
        return { table, range: item.getRange().load('address'), worksheet: item.worksheet.load('id') };
      });
      const checks = checkable.map((candidate) => {
        const sheet = context.workbook.worksheets.getItem(candidate.record.sheetId!);
        return {
          candidate,
          cells: sheet.getRange(candidate.record.fingerprint.address).load('formulas'),
          charts: candidate.record.chart ? sheet.charts.load('items/id,items/name') : null,
        };
      });
      await context.sync();
      const placed = places.map((place) => ({ table: place.table, sheetId: place.worksheet.id, address: place.range.address }));
      for (const { candidate, cells, charts } of checks) {
        const at = tableAtRecord(candidate.record, placed);
        if (at === undefined) {
          // No table where it was written: it is gone (or was moved before the add-in knew its id).
          ownership.prune.push(candidate.key);
          continue;
        }
        if (!verifyCandidate(candidate.record, { ...at, formulas: cells.formulas })) continue;
        const chart = charts?.items.find((item) => item.name === chartName(candidate.record.name));
        const record: InsertRecord = { ...candidate.record, tableId: at.table.id, ...(candidate.record.chart ? { chartId: chart?.id ?? null } : {}) };
        ownership.bind.push({ key: candidate.key, record });
        ownership.owned.push({ id: at.table.id, name: at.table.name, key: candidate.key, record });
      }
    }
    for (const candidate of ownership.candidates) if (candidate.record.sheetId !== null && !sheetIds.includes(candidate.record.sheetId)) ownership.prune.push(candidate.key);
    if (ownership.bind.length + ownership.prune.length > 0) {
      queueHousekeeping(context, ownership);
      await context.sync();
    }
    return viewAfter(ownership, sheets);
  });
}

/** Queues the loads that tell whether a range is free; read `facts()` after the sync. `mergeScope` runs from A1 to the range's far corner. */
function probeRange(range: Excel.Range, mergeScope: Excel.Range) {
  const used = range.getUsedRangeOrNullObject(true).load('address');
  const tables = range.getTables(false).load('items/name');
  const pivotTables = range.getPivotTables(false).load('items/name');
  const merged = mergeScope.getMergedAreasOrNullObject().load('address');
  return {
    facts: () => ({
      usedAddress: used.isNullObject ? null : used.address,
      tables: names(tables),
      pivotTables: names(pivotTables),
      mergedAddress: merged.isNullObject ? null : merged.address,
    }),
  } satisfies { facts: () => Pick<TargetFacts, 'usedAddress' | 'tables' | 'pivotTables' | 'mergedAddress'> };
}

/** The smallest request budget worth trying: below it a request that is too large is an error of its own. */
const MIN_BUDGET_BYTES = 2 * 1024;

/** What goes with the cells: `first` into the first request, `last` into the last (both again when a request must be resent). */
interface BatchWork {
  first?: () => void;
  last?: () => void;
}

/**
 * Writes blocks of cells batch by batch, each batch one request within the session's budget
 * (formats before values, so text stays text). When the host rejects a request as too large
 * (RequestPayloadSizeLimitExceeded: nothing of it was applied, and nothing queued survives it), the
 * budget is halved and that batch, with its share of the other work, is split and sent again.
 */
async function writeBlocks(context: Excel.RequestContext, session: Session, sheet: Excel.Worksheet, blocks: CellBlock[], work: BatchWork, property: 'values' | 'formulas' = 'values'): Promise<void> {
  let pending = batchBlocks(blocks, session.budgetBytes);
  let started = false;
  while (pending.length > 0) {
    const [batch, ...rest] = pending as [CellBlock[], ...CellBlock[][]];
    if (!started) work.first?.();
    for (const block of batch) {
      const range = sheet.getRange(rectAddress(block.rect));
      range.numberFormat = block.numberFormat;
      range[property] = block.values;
    }
    if (rest.length === 0) work.last?.();
    try {
      await context.sync();
      started = true;
    } catch (error) {
      const smaller = Math.floor(session.budgetBytes / 2);
      if (errorCode(error) !== 'RequestPayloadSizeLimitExceeded' || smaller < MIN_BUDGET_BYTES) throw error;
      session.budgetBytes = smaller;
      pending = [...batchBlocks(batch, smaller), ...rest];
      continue;
    }
    pending = rest;
  }
}

/** Queues a native chart of the table, to the right of it, with its categories along the axis. */
function addChart(sheet: Excel.Worksheet, plan: ChartPlan, placement: Placement, tableName: string): Excel.Chart {
  const ranges = chartRanges(plan, placement.table);
  const chart = sheet.charts.add(plan.type, sheet.getRange(rectAddress(ranges.series)), 'Columns');
  chart.name = chartName(tableName);
  chart.title.text = plan.title;
  chart.axes.categoryAxis.title.text = plan.categoryAxis;
  chart.axes.valueAxis.title.text = plan.valueAxis;
  chart.legend.position = 'Bottom';
  pointSeriesAt(sheet, chart, plan, ranges);
  const { footprint } = placement;
  chart.setPosition(rectAddress({ row: footprint.row, column: footprint.column + footprint.columns + 1, rows: 1, columns: 1 }));
  chart.width = plan.width;
  chart.height = plan.height;
  return chart;
}

/** Every series takes its values from its column and its categories from the category column. */
function pointSeriesAt(sheet: Excel.Worksheet, chart: Excel.Chart, plan: ChartPlan, ranges: ReturnType<typeof chartRanges>): void {
  const categories = sheet.getRange(rectAddress(ranges.categories));
  plan.seriesColumns.forEach((_, index) => {
    const series = chart.series.getItemAt(index);
    series.setValues(sheet.getRange(rectAddress({ ...ranges.series, row: ranges.series.row + 1, rows: ranges.series.rows - 1, column: ranges.series.column + index, columns: 1 })));
    series.setXAxisValues(categories);
  });
}

/** A card insert's outcome: `asCards` false when the host lacked entity values and the plain table was inserted (its `table` then names it); `count` the cards written. */
export type CardOutcome = Outcome & { asCards: boolean; count?: number };

/**
 * Inserts a column of cards (a header cell, then one entity value per row) where the user chose:
 * on a new sheet, or at the selection after the same checks as a table (never over a user's cells,
 * tables, PivotTables or merged areas). On a host without ExcelApi 1.16 it inserts `fallback`, the
 * same facts as a plain table. Two round trips: one reads what the checks need, one writes; a
 * failed write is taken back (the new sheet, by id; or the cells at the selection, which were empty).
 * Cards are plain entity values: no record, nothing to refresh, nothing the workbook needs the add-in for.
 */
export async function insertCards(host: ExcelHost, session: Session, plan: CardPlan, fallback: TablePlan, target: InsertTarget): Promise<CardOutcome> {
  if (!supportsCards(host.isSetSupported)) return { ...(await insertTable(host, session, fallback, target)), asCards: false };
  if (plan.cards.length === 0) return { ...refuse({ code: 'noRows' }), asCards: true };
  const feature: Feature = target === 'selection' ? 'selection' : 'newSheet';
  if (!supports(host.isSetSupported, feature)) return { ...unsupported(feature), asCards: true };
  const cells = cardCells(plan);
  const outcome = await guarded(() => host.run((context) => (target === 'newSheet' ? cardsOnNewSheet(context, plan, cells) : cardsAtSelection(context, cells))));
  return outcome.ok ? { ...outcome, asCards: true, count: plan.cards.length } : { ...outcome, asCards: true };
}

/** Width of the cards' column, in points: room for a state's or a summit's name and the icon. */
const CARD_COLUMN_POINTS = 160;

async function cardsOnNewSheet(context: Excel.RequestContext, plan: CardPlan, cells: Excel.CellValue[][]): Promise<Outcome> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name');
  const sheet = workbook.worksheets.add().load('id,name');
  const refused = await syncAddingSheet(context);
  if (refused) return refused;
  const rect: Rect = { row: 0, column: 0, rows: cells.length, columns: 1 };
  const sheetName = uniqueSheetName(
    plan.sheetTitle,
    names(sheets).filter((name) => name !== sheet.name),
  );
  try {
    sheet.name = sheetName;
    sheet.getRange(rectAddress({ ...rect, rows: 1 })).format.columnWidth = CARD_COLUMN_POINTS;
    sheet.getRange(rectAddress(rect)).valuesAsJson = cells;
    await context.sync();
  } catch (error) {
    try {
      // The sheet is this run's own, by id: nothing of the user's is on it.
      workbook.worksheets.getItem(sheet.id).delete();
      await context.sync();
    } catch {
      return refuse({ code: 'undoFailed', errorCode: errorCode(error) ?? 'Unknown', remains: sheetAddress(sheet.name, rect) });
    }
    return refuse(refusalOfError(error));
  }
  return { ok: true, table: '', tableId: '', sheet: sheetName, address: rectAddress(rect) };
}

async function cardsAtSelection(context: Excel.RequestContext, cells: Excel.CellValue[][]): Promise<Outcome> {
  const workbook = context.workbook;
  const areas = workbook.getSelectedRanges().load('areaCount');
  const anchor = areas.areas.getItemAt(0).getCell(0, 0).load('rowIndex,columnIndex');
  const sheet = anchor.worksheet.load('id,name');
  const protection = sheet.protection.load('protected');
  const footprint = anchor.getResizedRange(cells.length - 1, 0);
  const probe = probeRange(footprint, sheet.getRange('A1').getBoundingRect(footprint));
  const anchorTables = anchor.getTables(false).load('items/name');
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === 'InvalidArgument') return refuse({ code: 'doesNotFit', address: '' });
    throw error;
  }
  const rect: Rect = { row: anchor.rowIndex, column: anchor.columnIndex, rows: cells.length, columns: 1 };
  const refusal = assessTarget({ ...probe.facts(), areaCount: areas.areaCount, sheet: sheet.name, sheetProtected: protection.protected, anchorTables: names(anchorTables), footprint: rect });
  if (refusal) return refuse(refusal);
  const range = sheet.getRange(rectAddress(rect));
  try {
    range.valuesAsJson = cells;
    await context.sync();
  } catch (error) {
    try {
      // The cells were empty (the checks above): emptied again.
      range.clear('Contents');
      await context.sync();
    } catch {
      return refuse({ code: 'undoFailed', errorCode: errorCode(error) ?? 'Unknown', remains: sheetAddress(sheet.name, rect) });
    }
    return refuse(refusalOfError(error));
  }
  return { ok: true, table: '', tableId: '', sheet: sheet.name, address: rectAddress(rect) };
}

/** What converting =SCO.* formulas to values did, per sheet; or why it could not start. */
export type ConvertOutcome = { ok: true; plan: ConversionPlan } | { ok: false; refusal: Refusal };

const CELLS = 'address,formulas,values,valueTypes,numberFormat';

function gridOf(sheet: string, range: Excel.Range): ReadGrid {
  return { sheet, rect: parseAddress(range.address), formulas: range.formulas, values: range.values, valueTypes: range.valueTypes as string[][], numberFormat: range.numberFormat };
}

/**
 * Replaces the =SCO.* formulas in the scope the user chose by the values they show. Round trips:
 * one to find the scope (sheets, selection), one to read every cell's formula, value, type and
 * format, one to read the spill ranges of the SCO cells (only when there are any), then the writes
 * (one per sheet unless a request would be too large). Protected sheets and cells showing an error
 * (#BUSY!, #NAME?, ...) are left alone and reported.
 */
export async function convertScoFormulas(host: ExcelHost, session: Session, scope: ConvertScope): Promise<ConvertOutcome> {
  if (!supports(host.isSetSupported, 'convert')) return { ok: false, refusal: { code: 'unsupported', feature: 'convert', requirement: requirementText('convert') } };
  try {
    return await host.run(async (context) => {
      const workbook = context.workbook;
      const active = workbook.worksheets.getActiveWorksheet().load('name');
      const sheets = workbook.worksheets.load('items/name');
      const selected = scope === 'selection' ? workbook.getSelectedRanges().load('address') : null;
      await context.sync();
      const inScope = scope === 'workbook' ? sheets.items : [active];
      const reads = inScope.map((sheet) => {
        const protection = sheet.protection.load('protected');
        const ranges = selected
          ? parseAddressList(selected.address).map((rect) => sheet.getRange(rectAddress(rect)).getUsedRangeOrNullObject(true).load(CELLS))
          : [sheet.getUsedRangeOrNullObject(true).load(CELLS)];
        return { name: sheet.name, protection, ranges };
      });
      await context.sync();
      const grids = reads.flatMap((read) => read.ranges.filter((range) => !range.isNullObject).map((range) => gridOf(read.name, range)));
      const cells = findScoCells(grids);
      const byName = new Map(inScope.map((sheet) => [sheet.name, sheet]));
      const spills = cells.map((cell) => byName.get(cell.sheet)!.getRange(cellAddress(cell)).getSpillingToRangeOrNullObject().load(CELLS));
      if (cells.length > 0) await context.sync();
      const shown = cells.map((cell, index) => {
        const spill = spills[index]!;
        return shownOf(cell, spill.isNullObject ? null : { ...gridOf(cell.sheet, spill) });
      });
      const protectedSheets = new Set(reads.filter((read) => read.protection.protected).map((read) => read.name));
      const plan = planConversion(
        cells,
        shown,
        protectedSheets,
        sheets.items.map((sheet) => sheet.name),
      );
      for (const write of plan.writes) await writeBlocks(context, session, byName.get(write.sheet)!, write.blocks, {});
      return { ok: true, plan } satisfies ConvertOutcome;
    });
  } catch (error) {
    return { ok: false, refusal: refusalOfError(error) };
  }
}
