// The fake must behave like Excel where the adapter could go wrong, or the adapter tests prove nothing.
import assert from 'node:assert/strict';
import { createFakeExcel, FakeWorkbookState } from './fake-excel';

describe('fake Excel', () => {
  it('throws PropertyNotLoaded until a property is loaded and synced', async () => {
    const { host } = createFakeExcel();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
      assert.throws(() => range.address, (error: { code?: string }) => error.code === 'PropertyNotLoaded');
      range.load('address');
      assert.throws(() => range.address, (error: { code?: string }) => error.code === 'PropertyNotLoaded');
      await context.sync();
      assert.equal(range.address, "'Sheet1'!B2:C3");
      assert.throws(() => range.rowCount, (error: { code?: string }) => error.code === 'PropertyNotLoaded');
    });
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

  it('gives null objects for missing items, and ItemNotFound for getItem', async () => {
    const { host } = createFakeExcel();
    await host.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Nope').load('name');
      const setting = context.workbook.settings.getItemOrNullObject('k').load('value');
      await context.sync();
      assert.equal(missing.isNullObject, true);
      assert.equal(setting.isNullObject, true);
      context.workbook.tables.getItem('Nope').load('name');
      await assert.rejects(context.sync(), (error: { code?: string }) => error.code === 'ItemNotFound');
    });
  });

  it('raises the real codes: overlapping tables, duplicate names, protected sheets, cell-edit mode', async () => {
    const state = new FakeWorkbookState(['Sheet1', 'Locked']);
    state.sheet('Locked').protected = true;
    const { host } = createFakeExcel(state);
    const code = async (batch: (context: Excel.RequestContext) => void) =>
      host.run(async (context) => {
        batch(context);
        return context.sync().then(
          () => 'ok',
          (error: { code: string }) => error.code,
        );
      });
    assert.equal(await code((c) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('A1:B3', true).name = 'First')), 'ok');
    assert.equal(await code((c) => void c.workbook.worksheets.getItem('Sheet1').tables.add('B2:C4', true)), 'InvalidOperation');
    assert.equal(await code((c) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('E1:F3', true).name = 'FIRST')), 'ItemAlreadyExists');
    assert.equal(await code((c) => void (c.workbook.worksheets.getItem('Sheet1').tables.add('H1:I3', true).name = 'SCO2024')), 'InvalidArgument');
    assert.equal(await code((c) => void c.workbook.worksheets.add('sheet1')), 'ItemAlreadyExists');
    assert.equal(await code((c) => void (c.workbook.worksheets.getItem('Locked').getRange('A1').values = [['x']])), 'AccessDenied');
    assert.equal(await code((c) => void c.workbook.worksheets.getItem('Sheet1').getRange('A1').getResizedRange(0, 20_000).load('address')), 'InvalidArgument');
    state.cellEditMode = true;
    assert.equal(await code((c) => void c.workbook.worksheets.load('items/name')), 'InvalidOperationInCellEditMode');
    // A failed batch keeps what ran before the failing operation, as Excel does.
    state.cellEditMode = false;
    assert.equal(
      await code((c) => {
        c.workbook.worksheets.getItem('Sheet1').getRange('K1').values = [['kept']];
        c.workbook.worksheets.getItem('Locked').getRange('A1').values = [['x']];
      }),
      'AccessDenied',
    );
    assert.deepEqual(state.values('Sheet1', 'K1'), [['kept']]);
  });

  it('rejects a request over 5 MB without applying any of it', async () => {
    const fake = createFakeExcel();
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(100)]);
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${big.length}`).values = big;
      await assert.rejects(context.sync(), (error: { code?: string }) => error.code === 'RequestPayloadSizeLimitExceeded');
    });
    assert.deepEqual(fake.state.values('Sheet1', 'A1'), [['']]);
  });

  it('turns text beginning with "=" into a formula unless the cell is formatted as text', async () => {
    const fake = createFakeExcel();
    await fake.host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['=1+1']];
      const text = sheet.getRange('A2');
      text.numberFormat = [['@']];
      text.values = [['=1+1']];
      await context.sync();
    });
    const sheet = fake.state.sheet('Sheet1');
    assert.equal(fake.state.cell(sheet, 0, 0)?.formula, '=1+1');
    assert.equal(fake.state.cell(sheet, 1, 0)?.formula, undefined);
  });
});
