// The thin Office.js layer: executes a TablePlan in a workbook. One round trip reads everything the
// checks need, one writes (more only when a table exceeds Excel on the web's request limit). It never
// writes over a cell, table, PivotTable or merged area that is not the add-in's own.
import { rectAddress, type Rect } from './addresses';
import { batchBlocks } from './chunks';
import { uniqueSheetName, uniqueTableName } from './names';
import { cellBlocks, chartName, chartRanges, placePlan, type ChartPlan, type Placement, type TablePlan } from './plan';
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
  return writePlan(context, sheet, sheet.name, plan, placement, tableName, () => undoWrite(context, sheet.name, placement.footprint, tableName));
}

/** Re-fills a table the add-in inserted, with the same options, in place. */
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
      const captionRows = plan.caption.length;
      const footprint = tableRange.getCell(0, 0).getOffsetRange(-captionRows, 0).getResizedRange(plan.rows - 1, plan.columns - 1);
      const probe = probeRange(footprint);
      try {
        await context.sync();
      } catch (error) {
        if (errorCode(error) === 'ItemNotFound') return refuse({ code: 'tableMissing', table: tableName });
        if (errorCode(error) === 'InvalidArgument') return refuse({ code: 'doesNotFit', address: '' });
        throw error;
      }
      const record = setting.isNullObject ? null : decodeRecord(setting.value);
      if (record === null || record.captionRows !== captionRows || tableRange.columnCount !== plan.columns) {
        return refuse({ code: 'notRecorded', table: tableName });
      }
      const origin = { row: tableRange.rowIndex - captionRows, column: tableRange.columnIndex };
      const own: Rect = { ...origin, rows: captionRows + tableRange.rowCount, columns: tableRange.columnCount };
      const placement = placePlan(plan, origin);
      const refusal = assessTarget({
        ...probe.facts(),
        areaCount: 1,
        sheet: sheet.name,
        sheetProtected: protection.protected,
        anchorTables: [],
        footprint: placement.footprint,
        own: { table: tableName, footprint: own },
      });
      if (refusal) return refuse(refusal);
      // Reached by name: the table's worksheet object is a path through the table deleted here.
      const target = workbook.worksheets.getItem(sheet.name);
      table.delete();
      target.getRange(rectAddress(own)).clear();
      // The chart beside the table is left as the user may have styled it, only pointed at the new cells.
      const written = await writePlan(context, target, sheet.name, plan, placement, tableName, () => undoWrite(context, sheet.name, placement.footprint, tableName), false);
      if (written.ok && plan.chart) await repointChart(context, sheet.name, plan.chart, placement, tableName);
      return written;
    });
  } catch (error) {
    return refuse(refusalOfError(error));
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

/**
 * Writes the cells batch by batch (formats before values, so text stays text), then makes the
 * table and records it in the last batch. On failure `undo` removes what was written.
 */
async function writePlan(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  plan: TablePlan,
  placement: Placement,
  tableName: string,
  undo: () => Promise<void>,
  drawChart = true,
): Promise<Outcome> {
  const batches = batchBlocks(cellBlocks(plan, placement));
  try {
    for (const [index, batch] of batches.entries()) {
      for (const block of batch) {
        const range = sheet.getRange(rectAddress(block.rect));
        range.numberFormat = block.numberFormat;
        range.values = block.values;
      }
      if (index === batches.length - 1) {
        const table = sheet.tables.add(rectAddress(placement.table), true);
        table.name = tableName;
        table.style = plan.style;
        table.getRange().format.autofitColumns();
        if (plan.chart && drawChart) addChart(sheet, plan.chart, placement, tableName);
        context.workbook.settings.add(recordKey(tableName), encodeRecord(plan.record));
        sheet.activate();
      }
      await context.sync();
    }
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
 * add-in's own, so it is the one just made, under whatever name it got), its record, and the cells.
 */
async function undoWrite(context: Excel.RequestContext, sheetName: string, footprint: Rect, tableName: string): Promise<void> {
  const range = context.workbook.worksheets.getItem(sheetName).getRange(rectAddress(footprint));
  const tables = range.getTables(false).load('items/name');
  const setting = context.workbook.settings.getItemOrNullObject(recordKey(tableName)).load('key');
  await context.sync();
  for (const table of tables.items) table.delete();
  if (!setting.isNullObject) setting.delete();
  range.clear();
  await context.sync();
}
