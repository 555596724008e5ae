import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHARTS, TEMPLATES, excelTableName } from '../../src/core';
import { columnLetters } from '../../src/addin/addresses';
import { insertTable, listInsertedTables, newSession, refreshTable, type InsertedTable, type Outcome, type Session } from '../../src/addin/excel-adapter';
import { ADDIN_TABLES, type InsertOptions } from '../../src/addin/options';
import { planChart, planTable, type TablePlan } from '../../src/addin/plan';
import { decodeRecord, recordKey } from '../../src/addin/record';
import { createFakeExcel, FakeOfficeError, FakeWorkbookState, type FakeExcel } from './fake-excel';
import { DEFAULT_COLUMN_POINTS } from './fake-excel/state';
import { ROOT } from '../helpers';
import { fixtureData, fixtureRelease } from './helpers';

const plan = (options: Partial<InsertOptions> = {}): TablePlan => planTable(fixtureData, fixtureRelease, { table: 'roster', lang: 'en', sources: true, ...options });

/** Everything a test might find changed: the cells, widths, tables, charts and settings. */
const contents = (state: FakeWorkbookState) => JSON.stringify({ ...state.snapshot(), syncs: undefined });

let nonces = 0;
const session = (): Session => newSession(() => (++nonces).toString(16).padStart(16, '0'));

const ok = (outcome: Outcome) => {
  assert.ok(outcome.ok, JSON.stringify(outcome));
  return outcome;
};
const refusal = (outcome: Outcome) => (outcome.ok ? null : outcome.refusal);

/** The entry the pane would pass to Refresh: from the outcome's own list. */
const entryOf = (outcome: Outcome, tableId: string): InsertedTable => {
  const entry = outcome.view?.tables.find((table) => table.id === tableId);
  assert.ok(entry, `no entry for ${tableId} in ${JSON.stringify(outcome.view?.tables)}`);
  return entry;
};

/** Makes the next sync of the next Excel.run run `between` after it completes (another add-in or the user acting between our round trips). */
function actBetweenSyncs(fake: FakeExcel, between: (state: FakeWorkbookState) => void, afterSync = 1) {
  const realRun = fake.host.run.bind(fake.host);
  let armed = true;
  fake.host.run = (batch) =>
    realRun(async (context) => {
      if (armed) {
        armed = false;
        const sync = context.sync.bind(context);
        let syncs = 0;
        context.sync = (async () => {
          await sync();
          if (++syncs === afterSync) between(fake.state);
        }) as typeof context.sync;
      }
      return batch(context);
    });
}

describe('Excel adapter (against the fake Excel)', () => {
  it('inserts every table on a new, uniquely named sheet in two syncs, its list included', async () => {
    for (const table of ADDIN_TABLES) {
      const fake = createFakeExcel(new FakeWorkbookState(['Sheet1']));
      const tablePlan = plan({ table });
      const outcome = ok(await insertTable(fake.host, session(), tablePlan, 'newSheet'));
      assert.equal(fake.state.syncs, 2, table);
      assert.equal(outcome.sheet, tablePlan.sheetTitle);
      assert.equal(outcome.table, excelTableName(tablePlan.template, '1'));
      const [made] = fake.state.tables;
      assert.equal(made?.name, outcome.table);
      assert.equal(made?.id, outcome.tableId);
      assert.equal(made?.rect.rows, tablePlan.body.length + 1);
      assert.deepEqual(fake.state.values(outcome.sheet, 'A1:A2').flat(), tablePlan.caption);
      assert.deepEqual(fake.state.values(outcome.sheet, outcome.address)[0], tablePlan.header);
      // The pane's list and sheet names come back with the insert: no third round trip.
      assert.deepEqual(
        outcome.view?.tables.map((entry) => [entry.id, entry.name]),
        [[made!.id, outcome.table]],
      );
      assert.deepEqual(outcome.view?.sheets, ['Sheet1', outcome.sheet]);
      assert.deepEqual(
        fake.state.sheets.map((sheet) => sheet.name),
        ['Sheet1', outcome.sheet],
        'no other sheet is left behind',
      );
    }
  });

  it('inserts a table of issue 14 (summit attendance, Russian) with its localized sheet name, headers and rows', async () => {
    const fake = createFakeExcel(new FakeWorkbookState(['Sheet1']));
    const outcome = ok(await insertTable(fake.host, session(), plan({ table: 'summit_attendance', lang: 'ru' }), 'newSheet'));
    // Written by hand from templates/summit_attendance.ts and test/fixtures/valid/summit_attendance.csv
    // (five rows, by summit and participant; a state's name in Russian, an organisation's slug; the
    // fixture's countries.csv leaves name_ru empty, so China's is i18n-iso-countries' Russian name).
    assert.equal(outcome.sheet, 'Участие в саммитах');
    assert.equal(outcome.table, 'tbl_summit_attendance_1');
    const [header, ...body] = fake.state.values(outcome.sheet, outcome.address);
    assert.deepEqual(header!.slice(0, 4), ['Саммит', 'Участник', 'Наименование участника', 'Вид участника']);
    assert.deepEqual(
      body.map((row) => row.slice(0, 3)),
      [
        ['chs_2005', 'IND', 'Индия'],
        ['chs_2017', 'CHN', 'КНР (Китайская Народная Республика)'],
        ['chs_2017', 'IND', 'Индия'],
        ['chs_2017', 'KAZ', 'Казахстан'],
        ['chs_2017', 'un', 'un'],
      ],
    );
    const mode = header!.indexOf('Форма участия');
    assert.deepEqual(
      body.map((row) => row[mode]),
      ['absent', 'in_person', 'in_person', 'video', 'in_person'],
    );
    assert.equal(fake.state.tables[0]?.id, outcome.tableId);
  });

  it('writes the planned values and number formats and records the insert with a fingerprint', async () => {
    const fake = createFakeExcel();
    const tablePlan = plan({ table: 'summits', lang: 'ru' });
    const outcome = ok(await insertTable(fake.host, session(), tablePlan, 'newSheet'));
    const body = fake.state.values(outcome.sheet, outcome.address).slice(1);
    assert.deepEqual(
      body,
      tablePlan.body.map((row) => row.map((cell) => cell.value ?? '')),
    );
    assert.deepEqual(
      fake.state.formats(outcome.sheet, outcome.address).slice(1),
      tablePlan.body.map((row) => row.map((cell) => cell.format)),
    );
    assert.equal(fake.state.tables[0]?.style, tablePlan.style);
    const [key] = [...fake.state.settings.keys()];
    const record = decodeRecord(fake.state.settings.get(key!));
    assert.equal(record?.name, outcome.table);
    assert.equal(record?.sheetId, fake.state.sheet(outcome.sheet).id);
    assert.equal(record?.fingerprint.address, outcome.address);
    assert.deepEqual(record?.options, tablePlan.options);
  });

  it('never reuses a sheet or table name', async () => {
    const state = new FakeWorkbookState(['Roster']);
    state.definedNames.push('tbl_roster_1');
    const fake = createFakeExcel(state);
    const s = session();
    const first = ok(await insertTable(fake.host, s, plan(), 'newSheet'));
    const second = ok(await insertTable(fake.host, s, plan(), 'newSheet'));
    assert.deepEqual([first.sheet, second.sheet], ['Roster (2)', 'Roster (3)']);
    assert.deepEqual([first.table, second.table], ['tbl_roster_2', 'tbl_roster_3']);
  });

  it('inserts at the selected cell in two syncs when the cells are free', async () => {
    const state = new FakeWorkbookState();
    state.setCell('Sheet1', 'A1', 'my notes');
    state.select('Sheet1', 'C3');
    const fake = createFakeExcel(state);
    const tablePlan = plan();
    const outcome = ok(await insertTable(fake.host, session(), tablePlan, 'selection'));
    assert.equal(fake.state.syncs, 2);
    assert.equal(outcome.sheet, 'Sheet1');
    assert.match(outcome.address, /^C5:/);
    assert.deepEqual(state.values('Sheet1', 'A1'), [['my notes']]);
    assert.deepEqual(state.values('Sheet1', 'C3'), [[tablePlan.caption[0]]]);
  });

  const refusedCases: [string, (state: FakeWorkbookState) => void, string][] = [
    ['a value', (state) => state.setCell('Sheet1', 'D9', 42), 'occupied'],
    ['a formula', (state) => state.setCell('Sheet1', 'E4', 0, '=A1*0'), 'occupied'],
    ['another table', (state) => state.userTable('Sheet1', 'E7:F9', 'Sales'), 'tableOverlap'],
    ['a PivotTable', (state) => state.sheet('Sheet1').pivotTables.push({ name: 'PivotTable1', rect: { row: 10, column: 2, rows: 4, columns: 3 } }), 'pivotOverlap'],
    ['merged cells', (state) => state.merge('Sheet1', 'D4:E4'), 'merged'],
    ['a protected sheet', (state) => (state.sheet('Sheet1').protected = true), 'protected'],
    ['several selected areas', (state) => state.select('Sheet1', 'C3', 'H20'), 'multipleAreas'],
    ['a selection inside a table', (state) => state.userTable('Sheet1', 'B2:D5', 'Sales'), 'insideTable'],
    ['cell-edit mode', (state) => (state.cellEditMode = true), 'editMode'],
  ];
  for (const [what, arrange, code] of refusedCases) {
    it(`refuses to insert over ${what}, changing nothing`, async () => {
      const state = new FakeWorkbookState();
      state.setCell('Sheet1', 'A1', 'keep');
      state.select('Sheet1', 'C3');
      arrange(state);
      const before = contents(state);
      const outcome = await insertTable(createFakeExcel(state).host, session(), plan(), 'selection');
      assert.equal(refusal(outcome)?.code, code);
      assert.equal(contents(state), before);
      assert.ok(state.syncs <= 1, `checked in at most one sync, took ${state.syncs}`);
    });
  }

  describe('defect 4: merged areas that begin outside the target (office-js issue 3611)', () => {
    for (const [where, merge] of [
      ['into the caption row from the left', 'A3:D3'],
      ['into the table rows from above and the left', 'A1:D6'],
      ['into the last column from above', 'H1:H4'],
    ] as const) {
      it(`refuses a merge reaching ${where}, naming it, changing nothing`, async () => {
        const state = new FakeWorkbookState();
        state.merge('Sheet1', merge);
        state.select('Sheet1', 'C3');
        const before = contents(state);
        const outcome = await insertTable(createFakeExcel(state).host, session(), plan(), 'selection');
        assert.deepEqual(refusal(outcome), { code: 'merged', address: `Sheet1!${merge}` });
        assert.equal(contents(state), before);
        assert.equal(state.syncs, 1);
      });
    }

    it('ignores a merge beside the target that does not reach into it', async () => {
      const state = new FakeWorkbookState();
      state.merge('Sheet1', 'A1:B40');
      state.select('Sheet1', 'C3');
      ok(await insertTable(createFakeExcel(state).host, session(), plan(), 'selection'));
    });
  });

  it('refuses a table that would run off the sheet', async () => {
    const state = new FakeWorkbookState();
    state.select('Sheet1', 'A1048570');
    const outcome = await insertTable(createFakeExcel(state).host, session(), plan(), 'selection');
    assert.deepEqual(refusal(outcome), { code: 'doesNotFit', address: '' });
  });

  describe('defect 11: offers only what the host supports', () => {
    it('refuses at the selection and Refresh on ExcelApi 1.7 to 1.12, naming the requirement, without a round trip', async () => {
      for (const version of ['1.7', '1.9', '1.12']) {
        const fake = createFakeExcel(new FakeWorkbookState(), version);
        assert.deepEqual(refusal(await insertTable(fake.host, session(), plan(), 'selection')), { code: 'unsupported', feature: 'selection', requirement: 'ExcelApi 1.13' });
        const inserted = ok(await insertTable(fake.host, session(), plan(), 'newSheet'));
        fake.state.syncs = 0;
        assert.deepEqual(refusal(await refreshTable(fake.host, session(), entryOf(inserted, inserted.tableId), plan())), { code: 'unsupported', feature: 'refresh', requirement: 'ExcelApi 1.13' });
        assert.equal(fake.state.syncs, 0);
      }
    });

    it('refuses every insert below ExcelApi 1.7 instead of failing with ApiNotFound', async () => {
      const fake = createFakeExcel(new FakeWorkbookState(), '1.6');
      const before = contents(fake.state);
      assert.deepEqual(refusal(await insertTable(fake.host, session(), plan(), 'newSheet')), { code: 'unsupported', feature: 'newSheet', requirement: 'ExcelApi 1.7' });
      assert.deepEqual(refusal(await insertTable(fake.host, session(), planChart(fixtureData, fixtureRelease, 'membership_timeline', { lang: 'en' }), 'newSheet')), {
        code: 'unsupported',
        feature: 'chart',
        requirement: 'ExcelApi 1.7',
      });
      assert.equal(fake.state.syncs, 0);
      assert.equal(contents(fake.state), before);
    });
  });

  it('reports a protected workbook structure when a sheet cannot be added, changing nothing', async () => {
    const state = new FakeWorkbookState();
    state.workbookProtected = true;
    const before = contents(state);
    const outcome = await insertTable(createFakeExcel(state).host, session(), plan(), 'newSheet');
    assert.deepEqual(refusal(outcome), { code: 'protected', sheet: '' });
    assert.equal(contents(state), before);
  });

  it('leaves no half-written table at the selection when the write fails midway', async () => {
    const state = new FakeWorkbookState();
    state.select('Sheet1', 'B2');
    const fake = createFakeExcel(state);
    // Another add-in takes the table name between our check and our write.
    actBetweenSyncs(fake, (s) => s.definedNames.push('tbl_roster_1'));
    // An empty cell the user had formatted as a percentage keeps its format.
    state.sheet('Sheet1').cells.set('5,2', { value: '', format: '0.00%' });
    const before = contents(state);
    const outcome = await insertTable(fake.host, session(), plan(), 'selection');
    assert.deepEqual(refusal(outcome), { code: 'excelError', errorCode: 'ItemAlreadyExists' });
    assert.equal(contents(state), before);
    assert.deepEqual(state.formats('Sheet1', 'C6'), [['0.00%']]);
  });

  describe('defect 3: the undo removes only what this run created, by id', () => {
    it('keeps a sheet another add-in created with the chosen name between the read and the write', async () => {
      const fake = createFakeExcel(new FakeWorkbookState(['Sheet1']));
      actBetweenSyncs(fake, (state) => {
        const theirs = state.addSheet('Roster');
        theirs.cells.set('0,0', { value: 'their data', format: 'General' });
      });
      const outcome = await insertTable(fake.host, session(), plan(), 'newSheet');
      assert.deepEqual(refusal(outcome), { code: 'excelError', errorCode: 'ItemAlreadyExists' });
      assert.deepEqual(
        fake.state.sheets.map((sheet) => sheet.name),
        ['Sheet1', 'Roster'],
      );
      assert.deepEqual(fake.state.values('Roster', 'A1'), [['their data']]);
      assert.deepEqual([...fake.state.settings.keys()], []);
    });

    it('at the selection, deletes only a table it made, not one another add-in made beside it', async () => {
      const state = new FakeWorkbookState();
      state.select('Sheet1', 'B2');
      const fake = createFakeExcel(state);
      const tablePlan = plan();
      actBetweenSyncs(fake, (s) => {
        s.userTable('Sheet1', 'P1:Q3', 'Theirs');
        s.definedNames.push('tbl_roster_1');
      });
      const outcome = await insertTable(fake.host, session(), tablePlan, 'selection');
      assert.equal(refusal(outcome)?.code, 'excelError');
      assert.deepEqual(
        state.tables.map((table) => table.name),
        ['Theirs'],
      );
      assert.equal(state.usedIn(state.sheet('Sheet1'), { row: 0, column: 0, rows: 100, columns: 12 }), null);
    });
  });

  describe('defect 5: an undo that fails says what remains', () => {
    it('new sheet: reports the sheet left behind, not "nothing was left half-written"', async () => {
      const fake = createFakeExcel();
      const tablePlan = plan();
      fake.state.addChart = () => {
        throw new FakeOfficeError('GeneralException', 'Das Diagramm konnte nicht erstellt werden.');
      };
      fake.state.deleteSheet = () => {
        throw new FakeOfficeError('GeneralException', 'Das Blatt konnte nicht gelöscht werden.');
      };
      const outcome = await insertTable(fake.host, session(), planChart(fixtureData, fixtureRelease, 'membership_timeline', { lang: 'en' }), 'newSheet');
      const rows = tablePlan.rows;
      assert.ok(rows > 0);
      const left = fake.state.sheets[1]!;
      assert.deepEqual(refusal(outcome), {
        code: 'undoFailed',
        errorCode: 'GeneralException',
        remains: `'${left.name}'!A1:H${planChart(fixtureData, fixtureRelease, 'membership_timeline', { lang: 'en' }).rows}`,
      });
    });

    it('at the selection: reports the cells left written', async () => {
      const state = new FakeWorkbookState();
      state.select('Sheet1', 'B2');
      const fake = createFakeExcel(state);
      actBetweenSyncs(fake, (s) => {
        s.definedNames.push('tbl_roster_1');
        // From now on the cells cannot be cleared.
        s.clear = () => {
          throw new FakeOfficeError('GeneralException', 'Löschen fehlgeschlagen.');
        };
        s.writeCells = ((original) =>
          function (this: FakeWorkbookState, ...args: Parameters<FakeWorkbookState['writeCells']>) {
            if (args[2]?.every((row) => row.every((value) => value === ''))) throw new FakeOfficeError('GeneralException', 'Löschen fehlgeschlagen.');
            return original.apply(this, args);
          })(s.writeCells);
      });
      const tablePlan = plan();
      const outcome = await insertTable(fake.host, session(), tablePlan, 'selection');
      const last = `${columnLetters(1 + tablePlan.columns - 1)}${1 + tablePlan.rows}`;
      assert.deepEqual(refusal(outcome), { code: 'undoFailed', errorCode: 'ItemAlreadyExists', remains: `Sheet1!B2:${last}` });
    });
  });

  describe('defect 6: column widths', () => {
    it('on a new sheet sets each column from the template hint and never autofits the caption column', async () => {
      const fake = createFakeExcel();
      const tablePlan = plan({ table: 'summits' });
      const outcome = ok(await insertTable(fake.host, session(), tablePlan, 'newSheet'));
      const widths = tablePlan.template.columns.map((_, index) => fake.state.columnWidth(outcome.sheet, columnLetters(index)));
      // The hints, in characters, at Excel's 7 px a digit plus 5 px of margin, 0.75 pt a px.
      assert.deepEqual(
        widths,
        tablePlan.template.columns.map((column) => (column.width * 7 + 5) * 0.75),
      );
      assert.ok(widths[0]! < 200, `column A is ${widths[0]} pt: sized by the caption?`);
      assert.equal(fake.state.columnWidth(outcome.sheet, columnLetters(tablePlan.columns)), DEFAULT_COLUMN_POINTS, 'no column beyond the table');
    });

    it('at the selection changes the width of no column', async () => {
      const state = new FakeWorkbookState();
      state.sheet('Sheet1').columnWidths.set(3, 20);
      state.select('Sheet1', 'C3');
      const fake = createFakeExcel(state);
      ok(await insertTable(fake.host, session(), plan(), 'selection'));
      assert.deepEqual([...state.sheet('Sheet1').columnWidths], [[3, 20]]);
    });
  });

  it('defect 10: splits and retries a request the host rejects as too large, and remembers the smaller budget', async () => {
    const fake = createFakeExcel();
    // Small enough that the panel needs several requests, large enough for the first request's
    // fixed work (sheet, table, widths and formats of every column) with one row.
    fake.state.requestLimitBytes = 16 * 1024;
    const tablePlan = plan({ table: 'country_year' });
    const s = session();
    const outcome = ok(await insertTable(fake.host, s, tablePlan, 'newSheet'));
    assert.deepEqual(
      fake.state.values(outcome.sheet, outcome.address).slice(1),
      tablePlan.body.map((row) => row.map((cell) => cell.value ?? '')),
    );
    assert.ok(fake.state.requestBytes.every((bytes, index) => bytes <= fake.state.requestLimitBytes || index > 0));
    assert.ok(s.budgetBytes <= 16 * 1024, `budget now ${s.budgetBytes}`);
    assert.ok(fake.state.requestBytes.length > 3, 'the table took several requests');
    // The next insert starts from the learned budget: no request is rejected.
    fake.state.requestBytes = [];
    ok(await insertTable(fake.host, s, tablePlan, 'newSheet'));
    assert.ok(
      fake.state.requestBytes.every((bytes) => bytes <= fake.state.requestLimitBytes),
      JSON.stringify(fake.state.requestBytes),
    );
  });

  it('refuses an empty table', async () => {
    const outcome = await insertTable(createFakeExcel().host, session(), plan({ statuses: ['withdrawn'], asOf: '1996-01-01' }), 'newSheet');
    assert.deepEqual(refusal(outcome), { code: 'noRows' });
  });

  describe('refresh', () => {
    async function inserted(options: Partial<InsertOptions> = {}) {
      const state = new FakeWorkbookState();
      state.select('Sheet1', 'B2');
      const fake = createFakeExcel(state);
      const s = session();
      const outcome = ok(await insertTable(fake.host, s, plan(options), 'selection'));
      state.syncs = 0;
      return { fake, state, outcome, s, entry: entryOf(outcome, outcome.tableId) };
    }

    it('lists the tables the add-in inserted, not the others', async () => {
      const { fake, state, outcome, s } = await inserted();
      state.userTable('Sheet1', 'A40:B41', 'tbl_roster_9');
      assert.deepEqual(
        (await listInsertedTables(fake.host, s)).tables.map((entry) => entry.name),
        [outcome.table],
      );
    });

    it('re-fills its own table in place, resized to the new rows, in two syncs', async () => {
      const { fake, state, s, entry } = await inserted({ asOf: '2010-01-01' });
      const tableBefore = state.tables[0]!;
      tableBefore.style = 'TableStyleLight9';
      // The roster grew since: the new data has more rows than the old table.
      const newer = plan({ ...entry.record.options, asOf: '2024-07-31' });
      const refreshed = ok(await refreshTable(fake.host, s, entry, newer));
      assert.equal(state.syncs, 2);
      // The same Excel table, so formulas and PivotTables that use it, and its style, still work.
      assert.deepEqual(state.tables, [tableBefore]);
      assert.equal(tableBefore.style, 'TableStyleLight9');
      assert.equal(tableBefore.rect.rows, newer.body.length + 1);
      assert.deepEqual(
        state.values('Sheet1', refreshed.address).slice(1),
        newer.body.map((row) => row.map((cell) => cell.value ?? '')),
      );
      assert.deepEqual(
        state.values('Sheet1', 'B2:B3'),
        newer.caption.map((line) => [line]),
      );
      const record = decodeRecord(state.settings.get(entry.key));
      assert.equal(record?.fingerprint.address, refreshed.address);
      assert.equal(record?.tableId, tableBefore.id);
      assert.deepEqual(record?.options, newer.options);
      // And again, from the outcome's list: the record it wrote proves the refreshed table.
      ok(await refreshTable(fake.host, s, entryOf(refreshed, tableBefore.id), plan({ asOf: '2015-01-01' })));
    });

    it('empties the rows a shrinking table no longer needs', async () => {
      const { fake, state, s, entry } = await inserted({ asOf: '2024-07-31' });
      const old = state.tables[0]!.rect;
      const smaller = plan({ asOf: '2005-01-01' });
      ok(await refreshTable(fake.host, s, entry, smaller));
      const now = state.tables[0]!.rect;
      assert.equal(now.rows, smaller.body.length + 1);
      const below = { row: now.row + now.rows, column: old.column, rows: old.rows - now.rows, columns: old.columns };
      assert.equal(state.usedIn(state.sheet('Sheet1'), below), null);
    });

    it('leaves the caption alone once the user typed over it', async () => {
      const { fake, state, s, entry } = await inserted({ asOf: '2010-01-01' });
      state.setCell('Sheet1', 'B2', 'my heading');
      const refreshed = ok(await refreshTable(fake.host, s, entry, plan({ asOf: '2024-07-31' })));
      assert.deepEqual(state.values('Sheet1', 'B2:B3'), [['my heading'], [plan().caption[1]!]]);
      // Having given the caption up, later refreshes leave those cells alone too.
      state.setCell('Sheet1', 'B2', '');
      ok(await refreshTable(fake.host, s, entryOf(refreshed, entry.id), plan({ asOf: '2024-07-31' })));
      assert.deepEqual(state.values('Sheet1', 'B2'), [['']]);
    });

    it('defect 1: refuses a table whose cells the user changed, saying where, and changes nothing', async () => {
      const { fake, state, s, entry, outcome } = await inserted();
      // Inside the body (row 5 is the first body row: caption B2:B3, header B4), then a second cell further down.
      state.setCell('Sheet1', 'C6', 'my own value');
      state.setCell('Sheet1', 'D8', 12);
      const before = contents(state);
      const refused = await refreshTable(fake.host, s, entry, plan({ asOf: '2024-07-31' }));
      assert.deepEqual(refusal(refused), { code: 'userEdited', table: outcome.table, address: 'Sheet1!C6:D8' });
      assert.equal(contents(state), before);
      assert.equal(state.syncs, 1);
    });

    it('defect 1: a changed header or a formula typed over a value counts as an edit too', async () => {
      const { fake, state, s, entry } = await inserted();
      state.setCell('Sheet1', 'B4', 'Renamed column');
      assert.deepEqual(refusal(await refreshTable(fake.host, s, entry, plan())), { code: 'userEdited', table: entry.name, address: 'Sheet1!B4' });
      state.setCell('Sheet1', 'B4', plan().header[0]!);
      const cell = state.cell(state.sheet('Sheet1'), 5, 2)!;
      state.sheet('Sheet1').cells.set('5,2', { ...cell, formula: `="${String(cell.value)}"` });
      assert.deepEqual(refusal(await refreshTable(fake.host, s, entry, plan())), { code: 'userEdited', table: entry.name, address: 'Sheet1!C6' });
    });

    it('refuses a table the user added rows or columns to, saying what changed, and changes nothing', async () => {
      const { fake, state, s, entry, outcome } = await inserted();
      const table = state.tables[0]!;
      const was = `Sheet1!${outcome.address}`;
      state.setCell('Sheet1', `B${table.rect.row + table.rect.rows + 1}`, 'my row');
      table.rect = { ...table.rect, rows: table.rect.rows + 1 };
      const before = contents(state);
      const refused = await refreshTable(fake.host, s, entry, plan({ asOf: '2024-07-31' }));
      const now = `Sheet1!${outcome.address.replace(/\d+$/, (last) => String(Number(last) + 1))}`;
      assert.deepEqual(refusal(refused), { code: 'tableResized', table: outcome.table, was, now });
      assert.equal(contents(state), before);
    });

    it('defect 7: refreshes a table the user renamed, and lists it under its new name', async () => {
      const { fake, state, s, entry } = await inserted({ asOf: '2010-01-01' });
      state.renameTable(state.tables[0]!, 'MyRoster');
      const view = await listInsertedTables(fake.host, s);
      assert.deepEqual(
        view.tables.map((table) => [table.id, table.name]),
        [[entry.id, 'MyRoster']],
      );
      const refreshed = ok(await refreshTable(fake.host, s, view.tables[0]!, plan({ asOf: '2024-07-31' })));
      assert.equal(refreshed.table, 'MyRoster');
    });

    it('defect 7: after the pane is reopened (a new session), proves its table by place and fingerprint, renamed or not, then refreshes', async () => {
      const { state } = await inserted({ asOf: '2010-01-01' });
      state.renameTable(state.tables[0]!, 'Renamed');
      // The record was written before Excel gave the table its id: the new session must prove it.
      const reopened = createFakeExcel(FakeWorkbookState.restore(state.save()));
      const view = await listInsertedTables(reopened.host, session());
      assert.deepEqual(
        view.tables.map((table) => table.name),
        ['Renamed'],
      );
      assert.equal(decodeRecord([...reopened.state.settings.values()][0])?.tableId, reopened.state.tables[0]!.id, 'and stores the id it proved');
      ok(await refreshTable(reopened.host, session(), view.tables[0]!, plan({ asOf: '2024-07-31' })));
    });

    it('defect 1 and 2: in a new session, an unbound record proves nothing over a table whose cells differ', async () => {
      const { state } = await inserted({ asOf: '2010-01-01' });
      state.setCell('Sheet1', 'C6', 'typed by the user');
      const reopened = createFakeExcel(FakeWorkbookState.restore(state.save()));
      assert.deepEqual((await listInsertedTables(reopened.host, session())).tables, []);
      assert.equal([...reopened.state.settings.keys()].length, 1, 'the record is kept, not trusted');
    });

    it('defect 2: never touches a user table given the name of one the add-in made, after its sheet was deleted', async () => {
      const state = new FakeWorkbookState(['Sheet1']);
      const fake = createFakeExcel(state);
      const s = session();
      const outcome = ok(await insertTable(fake.host, s, plan(), 'newSheet'));
      state.deleteSheet(state.sheet(outcome.sheet));
      const theirs = state.userTable('Sheet1', 'A1:B3', outcome.table);
      state.setCell('Sheet1', 'A2', 'their value');
      const before = contents(state);
      const view = await listInsertedTables(fake.host, s);
      assert.deepEqual(view.tables, []);
      assert.deepEqual([...state.settings.keys()], [], 'the record of the gone table was pruned');
      // Even a stale pane that still lists the old entry cannot refresh the user's table.
      const stale: InsertedTable = { ...entryOf(outcome, outcome.tableId), id: theirs.id };
      assert.deepEqual(refusal(await refreshTable(fake.host, s, stale, plan())), { code: 'notRecorded', table: outcome.table });
      const withoutSettings = (text: string) => JSON.stringify({ ...JSON.parse(text), settings: undefined });
      assert.equal(withoutSettings(contents(state)), withoutSettings(before));
      assert.deepEqual(state.values('Sheet1', 'A2'), [['their value']]);
    });

    it('defect 2: a table whose id is in no record is never listed or refreshed, in a new session either', async () => {
      const { state } = await inserted();
      const saved = FakeWorkbookState.restore(state.save());
      saved.tables = [];
      const theirs = saved.userTable('Sheet1', 'B4:C6', 'tbl_roster_1');
      const fake = createFakeExcel(saved);
      assert.deepEqual((await listInsertedTables(fake.host, session())).tables, []);
      assert.ok(saved.tables.includes(theirs));
    });

    it('puts the old table, cells and record back when the write fails midway', async () => {
      // From 6 rows (2001) to 8 (2024): the table grows into two empty rows, which must be empty again.
      const { fake, state, s, entry } = await inserted({ asOf: '2001-07-01' });
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
      const refreshed = await refreshTable(fake.host, s, entry, newer);
      assert.deepEqual(refusal(refreshed), { code: 'excelError', errorCode: 'GeneralException' });
      assert.equal(contents(state), before);
    });

    it('defect 5: says what remains when putting the old table back fails too', async () => {
      const { fake, state, s, entry } = await inserted({ asOf: '2001-07-01' });
      const table = state.tables[0]!;
      state.settings.set = () => {
        throw new FakeOfficeError('GeneralException', 'Die Einstellung konnte nicht gespeichert werden.');
      };
      const resize = state.resizeTable.bind(state);
      let resizes = 0;
      state.resizeTable = (t, rect) => {
        if (++resizes > 1) throw new FakeOfficeError('GeneralException', 'Größenänderung fehlgeschlagen.');
        resize(t, rect);
      };
      const newer = plan({ asOf: '2024-07-31' });
      const refreshed = await refreshTable(fake.host, s, entry, newer);
      const last = table.rect.row + 1 + (newer.body.length + 1) - 1;
      assert.deepEqual(refusal(refreshed), { code: 'undoFailed', errorCode: 'GeneralException', remains: `Sheet1!B4:${columnLetters(table.rect.column + table.rect.columns - 1)}${last}` });
    });

    it("refuses to grow over the user's cells below its table", async () => {
      const { fake, state, s, entry } = await inserted({ asOf: '2001-07-01' });
      const bottom = state.tables[0]!.rect;
      state.setCell('Sheet1', `B${bottom.row + bottom.rows + 2}`, 'user data');
      const before = contents(state);
      const refreshed = await refreshTable(fake.host, s, entry, plan({ asOf: '2024-07-31' }));
      assert.equal(refusal(refreshed)?.code, 'occupied');
      assert.equal(contents(state), before);
    });

    it('refuses to grow into a merge that begins above and left of the new rows', async () => {
      const { fake, state, s, entry } = await inserted({ asOf: '2001-07-01' });
      const bottom = state.tables[0]!.rect;
      const mergeRow = bottom.row + bottom.rows + 1;
      state.merge('Sheet1', `A${mergeRow}:C${mergeRow + 1}`);
      const before = contents(state);
      const refreshed = await refreshTable(fake.host, s, entry, plan({ asOf: '2024-07-31' }));
      assert.deepEqual(refusal(refreshed), { code: 'merged', address: `Sheet1!A${mergeRow}:C${mergeRow + 1}` });
      assert.equal(contents(state), before);
    });

    it('refuses a table that is gone', async () => {
      const { fake, state, s, entry } = await inserted();
      state.deleteTable(state.tables[0]!);
      assert.deepEqual(refusal(await refreshTable(fake.host, s, entry, plan())), { code: 'tableMissing', table: entry.name });
    });
  });

  describe('chart', () => {
    const chartPlan = (lang: 'en' | 'ru' = 'en') => planChart(fixtureData, fixtureRelease, 'membership_timeline', { lang });

    it('inserts the counts table and a stacked column chart of it on a new sheet, in two syncs', async () => {
      const fake = createFakeExcel();
      const outcome = ok(await insertTable(fake.host, session(), chartPlan('ru'), 'newSheet'));
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
      assert.equal(entryOf(outcome, outcome.tableId).record.chartId, fake.state.charts[0]!.id);
    });

    it('leaves nothing behind when Excel cannot make the chart', async () => {
      const fake = createFakeExcel();
      fake.state.addChart = () => {
        throw new FakeOfficeError('GeneralException', 'Das Diagramm konnte nicht erstellt werden.');
      };
      const before = contents(fake.state);
      const outcome = await insertTable(fake.host, session(), chartPlan(), 'newSheet');
      assert.deepEqual(refusal(outcome), { code: 'excelError', errorCode: 'GeneralException' });
      assert.equal(contents(fake.state), before);
    });

    it('on refresh re-points the chart the user kept (found by id) at the rewritten cells, in two syncs', async () => {
      const fake = createFakeExcel();
      const s = session();
      const outcome = ok(await insertTable(fake.host, s, chartPlan(), 'newSheet'));
      const chart = fake.state.charts[0]!;
      chart.title = 'my own title';
      chart.name = 'Renamed by the user';
      for (const series of chart.series) series.categories = null;
      fake.state.syncs = 0;
      ok(await refreshTable(fake.host, s, entryOf(outcome, outcome.tableId), chartPlan()));
      assert.equal(fake.state.syncs, 2, 'one round trip reads, one writes, the chart included');
      assert.deepEqual(fake.state.charts, [chart]);
      assert.equal(chart.title, 'my own title');
      assert.ok(chart.series.every((series) => series.categories !== null));
    });

    it('refreshes the table when the user deleted the chart, and draws none', async () => {
      const fake = createFakeExcel();
      const s = session();
      const outcome = ok(await insertTable(fake.host, s, chartPlan(), 'newSheet'));
      fake.state.charts = [];
      ok(await refreshTable(fake.host, s, entryOf(outcome, outcome.tableId), chartPlan()));
      assert.deepEqual(fake.state.charts, []);
    });
  });

  it('defect 8: reading the list in cell-edit mode fails with the edit-mode code the pane retries on', async () => {
    const fake = createFakeExcel();
    fake.state.cellEditMode = true;
    await assert.rejects(listInsertedTables(fake.host, session()), (error: { code?: string }) => error.code === 'InvalidOperationInCellEditMode');
  });

  it('a record kept under the old name-keyed format is not trusted', async () => {
    const fake = createFakeExcel();
    fake.state.userTable('Sheet1', 'A1:B3', 'tbl_roster_1');
    fake.state.settings.set(recordKey('tbl_roster_1'), JSON.stringify({ format: 1, options: { table: 'roster', lang: 'en', sources: true }, caption: [], rows: 2, version: '1' }));
    assert.deepEqual((await listInsertedTables(fake.host, session())).tables, []);
  });
});

describe('defect 14: the README states the round trips the adapter takes', () => {
  it('insert (with the list), refresh and the chart, as measured here', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const stated = (what: RegExp) => Number(what.exec(readme)?.[1]);
    const fake = createFakeExcel();
    const s = session();
    const table = ok(await insertTable(fake.host, s, plan(), 'newSheet'));
    const insertSyncs = fake.state.syncs;
    fake.state.syncs = 0;
    ok(await refreshTable(fake.host, s, entryOf(table, table.tableId), plan()));
    const refreshSyncs = fake.state.syncs;
    const chart = planChart(fixtureData, fixtureRelease, 'membership_timeline', { lang: 'en' });
    fake.state.syncs = 0;
    const charted = ok(await insertTable(fake.host, s, chart, 'newSheet'));
    const chartSyncs = fake.state.syncs;
    fake.state.syncs = 0;
    ok(await refreshTable(fake.host, s, entryOf(charted, charted.tableId), chart));
    assert.deepEqual(
      [stated(/an insert takes \*\*(\d+)\*\*/), stated(/a refresh takes \*\*(\d+)\*\*/), stated(/chart's insert takes \*\*(\d+)\*\*/), stated(/and its refresh\s+\*\*(\d+)\*\*/)],
      [insertSyncs, refreshSyncs, chartSyncs, fake.state.syncs],
    );
    assert.ok(insertSyncs <= 2);
  });
});
