import assert from 'node:assert/strict';
import { CHARTS, chartData, citation, excelSerial, FIRST_YEAR, isoToDay, tableData } from '../../src/core';
import { columnLetters, parseAddress, rectAddress } from '../../src/addin/addresses';
import { fingerprint } from '../../src/addin/fingerprint';
import { ADDIN_TABLES, completeOptions, dataYear, TABLE_CONTROLS } from '../../src/addin/options';
import { cellBlocks, chartRanges, placePlan, planChart, planTable, recordFor, widthInPoints } from '../../src/addin/plan';
import { fixtureData, fixtureRelease } from './helpers';

describe('addin plan', () => {
  it('fills every option the table uses with defaults from the release, and drops the others', () => {
    const roster = completeOptions({ table: 'roster', lang: 'en', sources: true, fromYear: 2000 }, fixtureRelease);
    assert.equal(roster.asOf, '2024-07-31');
    assert.equal(roster.fromYear, undefined);
    const panel = completeOptions({ table: 'country_year', lang: 'zh', sources: false }, fixtureRelease);
    assert.deepEqual([panel.fromYear, panel.toYear], [FIRST_YEAR, 2024]);
    assert.equal(dataYear(fixtureRelease), 2024);
  });

  it('plans every offered table from tableData: header, cells and sizes match the template', () => {
    for (const table of ADDIN_TABLES) {
      const plan = planTable(fixtureData, fixtureRelease, { table, lang: 'ru', sources: true });
      const expected = tableData(fixtureData, table, { lang: 'ru', asOf: '2024-07-31', toYear: 2024, ...(TABLE_CONTROLS[table].years ? { fromYear: FIRST_YEAR } : {}) });
      assert.equal(plan.body.length, expected.rows.length, table);
      assert.deepEqual(
        plan.header,
        expected.template.columns.map((column) => column.headers.ru),
        table,
      );
      assert.equal(plan.rows, plan.caption.length + 1 + expected.rows.length);
      assert.equal(plan.sheetTitle, expected.template.title.ru);
    }
  });

  it('writes full dates as Excel date serials formatted as dates, and text as text', () => {
    const plan = planTable(fixtureData, fixtureRelease, { table: 'summits', lang: 'en', sources: true });
    const startAt = plan.template.columns.findIndex((column) => column.key === 'start_day');
    const first = tableData(fixtureData, 'summits', {}).rows[0]!;
    assert.deepEqual(plan.body[0]![startAt], { value: excelSerial(isoToDay(String(first.start_date))), format: 'yyyy-mm-dd' });
    const partialAt = plan.template.columns.findIndex((column) => column.key === 'start_date');
    assert.deepEqual(plan.body[0]![partialAt], { value: String(first.start_date), format: '@' });
    const idAt = plan.template.columns.findIndex((column) => column.key === 'summit_id');
    assert.equal(plan.body[0]![idAt]!.format, '@');
  });

  it('leaves the sources column out when asked, and only then', () => {
    const withSources = planTable(fixtureData, fixtureRelease, { table: 'summits', lang: 'en', sources: true });
    const without = planTable(fixtureData, fixtureRelease, { table: 'summits', lang: 'en', sources: false });
    assert.ok(withSources.template.columns.some((column) => column.key === 'source_ids'));
    assert.ok(!without.template.columns.some((column) => column.key === 'source_ids'));
    assert.equal(without.columns, withSources.columns - 1);
    assert.equal(without.body[0]!.length, without.columns);
  });

  it('filters by status, year range and series through tableData', () => {
    const members = planTable(fixtureData, fixtureRelease, { table: 'membership_spells', lang: 'en', statuses: ['member'], sources: true });
    const statusAt = members.template.columns.findIndex((column) => column.key === 'status');
    assert.ok(members.body.length > 0);
    assert.ok(members.body.every((row) => row[statusAt]!.value === 'member'));
    const s5 = planTable(fixtureData, fixtureRelease, { table: 'summits', lang: 'en', series: ['shanghai_five'], sources: true });
    assert.equal(s5.body.length, fixtureData.summits({ series: ['shanghai_five'] }).length);
    assert.match(s5.caption[0]!, /shanghai_five/);
  });

  it('captions the table with its title and options, then the release citation', () => {
    const plan = planTable(fixtureData, fixtureRelease, { table: 'roster', lang: 'zh', asOf: '2020-01-01', sources: true });
    assert.equal(plan.caption[0], `${plan.template.title.zh} (2020-01-01)`);
    assert.equal(plan.caption[1], citation(fixtureRelease));
    assert.match(plan.caption[1]!, /9\.8\.7.*2024-07-31/);
  });

  it('records the complete options, caption, dataset version and a fingerprint of the header and body', () => {
    const plan = planTable(fixtureData, fixtureRelease, { table: 'country_year', lang: 'en', sources: false });
    const table = placePlan(plan, { row: 0, column: 0 }).table;
    const record = recordFor(plan, table, { nonce: '00000000000000ff', name: 'tbl_country_year_1', tableId: null, sheetId: null });
    assert.deepEqual(record.options, completeOptions(plan.options, fixtureRelease));
    assert.deepEqual([record.caption, record.version, record.tableId, record.name], [plan.caption, '9.8.7', null, 'tbl_country_year_1']);
    assert.equal(record.fingerprint.address, `A3:${columnLetters(plan.columns - 1)}${3 + plan.body.length}`);
    assert.deepEqual(record.fingerprint, fingerprint(table, [plan.header, ...plan.body.map((row) => row.map((cell) => cell.value ?? ''))]));
    assert.equal(record.fingerprint.rows.length, 8 * (plan.body.length + 1));
  });

  it('gives each column its template width in points (7 px a character plus 5 px, 0.75 pt a px)', () => {
    const plan = planTable(fixtureData, fixtureRelease, { table: 'roster', lang: 'en', sources: true });
    assert.deepEqual(
      plan.columnWidths,
      plan.template.columns.map((column) => (column.width * 7 + 5) * 0.75),
    );
    assert.equal(widthInPoints(10), 56.25);
  });

  it('places caption, header and body below one another from the origin', () => {
    const plan = planTable(fixtureData, fixtureRelease, { table: 'officials', lang: 'en', sources: true });
    const placement = placePlan(plan, { row: 4, column: 2 });
    assert.equal(rectAddress(placement.footprint), `C5:${rectAddress({ row: 4 + plan.rows - 1, column: 2 + plan.columns - 1, rows: 1, columns: 1 })}`);
    assert.equal(placement.table.row, 4 + plan.caption.length);
    const blocks = cellBlocks(plan, placement);
    assert.deepEqual(
      blocks.map((block) => block.rect.row),
      [4, 6, 7],
    );
    assert.deepEqual(blocks[1]!.values[0], plan.header);
    assert.equal(blocks[2]!.values.length, plan.body.length);
    assert.deepEqual(parseAddress(rectAddress(placement.table)), placement.table);
  });

  it('plans the timeline chart over its table: the same numbers as chartData, titles in the chosen language', () => {
    const plan = planChart(fixtureData, fixtureRelease, 'membership_timeline', { lang: 'zh' });
    const chart = plan.chart!;
    const expected = chartData(fixtureData, 'membership_timeline', { lang: 'zh', toYear: dataYear(fixtureRelease) });
    assert.equal(chart.title, CHARTS.membership_timeline.title.zh);
    assert.deepEqual(
      chart.seriesColumns.map((column) => plan.header[column]),
      expected.series.map((series) => series.name),
    );
    expected.series.forEach((series, index) => {
      assert.deepEqual(
        plan.body.map((row) => row[chart.seriesColumns[index]!]!.value),
        series.values,
      );
    });
    assert.deepEqual(
      plan.body.map((row) => String(row[chart.categoryColumn]!.value)),
      expected.categories,
    );
    assert.equal(recordFor(plan, placePlan(plan, { row: 0, column: 0 }).table, { nonce: '00000000000000ff', name: 't', tableId: null, sheetId: null }).chart, 'membership_timeline');
    const ranges = chartRanges(chart, placePlan(plan, { row: 0, column: 0 }).table);
    assert.deepEqual(rectAddress(ranges.categories), `A4:A${3 + plan.body.length}`);
    assert.deepEqual(rectAddress(ranges.series), `B3:G${3 + plan.body.length}`);
  });
});
