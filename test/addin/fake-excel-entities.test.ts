// The fake Excel's model of entity values (fake-excel/cell-values.ts), checked against what the
// Office.js documentation says, so that the card tests rest on a model that refuses what Excel refuses.
import assert from 'node:assert/strict';
import { createFakeExcel, FakeOfficeError, FakeWorkbookState } from './fake-excel';

const entity = (extra: object = {}) => ({ type: 'Entity', text: 'India', properties: { Status: { type: 'String', basicValue: 'member' } }, ...extra });

async function write(state: FakeWorkbookState, address: string, values: unknown[][], apiVersion = '1.16') {
  const fake = createFakeExcel(state, apiVersion);
  return fake.host.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange(address).valuesAsJson = values as Excel.CellValue[][];
    await context.sync();
  });
}

const code = (expected: string) => (error: unknown) => error instanceof FakeOfficeError && error.code === expected;

describe('fake Excel: entity values (Range.valuesAsJson)', () => {
  it('reads plain cells and entities in the documented JSON shape, basicValue and basicType filled in', async () => {
    const state = new FakeWorkbookState();
    state.setCell('Sheet1', 'A1', 'text');
    state.setCell('Sheet1', 'B1', 42);
    state.setCell('Sheet1', 'C1', true);
    await write(state, 'E1', [[entity()]]);
    const fake = createFakeExcel(state, '1.16');
    const read = await fake.host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:E1').load('valuesAsJson,valuesAsJsonLocal,values,valueTypes');
      await context.sync();
      return range;
    });
    assert.deepEqual(read.valuesAsJson, [
      [
        { type: 'String', basicValue: 'text', basicType: 'String' },
        { type: 'Double', basicValue: 42, basicType: 'Double' },
        { type: 'Boolean', basicValue: true, basicType: 'Boolean' },
        { type: 'Empty', basicValue: '', basicType: 'Empty' },
        { ...entity(), basicType: 'Error', basicValue: '#VALUE!' },
      ],
    ]);
    assert.deepEqual(read.valuesAsJsonLocal, read.valuesAsJson);
    assert.deepEqual(read.values, [['text', 42, true, '', '#VALUE!']]);
    assert.deepEqual(read.valueTypes, [['String', 'Double', 'Boolean', 'Empty', 'Error']]);
  });

  it('refuses malformed cell values, naming the cell, and writes nothing of that request', async () => {
    const state = new FakeWorkbookState();
    const bad: [string, unknown][] = [
      ['no type', { basicValue: 1 }],
      ['unknown type', { type: 'Widget' }],
      ['String with a number', entity({ properties: { Status: { type: 'String', basicValue: 3 } } })],
      ['Double with text', entity({ properties: { COW: { type: 'Double', basicValue: '750' } } })],
      ['entity without text', { type: 'Entity', properties: {} }],
      ['attribution key', entity({ properties: { Status: { type: 'String', basicValue: 'member', propertyMetadata: { attribution: [{ url: 'https://x' }] } } } })],
      ['attribution not a list', entity({ properties: { Status: { type: 'String', basicValue: 'member', propertyMetadata: { attribution: { sourceText: 'x' } } } } })],
      ['provider key', entity({ provider: { logo: 'x' } })],
      ['section layout', entity({ layouts: { card: { sections: [{ layout: 'Grid', properties: [] }] } } })],
    ];
    for (const [what, value] of bad) {
      await assert.rejects(write(state, 'A1:B1', [[entity(), value]]), (error: unknown) => code('GeneralException')(error) && /Cell B1 /.test((error as Error).message), what);
      assert.equal(state.cell(state.sheet('Sheet1'), 0, 0), undefined, `${what}: A1 was written`);
    }
    await assert.rejects(write(state, 'A1:B1', [[entity()]]), code('InvalidArgument'));
  });

  it('accepts TwoColumn sections on the desktop and refuses them on the web (office-js 5794)', async () => {
    const twoColumns = entity({ layouts: { card: { sections: [{ layout: 'TwoColumn', properties: ['Status'] }] } } });
    await write(new FakeWorkbookState(), 'A1', [[twoColumns]]);
    const web = new FakeWorkbookState();
    web.platform = 'web';
    await assert.rejects(write(web, 'A1', [[twoColumns]]), (error: unknown) => code('GeneralException')(error) && /unexpected value "TwoColumn"/.test((error as Error).message));
  });

  it('needs ExcelApi 1.16 to read or write valuesAsJson (ApiNotFound at sync before it)', async () => {
    await assert.rejects(write(new FakeWorkbookState(), 'A1', [[entity()]], '1.15'), code('ApiNotFound'));
    const fake = createFakeExcel(new FakeWorkbookState(), '1.15');
    await assert.rejects(
      fake.host.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('valuesAsJson');
        await context.sync();
      }),
      code('ApiNotFound'),
    );
  });

  it('keeps a String as text even when it reads as a formula, and forgets an entity written over', async () => {
    const state = new FakeWorkbookState();
    await write(state, 'A1:B1', [[{ type: 'String', basicValue: '=1+1' }, entity()]]);
    assert.deepEqual(state.values('Sheet1', 'A1:B1'), [['=1+1', '#VALUE!']]);
    assert.equal(state.cell(state.sheet('Sheet1'), 0, 0)?.formula, undefined);
    const fake = createFakeExcel(state, '1.16');
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1:C1').values = [['plain', '=B1.Status']];
      await context.sync();
    });
    assert.equal(state.cell(state.sheet('Sheet1'), 0, 1)?.json, undefined);
    // B1 holds no entity any more: the field reference fails.
    assert.deepEqual(state.values('Sheet1', 'B1:C1'), [['plain', '#VALUE!']]);
  });

  it('reads a field by =A1.Name or =A1.[Name], any case; a missing field is #FIELD!', async () => {
    const state = new FakeWorkbookState();
    await write(state, 'A1', [[entity()]]);
    const fake = createFakeExcel(state, '1.16');
    await fake.host.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B1:E1').formulas = [['=A1.Status', '=A1.[status]', '=A1.Capital', '=Z9.Status']];
      await context.sync();
    });
    assert.deepEqual(state.values('Sheet1', 'B1:E1'), [['member', 'member', '#FIELD!', '#VALUE!']]);
  });
});
