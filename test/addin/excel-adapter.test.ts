import assert from 'node:assert/strict';
import { CHARTS, TEMPLATES, excelTableName } from '../../src/core';
import { columnLetters } from '../../src/addin/addresses';
import { insertTable, listInsertedTables, refreshTable } from '../../src/addin/excel-adapter';
import { ADDIN_TABLES, type InsertOptions } from '../../src/addin/options';
import { planChart, planTable, type TablePlan } from '../../src/addin/plan';
import { decodeRecord, recordKey } from '../../src/addin/record';
import { createFakeExcel, FakeOfficeError, FakeWorkbookState } from './fake-excel';
import { fixtureData, fixtureRelease } from './helpers';

const plan = (options: Partial<InsertOptions> = {}): TablePlan =>
  planTable(fixtureData, fixtureRelease, { table: 'roster', lang: 'en', sources: true, ...options });

/** Everything a test might find changed: the cells, tables and settings. */
const contents = (state: FakeWorkbookState) => JSON.stringify({ ...state.snapshot(), syncs: undefined });

describe('Excel adapter (against the fake Excel)', () => {
  it('inserts every table on a new, uniquely named sheet in two syncs', async () => {
    for (const table of ADDIN_TABLES) {
      const fake = createFakeExcel(new FakeWorkbookState(['Sheet1']));
      const tablePlan = plan({ table });
      const outcome = await insertTable(fake.host, tablePlan, 'newSheet');
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.equal(fake.state.syncs, 2, table);
      assert.equal(outcome.sheet, tablePlan.sheetTitle);
      assert.equal(outcome.table, excelTableName(tablePlan.template, '1'));
      const [made] = fake.state.tables;
      assert.equal(made?.name, outcome.table);
      assert.equal(made?.rect.rows, tablePlan.body.length + 1);
      assert.deepEqual(fake.state.values(outcome.sheet, 'A1:A2').flat(), tablePlan.caption);
      assert.deepEqual(fake.state.values(outcome.sheet, outcome.address)[0], tablePlan.header);
    }
  });

  it('writes the planned values and number formats, autofits and records the insert', async () => {
    const fake = createFakeExcel();
    const tablePlan = plan({ table: 'summits', lang: 'ru' });
    const outcome = await insertTable(fake.host, tablePlan, 'newSheet');
    assert.ok(outcome.ok);
    const body = fake.state.values(outcome.sheet, outcome.address).slice(1);
    assert.deepEqual(body, tablePlan.body.map((row) => row.map((cell) => cell.value ?? '')));
    assert.deepEqual(fake.state.formats(outcome.sheet, outcome.address).slice(1), tablePlan.body.map((row) => row.map((cell) => cell.format)));
    assert.equal(fake.state.tables[0]?.style, tablePlan.style);
    assert.equal(fake.state.sheet(outcome.sheet).autofitted.length, 1);
    assert.deepEqual(decodeRecord(fake.state.settings.get(recordKey(outcome.table))), tablePlan.record);
  });

  it('never reuses a sheet or table name', async () => {
    const state = new FakeWorkbookState(['Roster']);
    state.definedNames.push('tbl_roster_1');
    const fake = createFakeExcel(state);
    const first = await insertTable(fake.host, plan(), 'newSheet');
    const second = await insertTable(fake.host, plan(), 'newSheet');
    assert.ok(first.ok && second.ok);
    assert.deepEqual([first.sheet, second.sheet], ['Roster (2)', 'Roster (3)']);
    assert.deepEqual([first.table, second.table], ['tbl_roster_2', 'tbl_roster_3']);
  });

  it('inserts at the selected cell in two syncs when the cells are free', async () => {
    const state = new FakeWorkbookState();
    state.setCell('Sheet1', 'A1', 'my notes');
    state.select('Sheet1', 'C3');
    const fake = createFakeExcel(state);
    const tablePlan = plan();
    const outcome = await insertTable(fake.host, tablePlan, 'selection');
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(fake.state.syncs, 2);
    assert.equal(outcome.sheet, 'Sheet1');
    assert.match(outcome.address, /^C5:/);
    assert.deepEqual(state.values('Sheet1', 'A1'), [['my notes']]);
    assert.deepEqual(state.values('Sheet1', 'C3'), [[tablePlan.caption[0]]]);
  });

  const refusedCases: [string, (state: FakeWorkbookState) => void, string][] = [
    ['a value', (state) => state.setCell('Sheet1', 'D9', 42), 'occupied'],
    ['a formula', (state) => state.setCell('Sheet1', 'E4', 0, '=A1*0'), 'occupied'],
    ['another table', (state) => state.tables.push({ name: 'Sales', sheet: state.sheet('Sheet1'), rect: { row: 6, column: 4, rows: 3, columns: 2 }, style: 'TableStyleLight1' }), 'tableOverlap'],
    ['a PivotTable', (state) => state.sheet('Sheet1').pivotTables.push({ name: 'PivotTable1', rect: { row: 10, column: 2, rows: 4, columns: 3 } }), 'pivotOverlap'],
    ['merged cells', (state) => state.sheet('Sheet1').merged.push({ row: 3, column: 3, rows: 1, columns: 2 }), 'merged'],
    ['a protected sheet', (state) => (state.sheet('Sheet1').protected = true), 'protected'],
    ['several selected areas', (state) => state.select('Sheet1', 'C3', 'H20'), 'multipleAreas'],
    ['a selection inside a table', (state) => {
      state.tables.push({ name: 'Sales', sheet: state.sheet('Sheet1'), rect: { row: 1, column: 1, rows: 4, columns: 3 }, style: 'TableStyleLight1' });
    }, 'insideTable'],
    ['cell-edit mode', (state) => (state.cellEditMode = true), 'editMode'],
  ];
  for (const [what, arrange, code] of refusedCases) {
    it(`refuses to insert over ${what}, changing nothing`, async () => {
      const state = new FakeWorkbookState();
      state.setCell('Sheet1', 'A1', 'keep');
      state.select('Sheet1', 'C3');
      arrange(state);
      const before = contents(state);
      const outcome = await insertTable(createFakeExcel(state).host, plan(), 'selection');
      assert.equal(outcome.ok, false);
      assert.equal(!outcome.ok && outcome.refusal.code, code);
      assert.equal(contents(state), before);
      assert.ok(state.syncs <= 1, `checked in at most one sync, took ${state.syncs}`);
    });
  }

  it('refuses a table that would run off the sheet', async () => {
    const state = new FakeWorkbookState();
    state.select('Sheet1', 'A1048570');
    const outcome = await insertTable(createFakeExcel(state).host, plan(), 'selection');
    assert.deepEqual(!outcome.ok && outcome.refusal, { code: 'doesNotFit', address: '' });
  });

  it('says which requirement set is missing instead of failing on an older Excel', async () => {
    const fake = createFakeExcel(new FakeWorkbookState(), '1.8');
    const outcome = await insertTable(fake.host, plan(), 'selection');
    assert.deepEqual(!outcome.ok && outcome.refusal, { code: 'unsupported', requirement: 'ExcelApi 1.13' });
    assert.equal(fake.state.syncs, 0);
    assert.ok((await insertTable(fake.host, plan(), 'newSheet')).ok, 'a new sheet needs only the base requirement');
  });

  it('reports a protected workbook structure when a sheet cannot be added', async () => {
    const state = new FakeWorkbookState();
    state.workbookProtected = true;
    const before = contents(state);
    const outcome = await insertTable(createFakeExcel(state).host, plan(), 'newSheet');
    assert.equal(!outcome.ok && outcome.refusal.code, 'protected');
    assert.equal(contents(state), before);
  });

  it('leaves no half-written table when the write fails midway', async () => {
    const state = new FakeWorkbookState();
    state.select('Sheet1', 'B2');
    const fake = createFakeExcel(state);
    // Another add-in takes the table name between our check and our write.
    const realRun = fake.host.run.bind(fake.host);
    let batches = 0;
    fake.host.run = (batch) =>
      realRun(async (context) => {
        if (batches++ === 0) {
          const sync = context.sync.bind(context);
          let syncs = 0;
          context.sync = (async () => {
            await sync();
            if (syncs++ === 0) state.definedNames.push('tbl_roster_1');
          }) as typeof context.sync;
        }
        return batch(context);
      });
    // An empty cell the user had formatted as a percentage keeps its format.
    state.sheet('Sheet1').cells.set('5,2', { value: '', format: '0.00%' });
    const before = contents(state);
    const outcome = await insertTable(fake.host, plan(), 'selection');
    assert.deepEqual(!outcome.ok && outcome.refusal, { code: 'excelError', errorCode: 'ItemAlreadyExists' });
    assert.equal(contents(state), before);
    assert.deepEqual(state.formats('Sheet1', 'C6'), [['0.00%']]);
  });

  it('refuses an empty table', async () => {
    const outcome = await insertTable(createFakeExcel().host, plan({ statuses: ['withdrawn'], asOf: '1996-01-01' }), 'newSheet');
    assert.deepEqual(!outcome.ok && outcome.refusal, { code: 'noRows' });
  });

  describe('refresh', () => {
    async function inserted(options: Partial<InsertOptions> = {}) {
      const state = new FakeWorkbookState();
      state.select('Sheet1', 'B2');
      const fake = createFakeExcel(state);
      const outcome = await insertTable(fake.host, plan(options), 'selection');
      assert.ok(outcome.ok);
      state.syncs = 0;
      return { fake, state, outcome };
    }

    it('lists the tables the add-in inserted, not the others', async () => {
      const { fake, state, outcome } = await inserted();
      state.tables.push({ name: 'tbl_roster_9', sheet: state.sheet('Sheet1'), rect: { row: 40, column: 0, rows: 2, columns: 2 }, style: '' });
      assert.deepEqual((await listInsertedTables(fake.host)).map((entry) => entry.table), [outcome.table]);
    });

    it('re-fills its own table in place, resized to the new rows, in three syncs', async () => {
      const { fake, state, outcome } = await inserted({ asOf: '2010-01-01' });
      const [entry] = await listInsertedTables(fake.host);
      const tableBefore = state.tables[0]!;
      tableBefore.style = 'TableStyleLight9';
      state.syncs = 0;
      // The roster grew since: the new data has more rows than the old table.
      const newer = plan({ ...entry!.record.options, asOf: '2024-07-31' });
      const refreshed = await refreshTable(fake.host, outcome.table, newer);
      assert.ok(refreshed.ok, JSON.stringify(refreshed));
      assert.equal(state.syncs, 3);
      // The same Excel table, so formulas and PivotTables that use it, and its style, still work.
      assert.deepEqual(state.tables, [tableBefore]);
      assert.equal(tableBefore.style, 'TableStyleLight9');
      assert.equal(tableBefore.rect.rows, newer.body.length + 1);
      assert.deepEqual(state.values('Sheet1', refreshed.address).slice(1), newer.body.map((row) => row.map((cell) => cell.value ?? '')));
      assert.deepEqual(state.values('Sheet1', 'B2:B3'), newer.caption.map((line) => [line]));
      assert.deepEqual(decodeRecord(state.settings.get(recordKey(outcome.table))), newer.record);
    });

    it('empties the rows a shrinking table no longer needs', async () => {
      const { fake, state, outcome } = await inserted({ asOf: '2024-07-31' });
      const old = state.tables[0]!.rect;
      const smaller = plan({ asOf: '2005-01-01' });
      const refreshed = await refreshTable(fake.host, outcome.table, smaller);
      assert.ok(refreshed.ok, JSON.stringify(refreshed));
      const now = state.tables[0]!.rect;
      assert.equal(now.rows, smaller.body.length + 1);
      const below = { row: now.row + now.rows, column: old.column, rows: old.rows - now.rows, columns: old.columns };
      assert.equal(state.usedIn(state.sheet('Sheet1'), below), null);
    });

    it('leaves the caption alone once the user typed over it or moved the table', async () => {
      const { fake, state, outcome } = await inserted({ asOf: '2010-01-01' });
      state.setCell('Sheet1', 'B2', 'my heading');
      const refreshed = await refreshTable(fake.host, outcome.table, plan({ asOf: '2024-07-31' }));
      assert.ok(refreshed.ok, JSON.stringify(refreshed));
      assert.deepEqual(state.values('Sheet1', 'B2:B3'), [['my heading'], [plan().caption[1]!]]);
      // Having given the caption up, later refreshes leave those cells alone too.
      state.setCell('Sheet1', 'B2', '');
      assert.ok((await refreshTable(fake.host, outcome.table, plan({ asOf: '2024-07-31' }))).ok);
      assert.deepEqual(state.values('Sheet1', 'B2'), [['']]);
    });

    it('refuses a table the user added rows or columns to, changing nothing', async () => {
      const { fake, state, outcome } = await inserted();
      const table = state.tables[0]!;
      state.setCell('Sheet1', `B${table.rect.row + table.rect.rows + 1}`, 'my row');
      table.rect = { ...table.rect, rows: table.rect.rows + 1 };
      const before = contents(state);
      const refused = await refreshTable(fake.host, outcome.table, plan({ asOf: '2024-07-31' }));
      assert.deepEqual(!refused.ok && refused.refusal, { code: 'tableChanged', table: outcome.table });
      assert.equal(contents(state), before);
    });

    it('puts the old table, cells and record back when the write fails midway', async () => {
      // From 6 rows (2001) to 8 (2024): the table grows into two empty rows, which must be empty again.
      const { fake, state, outcome } = await inserted({ asOf: '2001-07-01' });
      const rows = state.tables[0]!.rect.rows;
      const before = contents(state);
      // The settings write, in the last batch, fails after the cells were written.
      const add = state.settings.set.bind(state.settings);
      let fail = true;
      state.settings.set = (key: string, value: unknown) => {
        if (fail) {
          fail = false;
          throw new FakeOfficeError('GeneralException', 'Die Einstellung konnte nicht gespeichert werden.');
        }
        return add(key, value);
      };
      const newer = plan({ asOf: '2024-07-31' });
      assert.ok(newer.body.length + 1 > rows, 'the refresh must grow the table for this test');
      const refreshed = await refreshTable(fake.host, outcome.table, newer);
      assert.deepEqual(!refreshed.ok && refreshed.refusal, { code: 'excelError', errorCode: 'GeneralException' });
      assert.equal(contents(state), before);
    });

    it('refuses to grow over the user\'s cells below its table', async () => {
      const { fake, state, outcome } = await inserted({ asOf: '2001-07-01' });
      const bottom = state.tables[0]!.rect;
      state.setCell('Sheet1', `B${bottom.row + bottom.rows + 2}`, 'user data');
      const before = contents(state);
      const refreshed = await refreshTable(fake.host, outcome.table, plan({ asOf: '2024-07-31' }));
      assert.equal(!refreshed.ok && refreshed.refusal.code, 'occupied');
      assert.equal(contents(state), before);
    });

    it('refuses a table it did not create, and one that is gone', async () => {
      const { fake, state, outcome } = await inserted();
      state.settings.delete(recordKey(outcome.table));
      const before = contents(state);
      const refused = await refreshTable(fake.host, outcome.table, plan());
      assert.deepEqual(!refused.ok && refused.refusal, { code: 'notRecorded', table: outcome.table });
      assert.equal(contents(state), before);
      const gone = await refreshTable(fake.host, 'tbl_roster_7', plan());
      assert.deepEqual(!gone.ok && gone.refusal, { code: 'tableMissing', table: 'tbl_roster_7' });
    });
  });

  describe('chart', () => {
    const chartPlan = (lang: 'en' | 'ru' = 'en') => planChart(fixtureData, fixtureRelease, 'membership_timeline', { lang });

    it('inserts the counts table and a stacked column chart of it on a new sheet, in two syncs', async () => {
      const fake = createFakeExcel();
      const outcome = await insertTable(fake.host, chartPlan('ru'), 'newSheet');
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.equal(fake.state.syncs, 2);
      const [chart] = fake.state.snapshot().charts;
      const template = CHARTS.membership_timeline;
      const table = fake.state.tables[0]!.rect;
      const columnOf = (key: string) => columnLetters(table.column + TEMPLATES.status_counts.columns.findIndex((column) => column.key === key));
      const lastRow = table.row + table.rows;
      assert.deepEqual(chart, {
        name: `${outcome.table}_chart`,
        sheet: outcome.sheet,
        type: 'ColumnStacked',
        title: template.title.ru,
        categoryAxisTitle: template.categoryAxis.ru,
        valueAxisTitle: template.valueAxis.ru,
        legendPosition: 'Bottom',
        position: `${columnLetters(table.column + table.columns + 1)}1`,
        series: template.series.map((key) => ({
          name: TEMPLATES.status_counts.columns.find((column) => column.key === key)!.headers.ru,
          values: `${columnOf(key)}${table.row + 2}:${columnOf(key)}${lastRow}`,
          categories: `${columnOf('year')}${table.row + 2}:${columnOf('year')}${lastRow}`,
        })),
      });
      assert.equal(decodeRecord(fake.state.settings.get(recordKey(outcome.table)))?.chart, 'membership_timeline');
    });

    it('leaves nothing behind when Excel cannot make the chart', async () => {
      const fake = createFakeExcel();
      fake.state.addChart = () => {
        throw new FakeOfficeError('GeneralException', 'Das Diagramm konnte nicht erstellt werden.');
      };
      const before = contents(fake.state);
      const outcome = await insertTable(fake.host, chartPlan(), 'newSheet');
      assert.deepEqual(!outcome.ok && outcome.refusal, { code: 'excelError', errorCode: 'GeneralException' });
      assert.equal(contents(fake.state), before);
    });

    it('on refresh re-points the chart the user kept at the rewritten cells, without replacing it', async () => {
      const fake = createFakeExcel();
      const outcome = await insertTable(fake.host, chartPlan(), 'newSheet');
      assert.ok(outcome.ok);
      const chart = fake.state.charts[0]!;
      chart.title = 'my own title';
      for (const series of chart.series) series.categories = null;
      const refreshed = await refreshTable(fake.host, outcome.table, chartPlan());
      assert.ok(refreshed.ok, JSON.stringify(refreshed));
      assert.deepEqual(fake.state.charts, [chart]);
      assert.equal(chart.title, 'my own title');
      assert.ok(chart.series.every((series) => series.categories !== null));
    });

    it('refreshes the table when the user deleted the chart, and draws none', async () => {
      const fake = createFakeExcel();
      const outcome = await insertTable(fake.host, chartPlan(), 'newSheet');
      assert.ok(outcome.ok);
      fake.state.charts = [];
      const refreshed = await refreshTable(fake.host, outcome.table, chartPlan());
      assert.ok(refreshed.ok, JSON.stringify(refreshed));
      assert.deepEqual(fake.state.charts, []);
    });
  });
});
