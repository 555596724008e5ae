// The thin Office.js layer: executes a TablePlan in a workbook. One round trip reads everything the
// checks need, one writes (more only when a table exceeds Excel on the web's request limit). It never
// writes over a cell, table, PivotTable or merged area that is not the add-in's own.
import { fitsOnSheet, rectAddress, type Rect } from './addresses';
import { batchBlocks } from './chunks';
import { uniqueSheetName, uniqueTableName } from './names';
import { cellBlocks, chartName, chartRanges, placePlan, type CellBlock, type ChartPlan, type Placement, type TablePlan } from './plan';
import { decodeRecord, encodeRecord, recordKey, tableNameOfKey, type InsertRecord } from './record';
import { assessTarget, errorCode, refusalOfError, type Refusal, type TargetFacts } from './refusals';

/** Excel.run and the requirement-set check, injectable so tests can pass a fake host. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** What the manifest requires; enough to insert on a new sheet. */
export const BASE_REQUIREMENT = '1.7';
/** Checking cells in place needs getSelectedRanges (1.9), getPivotTables (1.12), getMergedAreasOrNullObject (1.13). */
export const IN_PLACE_REQUIREMENT = '1.13';

export type InsertTarget = 'newSheet' | 'selection';

export type Outcome = { ok: true; table: string; sheet: string; address: string } | { ok: false; refusal: Refusal };

export interface InsertedTable {
  table: string;
  record: InsertRecord;
}

const refuse = (refusal: Refusal): Outcome => ({ ok: false, refusal });
const names = (collection: { items: { name: string }[] }) => collection.items.map((item) => item.name);

export async function insertTable(host: ExcelHost, plan: TablePlan, target: InsertTarget): Promise<Outcome> {
  if (plan.body.length === 0) return refuse({ code: 'noRows' });
  if (target === 'selection' && !host.isSetSupported('ExcelApi', IN_PLACE_REQUIREMENT)) {
    return refuse({ code: 'unsupported', requirement: `ExcelApi ${IN_PLACE_REQUIREMENT}` });
  }
  try {
    return await host.run((context) => (target === 'newSheet' ? insertOnNewSheet(context, plan) : insertAtSelection(context, plan)));
  } catch (error) {
    return refuse(refusalOfError(error));
  }
}

async function insertOnNewSheet(context: Excel.RequestContext, plan: TablePlan): Promise<Outcome> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name');
  const definedNames = workbook.names.load('items/name');
  const protection = workbook.protection.load('protected');
  await context.sync();
  if (protection.protected) return refuse({ code: 'protected', sheet: '' });
  const sheetName = uniqueSheetName(plan.sheetTitle, names(sheets));
  const tableName = uniqueTableName(plan.template, [...names(tables), ...names(definedNames)]);
  const sheet = workbook.worksheets.add(sheetName);
  const placement = placePlan(plan, { row: 0, column: 0 });
  return writePlan(context, sheet, sheetName, plan, placement, tableName, async () => {
    context.workbook.worksheets.getItem(sheetName).delete();
    await context.sync();
  });
}

async function insertAtSelection(context: Excel.RequestContext, plan: TablePlan): Promise<Outcome> {
  const workbook = context.workbook;
  const areas = workbook.getSelectedRanges().load('areaCount');
  const anchor = areas.areas.getItemAt(0).getCell(0, 0).load('rowIndex,columnIndex');
  const sheet = anchor.worksheet.load('name');
  const protection = sheet.protection.load('protected');
  const footprint = anchor.getResizedRange(plan.rows - 1, plan.columns - 1);
  const probe = probeRange(footprint);
  // The empty cells' number formats, which a failed write must give back.
  const formats = footprint.load('numberFormat');
  const anchorTables = anchor.getTables(false).load('items/name');
  const tables = workbook.tables.load('items/name');
  const definedNames = workbook.names.load('items/name');
  try {
    await context.sync();
  } catch (error) {
    // Resizing past the last row or column of the sheet is an invalid argument.
    if (errorCode(error) === 'InvalidArgument') return refuse({ code: 'doesNotFit', address: '' });
    throw error;
  }
  const placement = placePlan(plan, { row: anchor.rowIndex, column: anchor.columnIndex });
  const refusal = assessTarget({
    ...probe.facts(),
    areaCount: areas.areaCount,
    sheet: sheet.name,
    sheetProtected: protection.protected,
    anchorTables: names(anchorTables),
    footprint: placement.footprint,
  });
  if (refusal) return refuse(refusal);
  const tableName = uniqueTableName(plan.template, [...names(tables), ...names(definedNames)]);
  return writePlan(context, sheet, sheet.name, plan, placement, tableName, () => undoWrite(context, sheet.name, placement.footprint, tableName, formats.numberFormat));
}

/**
 * Re-fills a table the add-in inserted, with the same options, in place. The Excel table itself is
 * kept, so formulas, PivotTables, sorting and filters that refer to it keep working: it is resized
 * to the new rows and written over. Three round trips: where the table is, what is around it, then
 * the write. It refuses a table whose size the user changed, rewrites the caption only while it
 * still reads as written, and puts the old cells back when the write fails.
 */
export async function refreshTable(host: ExcelHost, tableName: string, plan: TablePlan): Promise<Outcome> {
  if (plan.body.length === 0) return refuse({ code: 'noRows' });
  if (!host.isSetSupported('ExcelApi', IN_PLACE_REQUIREMENT)) return refuse({ code: 'unsupported', requirement: `ExcelApi ${IN_PLACE_REQUIREMENT}` });
  try {
    return await host.run(async (context) => {
      const workbook = context.workbook;
      const setting = workbook.settings.getItemOrNullObject(recordKey(tableName)).load('value');
      const table = workbook.tables.getItem(tableName);
      const tableRange = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
      const sheet = table.worksheet.load('name');
      const protection = sheet.protection.load('protected');
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === 'ItemNotFound') return refuse({ code: 'tableMissing', table: tableName });
        throw error;
      }
      const record = setting.isNullObject ? null : decodeRecord(setting.value);
      if (record === null) return refuse({ code: 'notRecorded', table: tableName });
      // Rows or columns added or removed by the user (or a hidden header row) are theirs to keep.
      if (tableRange.columnCount !== plan.columns || tableRange.rowCount !== record.rows + 1) return refuse({ code: 'tableChanged', table: tableName });
      if (protection.protected) return refuse({ code: 'protected', sheet: sheet.name });

      const current: Rect = { row: tableRange.rowIndex, column: tableRange.columnIndex, rows: tableRange.rowCount, columns: tableRange.columnCount };
      const resized: Rect = { ...current, rows: plan.body.length + 1 };
      const target = workbook.worksheets.getItem(sheet.name);
      const captionRect = record.caption.length > 0 && current.row >= record.caption.length ? { row: current.row - record.caption.length, column: current.column, rows: record.caption.length, columns: 1 } : null;
      const caption = captionRect && target.getRange(rectAddress(captionRect)).load('formulas');
      const growth = resized.rows > current.rows ? { row: current.row + current.rows, column: current.column, rows: resized.rows - current.rows, columns: current.columns } : null;
      if (growth && !fitsOnSheet(growth)) return refuse({ code: 'doesNotFit', address: '' });
      const probe = growth && probeRange(target.getRange(rectAddress(growth)));
      const before = target.getRange(rectAddress(current)).load('formulas,numberFormat');
      await context.sync();
      if (growth && probe) {
        const refusal = assessTarget({ ...probe.facts(), areaCount: 1, sheet: sheet.name, sheetProtected: false, anchorTables: [], footprint: growth });
        if (refusal) return refuse(refusal);
      }
      const ownCaption = caption !== null && caption.formulas.every((row, index) => row[0] === record.caption[index]);
      const placement = placePlan(plan, { row: current.row - plan.caption.length, column: current.column });
      const [captionBlock, ...tableBlocks] = cellBlocks(plan, placement);
      const blocks = ownCaption && captionBlock ? [captionBlock, ...tableBlocks] : tableBlocks;
      const written: InsertRecord = { ...plan.record, caption: ownCaption ? plan.caption : [] };
      try {
        if (resized.rows !== current.rows) table.resize(target.getRange(rectAddress(resized)));
        // Rows the table no longer needs were its own: emptied.
        if (resized.rows < current.rows) target.getRange(rectAddress({ ...current, row: resized.row + resized.rows, rows: current.rows - resized.rows })).clear();
        await writeBlocks(context, target, blocks, () => context.workbook.settings.add(recordKey(tableName), encodeRecord(written)));
      } catch (error) {
        await restore(context, target, table, {
          cells: { rect: current, values: before.formulas, numberFormat: before.numberFormat },
          caption: ownCaption && captionRect && caption ? { rect: captionRect, values: caption.formulas } : null,
          growth,
        });
        return refuse(refusalOfError(error));
      }
      // The chart beside the table is left as the user may have styled it, only pointed at the new cells.
      if (plan.chart) await repointChart(context, sheet.name, plan.chart, placement, tableName);
      return { ok: true, table: tableName, sheet: sheet.name, address: rectAddress(resized) };
    });
  } catch (error) {
    return refuse(refusalOfError(error));
  }
}

interface Earlier {
  /** The table's cells (header and body) as they were. */
  cells: { rect: Rect; values: unknown[][]; numberFormat: unknown[][] };
  /** The caption, when the refresh was rewriting it. */
  caption: { rect: Rect; values: unknown[][] } | null;
  /** The rows the table grew into, which were empty. */
  growth: Rect | null;
}

/** After a failed refresh: the table back at its old size, its old cells and caption, the rows it grew into empty. Best effort. */
async function restore(context: Excel.RequestContext, sheet: Excel.Worksheet, table: Excel.Table, earlier: Earlier): Promise<void> {
  try {
    table.resize(sheet.getRange(rectAddress(earlier.cells.rect)));
    if (earlier.growth) sheet.getRange(rectAddress(earlier.growth)).clear();
    const { rect, values, numberFormat } = earlier.cells;
    for (const batch of batchBlocks([{ rect, values: values as CellBlock['values'], numberFormat: numberFormat as string[][] }])) {
      for (const block of batch) {
        const range = sheet.getRange(rectAddress(block.rect));
        range.numberFormat = block.numberFormat;
        range.formulas = block.values;
      }
      await context.sync();
    }
    if (earlier.caption) sheet.getRange(rectAddress(earlier.caption.rect)).formulas = earlier.caption.values as CellBlock['values'];
    await context.sync();
  } catch {
    // The error the user must see is the write's; what could be put back, was.
  }
}

/** The tables this add-in inserted that are still in the workbook (one round trip). */
export async function listInsertedTables(host: ExcelHost): Promise<InsertedTable[]> {
  return host.run(async (context) => {
    const settings = context.workbook.settings.load('items/key,items/value');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    const present = new Set(names(tables));
    const found: InsertedTable[] = [];
    for (const setting of settings.items) {
      const table = tableNameOfKey(setting.key);
      const record = decodeRecord(setting.value);
      if (table !== null && record !== null && present.has(table)) found.push({ table, record });
    }
    return found.sort((a, b) => (a.table < b.table ? -1 : 1));
  });
}

/** Queues the loads that tell whether a range is free; read `facts()` after the sync. */
function probeRange(range: Excel.Range) {
  const used = range.getUsedRangeOrNullObject(true).load('address');
  const tables = range.getTables(false).load('items/name');
  const pivotTables = range.getPivotTables(false).load('items/name');
  const merged = range.getMergedAreasOrNullObject().load('address');
  return {
    facts: () => ({
      usedAddress: used.isNullObject ? null : used.address,
      tables: names(tables),
      pivotTables: names(pivotTables),
      mergedAddress: merged.isNullObject ? null : merged.address,
    }),
  } satisfies { facts: () => Pick<TargetFacts, 'usedAddress' | 'tables' | 'pivotTables' | 'mergedAddress'> };
}

/** Writes the cells, then makes the table and records it in the last batch. On failure `undo` removes what was written. */
async function writePlan(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  plan: TablePlan,
  placement: Placement,
  tableName: string,
  undo: () => Promise<void>,
): Promise<Outcome> {
  try {
    await writeBlocks(context, sheet, cellBlocks(plan, placement), () => {
      const table = sheet.tables.add(rectAddress(placement.table), true);
      table.name = tableName;
      table.style = plan.style;
      table.getRange().format.autofitColumns();
      if (plan.chart) addChart(sheet, plan.chart, placement, tableName);
      context.workbook.settings.add(recordKey(tableName), encodeRecord(plan.record));
      sheet.activate();
    });
  } catch (error) {
    try {
      await undo();
    } catch {
      // The original error is what the user must see; the undo is best effort.
    }
    return refuse(refusalOfError(error));
  }
  return { ok: true, table: tableName, sheet: sheetName, address: rectAddress(placement.table) };
}

/**
 * Writes blocks of cells batch by batch, each batch one request under Excel on the web's limit
 * (formats before values, so text stays text); `finish` queues the last batch's other work.
 */
async function writeBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, blocks: CellBlock[], finish: () => void): Promise<void> {
  const batches = batchBlocks(blocks);
  for (const [index, batch] of batches.entries()) {
    for (const block of batch) {
      const range = sheet.getRange(rectAddress(block.rect));
      range.numberFormat = block.numberFormat;
      range.values = block.values;
    }
    if (index === batches.length - 1) finish();
    await context.sync();
  }
}

/** Queues a native chart of the table, to the right of it, with its categories along the axis. */
function addChart(sheet: Excel.Worksheet, plan: ChartPlan, placement: Placement, tableName: string): void {
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
}

/**
 * After a refresh: the chart named after the table, if the user kept it, reads the rewritten
 * cells. Best effort in a round trip of its own: the table is already refreshed, and a chart the
 * user removed series from keeps what it has.
 */
async function repointChart(context: Excel.RequestContext, sheetName: string, plan: ChartPlan, placement: Placement, tableName: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const chart = sheet.charts.getItemOrNullObject(chartName(tableName)).load('name');
  const series = chart.series.load('count');
  try {
    await context.sync();
    if (chart.isNullObject || series.count !== plan.seriesColumns.length) return;
    pointSeriesAt(sheet, chart, plan, chartRanges(plan, placement.table));
    await context.sync();
  } catch {
    // The chart is a view of the table; the refreshed table is what matters.
  }
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

/**
 * Removes a half-written insert: any table over the footprint (the checks found none there but the
 * add-in's own, so it is the one just made, under whatever name it got), its record, and what was
 * written in the cells, which were empty: their number formats go back to what they were, and
 * their other formatting (fills, borders) was never touched.
 */
async function undoWrite(context: Excel.RequestContext, sheetName: string, footprint: Rect, tableName: string, numberFormat: unknown[][]): Promise<void> {
  const range = context.workbook.worksheets.getItem(sheetName).getRange(rectAddress(footprint));
  const tables = range.getTables(false).load('items/name');
  const setting = context.workbook.settings.getItemOrNullObject(recordKey(tableName)).load('key');
  await context.sync();
  for (const table of tables.items) table.delete();
  if (!setting.isNullObject) setting.delete();
  range.clear('Contents');
  range.numberFormat = numberFormat;
  await context.sync();
}
