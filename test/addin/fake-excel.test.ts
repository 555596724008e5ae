// The fake must behave like Excel where the adapter could go wrong, or the adapter tests prove
// nothing. Each behaviour names the Office.js page or office-js issue it follows.
import assert from 'node:assert/strict';
import { createFakeExcel, FakeWorkbookState } from './fake-excel';
import { DEFAULT_COLUMN_POINTS } from './fake-excel/state';

const code = (error: { code?: string }) => error.code;

describe('fake Excel', () => {
  it('throws PropertyNotLoaded until a property is loaded and synced (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts)', async () => {
    const { host } = createFakeExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
      assert.throws(
        () => range.address,
        (error: { code?: string }) => code(error) === 'PropertyNotLoaded',
      );
      range.load('address');
      assert.throws(
        () => range.address,
        (error: { code?: string }) => code(error) === 'PropertyNotLoaded',
      );
      await context.sync();
      assert.equal(range.address, 'Sheet1!B2:C3');
      assert.throws(
        () => range.rowCount,
        (error: { code?: string }) => code(error) === 'PropertyNotLoaded',
      );
    });
  });

  it('writes Range.address as "Sheet1!A1:B4", quoting the sheet only where Excel must (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-address)', async () => {
    const state = new FakeWorkbookState(['Sheet1', 'My data', "Bob's", '2024', 'A1', 'Лист1', 'R1C1']);
    const { host } = createFakeExcel(state);
    const addresses = await host.run(async (context) => {
      const ranges = state.sheets.map((sheet) => context.workbook.worksheets.getItem(sheet.name).getRange('A1:B4').load('address'));
      const cell = context.workbook.worksheets.getItem('Sheet1').getRange('C3').load('address');
      await context.sync();
      return [...ranges.map((range) => range.address), cell.address];
    });
    assert.deepEqual(addresses, ['Sheet1!A1:B4', "'My data'!A1:B4", "'Bob''s'!A1:B4", "'2024'!A1:B4", "'A1'!A1:B4", 'Лист1!A1:B4', "'R1C1'!A1:B4", 'Sheet1!C3']);
  });

  it('applies writes only at sync, in order, and counts syncs', async () => {
    const fake = createFakeExcel();
    await fake.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [['a', 1]];
      assert.deepEqual(fake.state.values('Sheet1', 'A1:B1'), [['', '']]);
      await context.sync();
      assert.deepEqual(fake.state.values('Sheet1', 'A1:B1'), [['a', 1]]);
    });
    assert.equal(fake.state.syncs, 1);
  });

  it('sends what is still queued when Excel.run returns', async () => {
    const fake = createFakeExcel();
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['late']];
    });
    assert.equal(fake.state.syncs, 1);
    assert.deepEqual(fake.state.values('Sheet1', 'A1'), [['late']]);
  });

  it('gives null objects for missing items, and ItemNotFound for getItem (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties)', async () => {
    const { host } = createFakeExcel();
    await host.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Nope').load('name');
      const setting = context.workbook.settings.getItemOrNullObject('k').load('value');
      await context.sync();
      assert.equal(missing.isNullObject, true);
      assert.equal(setting.isNullObject, true);
      context.workbook.tables.getItem('Nope').load('name');
      await assert.rejects(context.sync(), (error: { code?: string }) => code(error) === 'ItemNotFound');
    });
  });

  it('raises the real codes: overlapping tables, duplicate names, protected sheets, cell-edit mode (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling)', async () => {
    const state = new FakeWorkbookState(['Sheet1', 'Locked']);
    state.sheet('Locked').protected = true;
    const { host } = createFakeExcel(state);
    const outcome = async (batch: (context: Excel.RequestContext) => void) =>
      host.run(async (context) => {
        batch(context);
        return context.sync().then(
          () => 'ok',
          (error: { code: string }) => error.code,
        );
      });
    assert.equal(await outcome((c) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('A1:B3', true).name = 'First')), 'ok');
    assert.equal(await outcome((c) => void c.workbook.worksheets.getItem('Sheet1').tables.add('B2:C4', true)), 'InvalidOperation');
    assert.equal(await outcome((c) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('E1:F3', true).name = 'FIRST')), 'ItemAlreadyExists');
    assert.equal(await outcome((c) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('H1:I3', true).name = 'SCO2024')), 'InvalidArgument');
    assert.equal(await outcome((c) => void c.workbook.worksheets.add('sheet1')), 'ItemAlreadyExists');
    assert.equal(await outcome((c) => void (c.workbook.worksheets.getItem('Locked').getRange('A1').values = [['x']])), 'AccessDenied');
    assert.equal(await outcome((c) => void c.workbook.worksheets.getItem('Sheet1').getRange('A1').getResizedRange(0, 20_000).load('address')), 'InvalidArgument');
    state.cellEditMode = true;
    assert.equal(await outcome((c) => void c.workbook.worksheets.load('items/name')), 'InvalidOperationInCellEditMode');
    // A failed batch keeps what ran before the failing operation, as Excel does.
    state.cellEditMode = false;
    assert.equal(
      await outcome((c) => {
        c.workbook.worksheets.getItem('Sheet1').getRange('K1').values = [['kept']];
        c.workbook.worksheets.getItem('Locked').getRange('A1').values = [['x']];
      }),
      'AccessDenied',
    );
    assert.deepEqual(state.values('Sheet1', 'K1'), [['kept']]);
  });

  it('rejects a request over the host limit without applying any of it (RequestPayloadSizeLimitExceeded, https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)', async () => {
    const fake = createFakeExcel();
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${big.length}`).values = big;
      await assert.rejects(context.sync(), (error: { code?: string }) => code(error) === 'RequestPayloadSizeLimitExceeded');
    });
    assert.deepEqual(fake.state.values('Sheet1', 'A1'), [['']]);
    // A stricter host: the limit is the host's, not a constant.
    fake.state.requestLimitBytes = 1000;
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A20').values = Array.from({ length: 20 }, () => ['y'.repeat(60)]);
      await assert.rejects(context.sync(), (error: { code?: string }) => code(error) === 'RequestPayloadSizeLimitExceeded');
    });
  });

  it('reads text beginning with "=", "+" or "-" as a formula unless the cell is text (Range.values, https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values)', async () => {
    const fake = createFakeExcel();
    await fake.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:E1').values = [['=1+1', '+A1', '-A1', '-5', '- a note']];
      const text = sheet.getRange('A2:C2');
      text.numberFormat = [['@', '@', '@']];
      text.values = [['=1+1', '+A1', '-A1']];
      await context.sync();
    });
    const sheet = fake.state.sheet('Sheet1');
    assert.deepEqual(
      [0, 1, 2].map((column) => fake.state.cell(sheet, 0, column)?.formula),
      ['=1+1', '+A1', '-A1'],
    );
    assert.equal(fake.state.cell(sheet, 0, 3)?.value, -5, 'text that reads as a number becomes the number');
    assert.equal(fake.state.cell(sheet, 0, 4)?.formula, '- a note');
    assert.deepEqual(
      [0, 1, 2].map((column) => fake.state.cell(sheet, 1, column)?.formula),
      [undefined, undefined, undefined],
    );
    assert.deepEqual(fake.state.values('Sheet1', 'A2:C2'), [['=1+1', '+A1', '-A1']]);
  });

  it('leaves a cell unchanged where the 2-D array holds null (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-blank-null-values)', async () => {
    const fake = createFakeExcel();
    fake.state.setCell('Sheet1', 'B1', 'mine');
    fake.state.sheet('Sheet1').cells.set('0,2', { value: '', format: '0.00%' });
    await fake.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.values = [['a', null, 'c']] as unknown as string[][];
      range.numberFormat = [['@', null, null]] as unknown as string[][];
      await context.sync();
    });
    assert.deepEqual(fake.state.values('Sheet1', 'A1:C1'), [['a', 'mine', 'c']]);
    assert.deepEqual(fake.state.formats('Sheet1', 'A1:C1'), [['@', 'General', '0.00%']]);
  });

  it('reports only merged areas whose top-left cell is in the range (https://github.com/OfficeDev/office-js/issues/3611)', async () => {
    const state = new FakeWorkbookState();
    state.merge('Sheet1', 'A1:C2');
    state.merge('Sheet1', 'D4:E5');
    const { host } = createFakeExcel(state);
    const [inside, reachingIn, wide] = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const areas = ['D4:F9', 'B2:E9', 'A1:F9'].map((address) => sheet.getRange(address).getMergedAreasOrNullObject().load('address'));
      await context.sync();
      return areas.map((area) => (area.isNullObject ? null : area.address));
    });
    assert.equal(inside, 'Sheet1!D4:E5');
    assert.equal(reachingIn, 'Sheet1!D4:E5', 'A1:C2 covers B2 but begins outside B2:E9');
    assert.equal(wide, 'Sheet1!A1:C2, Sheet1!D4:E5');
  });

  it('autofits a column to the longest text anywhere in it, not only in the range (https://github.com/OfficeDev/office-js/issues/1017, https://github.com/OfficeDev/office-js/issues/5999)', async () => {
    const fake = createFakeExcel();
    fake.state.setCell('Sheet1', 'A1', 'a'.repeat(120));
    fake.state.setCell('Sheet1', 'A5', 'aa');
    fake.state.setCell('Sheet1', 'B5', 'bb');
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A5:B5').format.autofitColumns();
      await context.sync();
    });
    assert.ok(fake.state.columnWidth('Sheet1', 'A') > 5 * fake.state.columnWidth('Sheet1', 'B'), 'column A is sized by A1, outside the range');
    assert.equal(fake.state.columnWidth('Sheet1', 'C'), DEFAULT_COLUMN_POINTS);
  });

  it('sets RangeFormat.columnWidth for the whole column (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-columnwidth)', async () => {
    const fake = createFakeExcel();
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B7:C7').format.columnWidth = 90;
      await context.sync();
    });
    assert.deepEqual(
      ['A', 'B', 'C', 'D'].map((column) => fake.state.columnWidth('Sheet1', column)),
      [DEFAULT_COLUMN_POINTS, 90, 90, DEFAULT_COLUMN_POINTS],
    );
  });

  it('gives tables, sheets and charts stable ids, and finds tables and sheets by id or name (https://learn.microsoft.com/en-us/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-getitem-member(1))', async () => {
    const state = new FakeWorkbookState();
    const mine = state.userTable('Sheet1', 'A1:B3', 'Sales');
    const { host } = createFakeExcel(state);
    const ids = await host.run(async (context) => {
      const byName = context.workbook.tables.getItem('Sales').load('id');
      const sheet = context.workbook.worksheets.getItem('Sheet1').load('id');
      await context.sync();
      state.renameTable(mine, 'Renamed');
      const byId = context.workbook.tables.getItem(byName.id).load('name');
      const sheetById = context.workbook.worksheets.getItem(sheet.id).load('name');
      await context.sync();
      return { id: byName.id, name: byId.name, sheet: sheetById.name };
    });
    assert.deepEqual(ids, { id: mine.id, name: 'Renamed', sheet: 'Sheet1' });
  });

  it("names a sheet added without a name itself, and renames sheets by Excel's rules (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-add-member(1))", async () => {
    const fake = createFakeExcel(new FakeWorkbookState(['Sheet1', 'Sheet2']));
    const name = await fake.host.run(async (context) => {
      const sheet = context.workbook.worksheets.add().load('name');
      await context.sync();
      return sheet.name;
    });
    assert.equal(name, 'Sheet3');
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet3').name = 'sheet1';
      await assert.rejects(context.sync(), (error: { code?: string }) => code(error) === 'ItemAlreadyExists');
    });
  });

  it('gives the bounding range of two ranges (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getboundingrect-member(1))', async () => {
    const { host } = createFakeExcel();
    const address = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRange('A1').getBoundingRect(sheet.getRange('C5:D9')).load('address');
      await context.sync();
      return range.address;
    });
    assert.equal(address, 'Sheet1!A1:D9');
  });

  it('saves and reopens a workbook with everything in it', () => {
    const state = new FakeWorkbookState(['Sheet1', 'Data']);
    state.setCell('Data', 'B2', 'kept');
    state.userTable('Data', 'D1:E3', 'Mine');
    state.settings.set('k', 'v');
    const reopened = FakeWorkbookState.restore(state.save());
    assert.deepEqual(reopened.snapshot(), state.snapshot());
    assert.equal(reopened.tables[0]!.id, state.tables[0]!.id);
  });
});
