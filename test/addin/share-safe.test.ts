// Converting =SCO.* formulas to their values: the pure plan (which cells, mixed formulas, errors,
// text that must stay text) and the adapter against the fake Excel (scopes, spills, protection).
import assert from 'node:assert/strict';
import { convertScoFormulas, newSession, type ConvertOutcome } from '../../src/addin/excel-adapter';
import { callsSco, findScoCells, isMixed, needsTextFormat, planConversion, type ReadGrid } from '../../src/addin/share-safe';
import { createFakeExcel, FakeWorkbookState } from './fake-excel';

const planOf = (outcome: ConvertOutcome) => {
  assert.ok(outcome.ok, JSON.stringify(outcome));
  return outcome.plan;
};

describe('share-safe: which formulas are SCO formulas', () => {
  it('finds SCO calls outside strings and names, in any case', () => {
    for (const formula of ['=SCO.STATUS("IND")', '=sco.count()', '=IF(A1,SCO.STATUS(A1),"")', '=1+SCO.COUNT("member")', '=SCO.MEMBERS ( )', '=SUM(SCO.TABLE("roster"))'])
      assert.equal(callsSco(formula), true, formula);
    for (const formula of ['="SCO.STATUS(1)"', '=MYSCO.STATUS(1)', '=XSCO.COUNT()', '=SUM(A1:A3)', "='SCO.data'!A1", 'SCO.STATUS("IND")', '=SCO.data!A1', '=_SCO.COUNT()'])
      assert.equal(callsSco(formula), false, formula);
  });

  it('calls a formula mixed when anything stands around its one SCO call', () => {
    for (const formula of ['=SCO.STATUS("IND")', '=SCO.STATUS(A2, DATE(2024,1,1))', '= SCO.COUNT() ', '=SCO.SUMMIT(2025,"city (main)")']) assert.equal(isMixed(formula), false, formula);
    for (const formula of ['=SCO.COUNT()+1', '=IF(A1,SCO.STATUS(A1),"")', '=SCO.COUNT()&SCO.COUNT()', '=-SCO.COUNT()', '=SCO.COUNT("member")*2']) assert.equal(isMixed(formula), true, formula);
  });

  it('marks text Excel would read as something else', () => {
    for (const text of ['=x', '+7', '-', '@home', "'quoted", '#N/A', '2024-07-04', 'TRUE', ' false ', 'SCO 2025']) assert.equal(needsTextFormat(text), true, text);
    for (const text of ['member', 'Tianjin', '', 'Астана', '天津']) assert.equal(needsTextFormat(text), false, text);
  });

  it('plans values for each SCO cell, skips errors and protected sheets, and counts per sheet', () => {
    const grid: ReadGrid = {
      sheet: 'Data',
      rect: { row: 1, column: 1, rows: 2, columns: 3 },
      formulas: [
        ['=SCO.STATUS("IND")', '=SCO.COUNT()+1', 'plain'],
        ['=SUM(A1:A2)', '=SCO.SUMMIT(2025,"date")', '=SCO.STATUS("XXX")'],
      ],
      values: [
        ['member', 11, 'plain'],
        [3, '2025-08-31', '#N/A'],
      ],
      valueTypes: [
        ['String', 'Double', 'String'],
        ['Double', 'String', 'Error'],
      ],
      numberFormat: [
        ['General', '0', 'General'],
        ['General', 'General', 'General'],
      ],
    };
    const cells = findScoCells([grid, { ...grid }]);
    assert.equal(cells.length, 4, 'overlapping reads count a cell once');
    const plan = planConversion(
      cells,
      cells.map((cell) => cell.own),
      new Set(),
      ['Other', 'Data'],
    );
    assert.equal(plan.found, 4);
    assert.deepEqual(plan.sheets, [{ sheet: 'Data', formulas: 3, cells: 3, mixed: ['Data!C2'], skipped: [{ address: 'Data!D3', reason: 'error', shows: '#N/A' }] }]);
    assert.deepEqual(plan.writes, [
      {
        sheet: 'Data',
        blocks: [
          { rect: { row: 1, column: 1, rows: 1, columns: 1 }, values: [['member']], numberFormat: [['General']] },
          { rect: { row: 1, column: 2, rows: 1, columns: 1 }, values: [[11]], numberFormat: [['0']] },
          { rect: { row: 2, column: 2, rows: 1, columns: 1 }, values: [['2025-08-31']], numberFormat: [['@']] },
        ],
      },
    ]);
    const locked = planConversion(
      cells,
      cells.map((cell) => cell.own),
      new Set(['Data']),
      ['Data'],
    );
    assert.deepEqual(locked.writes, []);
    assert.deepEqual(
      locked.sheets[0]!.skipped.map((entry) => entry.reason),
      ['protected', 'protected', 'protected', 'protected'],
    );
  });
});

describe('share-safe: converting in the fake Excel', () => {
  const workbook = () => {
    const state = new FakeWorkbookState(['Data', 'Other']);
    state.setCell('Data', 'A1', 'member', '=SCO.STATUS("IND")');
    state.setCell('Data', 'B1', 42, '=SUM(C1:C3)');
    state.setCell('Data', 'C1', 'typed by the user');
    // =SCO.MEMBERS spills down from D2: the formula is in D2 only.
    state.spillFormula('Data', 'D2', '=SCO.MEMBERS("2001-06-15")', [['China'], ['Kazakhstan'], ['Kyrgyzstan']]);
    state.setCell('Data', 'A5', '#BUSY!', '=SCO.COUNT()');
    state.setCell('Other', 'B2', 10, '=SCO.COUNT("member")+0');
    state.select('Data', 'A1');
    return state;
  };

  it('converts the active sheet: SCO cells and whole spills become values, nothing else changes', async () => {
    const state = workbook();
    const fake = createFakeExcel(state);
    const plan = planOf(await convertScoFormulas(fake.host, newSession(), 'sheet'));
    assert.deepEqual(plan.sheets, [{ sheet: 'Data', formulas: 2, cells: 4, mixed: [], skipped: [{ address: 'Data!A5', reason: 'error', shows: '#BUSY!' }] }]);
    const data = state.sheet('Data');
    assert.deepEqual(state.values('Data', 'D2:D4'), [['China'], ['Kazakhstan'], ['Kyrgyzstan']]);
    assert.equal(data.cells.get('1,3')?.formula, undefined, 'the spill anchor holds a value now');
    assert.equal(data.cells.get('0,0')?.formula, undefined);
    assert.equal(data.cells.get('0,0')?.value, 'member');
    assert.equal(data.cells.get('0,1')?.formula, '=SUM(C1:C3)', 'not an SCO formula: kept');
    assert.equal(data.cells.get('4,0')?.formula, '=SCO.COUNT()', 'still calculating: kept');
    assert.equal(state.sheet('Other').cells.get('1,1')?.formula, '=SCO.COUNT("member")+0', 'another sheet: untouched');
    assert.ok(state.syncs <= 4, `${state.syncs} round trips`);
  });

  it('converts the workbook, reporting mixed formulas, and leaves protected sheets alone', async () => {
    const state = workbook();
    state.sheet('Other').protected = true;
    const plan = planOf(await convertScoFormulas(createFakeExcel(state).host, newSession(), 'workbook'));
    assert.deepEqual(
      plan.sheets.map((entry) => [entry.sheet, entry.formulas, entry.skipped.map((skip) => `${skip.address} ${skip.reason}`)]),
      [
        ['Data', 2, ['Data!A5 error']],
        ['Other', 0, ['Other!B2 protected']],
      ],
    );
    state.sheet('Other').protected = false;
    const again = planOf(await convertScoFormulas(createFakeExcel(state).host, newSession(), 'workbook'));
    assert.deepEqual(
      again.sheets.find((entry) => entry.sheet === 'Other'),
      { sheet: 'Other', formulas: 1, cells: 1, mixed: ['Other!B2'], skipped: [] },
    );
    assert.equal(state.sheet('Other').cells.get('1,1')?.value, 10);
  });

  it('converts only the selected areas; a spill whose anchor is selected goes whole', async () => {
    const state = workbook();
    state.select('Data', 'D2', 'B1');
    const plan = planOf(await convertScoFormulas(createFakeExcel(state).host, newSession(), 'selection'));
    assert.deepEqual(plan.sheets, [{ sheet: 'Data', formulas: 1, cells: 3, mixed: [], skipped: [] }]);
    assert.equal(state.sheet('Data').cells.get('0,0')?.formula, '=SCO.STATUS("IND")', 'not selected: kept');
    assert.deepEqual(state.values('Data', 'D2:D4'), [['China'], ['Kazakhstan'], ['Kyrgyzstan']]);
  });

  it('with nothing to convert writes nothing', async () => {
    const state = new FakeWorkbookState(['Data']);
    state.setCell('Data', 'A1', 3, '=1+2');
    const plan = planOf(await convertScoFormulas(createFakeExcel(state).host, newSession(), 'workbook'));
    assert.equal(plan.found, 0);
    assert.deepEqual(plan.writes, []);
    assert.equal(state.sheet('Data').cells.get('0,0')?.formula, '=1+2');
  });

  it('refuses below ExcelApi 1.12 and writes nothing', async () => {
    const state = workbook();
    const before = state.save();
    const outcome = await convertScoFormulas(createFakeExcel(state, '1.11').host, newSession(), 'workbook');
    assert.deepEqual(outcome, { ok: false, refusal: { code: 'unsupported', feature: 'convert', requirement: 'ExcelApi 1.12' } });
    assert.equal(state.save(), before);
  });
});

describe('fake Excel: spills', () => {
  it('a value entered into a spill cell blocks it (#SPILL!); into the anchor, ends it', async () => {
    const state = new FakeWorkbookState(['S']);
    state.spillFormula('S', 'A1', '=SEQ()', [[1], [2], [3]]);
    const fake = createFakeExcel(state);
    await fake.host.run(async (context) => {
      const spill = context.workbook.worksheets.getItem('S').getRange('A1').getSpillingToRangeOrNullObject().load('address');
      const none = context.workbook.worksheets.getItem('S').getRange('A2').getSpillingToRangeOrNullObject().load('address');
      const child = context.workbook.worksheets.getItem('S').getRange('A2').load('formulas');
      await context.sync();
      assert.equal(spill.address, 'S!A1:A3');
      assert.equal(none.isNullObject, true);
      assert.deepEqual(child.formulas, [[2]], 'a spilled cell has no formula of its own');
    });
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A3').values = [['x']];
      await context.sync();
    });
    assert.deepEqual(state.values('S', 'A1:A3'), [['#SPILL!'], [''], ['x']]);
  });
});
