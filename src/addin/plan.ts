// The insert plan: every cell, format and name the add-in will write, computed without Excel.
// Cells come from src/core (sheetRows/headerRow), so the workbook holds what the XLSX release holds.
import { CHARTS, citation, headerRow, sheetRows, type ChartId, type Language, type ReleaseInfo, type ScoData, type SheetCell, type TableTemplate } from '../core';
import { FORMATS, STATUSES, SUMMIT_SERIES } from '../core';
import type { Rect } from './addresses';
import { fingerprint } from './fingerprint';
import { completeOptions, optionTable, type InsertOptions } from './options';
import type { InsertRecord } from './record';

export const TABLE_STYLE = 'TableStyleMedium2';

export interface TablePlan {
  /** The table's template (without the sources column when the user left it out). */
  template: TableTemplate;
  options: InsertOptions;
  /** Lines above the table: what it is and how to cite it. */
  caption: string[];
  header: string[];
  body: SheetCell[][];
  /** Caption, header and body together. */
  rows: number;
  columns: number;
  /** The name a new sheet gets before it is made unique. */
  sheetTitle: string;
  style: string;
  /** Width of each column on a new sheet, in points, from the template's hints (never autofit: column A holds the caption). */
  columnWidths: number[];
  /** A chart of the table, drawn beside it. */
  chart?: ChartPlan;
  /** The dataset version the plan is made from. */
  version: string;
}

/** A native Excel chart of a table's columns: stacked columns, one series per count column. */
export interface ChartPlan {
  id: ChartId;
  type: 'ColumnStacked';
  title: string;
  categoryAxis: string;
  valueAxis: string;
  /** Columns of the table (0-based): the categories, and the series in stacking order. */
  categoryColumn: number;
  seriesColumns: number[];
  /** Size in points. */
  width: number;
  height: number;
}

export function planTable(data: ScoData, release: ReleaseInfo, options: InsertOptions): TablePlan {
  const complete = completeOptions(options, release);
  const table = optionTable(data, complete, release);
  const caption = captionLines(table.template, complete, release);
  const body = sheetRows(table);
  return {
    template: table.template,
    options: complete,
    caption,
    header: headerRow(table.template, complete.lang),
    body,
    rows: caption.length + 1 + body.length,
    columns: table.template.columns.length,
    sheetTitle: table.template.title[complete.lang],
    style: TABLE_STYLE,
    columnWidths: table.template.columns.map((column) => widthInPoints(column.width)),
    version: release.version,
  };
}

/**
 * Excel's width of `characters` digits of the default font (7 px each, plus 5 px of margin), in
 * points (0.75 pt per px): 8.43 characters, Excel's default, gives 48 pt.
 */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The header and body values as written: what the fingerprint covers. */
export function tableCells(plan: TablePlan): (string | number | boolean)[][] {
  return [plan.header, ...plan.body.map((row) => row.map((cell) => cell.value ?? ''))];
}

export interface RecordIds {
  nonce: string;
  name: string;
  tableId: string | null;
  sheetId: string | null;
  chartId?: string | null;
}

/** The record of a plan written with its table at `table`. */
export function recordFor(plan: TablePlan, table: Rect, ids: RecordIds, caption: string[] = plan.caption): InsertRecord {
  const record: InsertRecord = {
    format: 2,
    nonce: ids.nonce,
    tableId: ids.tableId,
    sheetId: ids.sheetId,
    name: ids.name,
    options: plan.options,
    caption,
    fingerprint: fingerprint(table, tableCells(plan)),
    version: plan.version,
  };
  if (plan.chart) {
    record.chart = plan.chart.id;
    record.chartId = ids.chartId ?? null;
  }
  return record;
}

export interface ChartOptions {
  lang: Language;
  fromYear?: number;
  toYear?: number;
}

/** The plan of a chart and the table it draws: the table as planTable makes it, plus the chart. */
export function planChart(data: ScoData, release: ReleaseInfo, id: ChartId, options: ChartOptions): TablePlan {
  const template = CHARTS[id];
  const table = planTable(data, release, { table: template.table as TablePlan['options']['table'], lang: options.lang, fromYear: options.fromYear, toYear: options.toYear, sources: false });
  const columnOf = (key: string) => {
    const index = table.template.columns.findIndex((column) => column.key === key);
    if (index < 0) throw new Error(`chart ${id}: table ${template.table} has no column "${key}"`);
    return index;
  };
  const chart: ChartPlan = {
    id,
    type: 'ColumnStacked',
    title: template.title[options.lang],
    categoryAxis: template.categoryAxis[options.lang],
    valueAxis: template.valueAxis[options.lang],
    categoryColumn: columnOf(template.category),
    seriesColumns: template.series.map(columnOf),
    width: 640,
    height: 360,
  };
  // Excel makes one series per column of one block: the series must be side by side, in order.
  if (chart.seriesColumns.some((column, index) => column !== chart.seriesColumns[0]! + index)) {
    throw new Error(`chart ${id}: the series columns of ${template.table} are not adjacent and in order`);
  }
  return { ...table, chart };
}

/** The name of the chart drawn beside a table: unique, since table names are. */
export function chartName(tableName: string): string {
  return `${tableName}_chart`;
}

/**
 * Where a chart's data sits once its table is placed: the categories (body cells only) and the
 * series, one per column with its header as the series name.
 */
export function chartRanges(chart: ChartPlan, table: Rect): { categories: Rect; series: Rect } {
  const bodyRows = table.rows - 1;
  return {
    categories: { row: table.row + 1, column: table.column + chart.categoryColumn, rows: bodyRows, columns: 1 },
    series: { row: table.row, column: table.column + chart.seriesColumns[0]!, rows: bodyRows + 1, columns: chart.seriesColumns.length },
  };
}

/** What the table is (title and the options that shaped it), then the release's citation. */
export function captionLines(template: TableTemplate, options: InsertOptions, release: ReleaseInfo): string[] {
  const details = [
    options.asOf,
    options.fromYear !== undefined && options.toYear !== undefined ? `${options.fromYear}–${options.toYear}` : undefined,
    subset(options.series, SUMMIT_SERIES),
    subset(options.statuses, STATUSES),
  ].filter((part): part is string => part !== undefined && part !== '');
  const title = template.title[options.lang];
  return [details.length > 0 ? `${title} (${details.join('; ')})` : title, citation(release)];
}

/** The chosen values, when they are not all of them (all is the default, and says nothing). */
function subset(chosen: readonly string[] | undefined, all: readonly string[]): string | undefined {
  return chosen !== undefined && chosen.length < all.length ? chosen.join(', ') : undefined;
}

/** Where the plan's parts land once its top-left cell is known. */
export interface Placement {
  /** Everything the plan writes. */
  footprint: Rect;
  caption: Rect;
  /** Header and body: the Excel table. */
  table: Rect;
}

export function placePlan(plan: TablePlan, origin: { row: number; column: number }): Placement {
  const captionRows = plan.caption.length;
  return {
    footprint: { ...origin, rows: plan.rows, columns: plan.columns },
    caption: { ...origin, rows: captionRows, columns: 1 },
    table: { row: origin.row + captionRows, column: origin.column, rows: plan.rows - captionRows, columns: plan.columns },
  };
}

/** One rectangle of values and their number formats. */
export interface CellBlock {
  rect: Rect;
  values: (string | number | boolean)[][];
  numberFormat: string[][];
}

/** The caption and header blocks, then the body, all of it with its formats. */
export function cellBlocks(plan: TablePlan, placement: Placement): CellBlock[] {
  const { caption, table } = placement;
  const text = (line: string) => [line];
  const blocks: CellBlock[] = [
    { rect: caption, values: plan.caption.map(text), numberFormat: plan.caption.map(() => [FORMATS.text]) },
    { rect: { ...table, rows: 1 }, values: [plan.header], numberFormat: [plan.header.map(() => FORMATS.text)] },
  ];
  if (plan.body.length > 0) {
    blocks.push({
      rect: { ...table, row: table.row + 1, rows: plan.body.length },
      values: plan.body.map((row) => row.map((cell) => cell.value ?? '')),
      numberFormat: plan.body.map((row) => row.map((cell) => cell.format)),
    });
  }
  return blocks.filter((block) => block.rect.rows > 0);
}
