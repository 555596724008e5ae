import assert from 'node:assert/strict';
import { batchBlocks, blockBytes, BATCH_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from '../../src/addin/chunks';
import { cellBlocks, placePlan, planTable, type CellBlock } from '../../src/addin/plan';
import { ADDIN_TABLES } from '../../src/addin/options';
import { fixtureData, fixtureRelease } from './helpers';

function bigBlock(rows: number, text: string): CellBlock {
  return {
    rect: { row: 3, column: 0, rows, columns: 2 },
    values: Array.from({ length: rows }, (_, index) => [index, text]),
    numberFormat: Array.from({ length: rows }, () => ['0', '@']),
  };
}

describe('addin request batches', () => {
  it('keeps the budget under the 5 MB request limit', () => {
    assert.ok(BATCH_BUDGET_BYTES < REQUEST_LIMIT_BYTES);
  });

  it('puts a small table in one batch', () => {
    for (const table of ADDIN_TABLES) {
      const plan = planTable(fixtureData, fixtureRelease, { table, lang: 'zh', sources: true });
      assert.equal(batchBlocks(cellBlocks(plan, placePlan(plan, { row: 0, column: 0 }))).length, 1, table);
    }
  });

  it('splits by rows so every batch stays under the budget and no row is lost or repeated', () => {
    const block = bigBlock(1000, 'Шанхайская организация сотрудничества');
    const budget = 20_000;
    const batches = batchBlocks([block], budget);
    assert.ok(batches.length > 1);
    for (const batch of batches) assert.ok(batch.reduce((sum, item) => sum + blockBytes(item), 0) <= budget);
    const rows = batches.flat().flatMap((item) => item.values.map((row) => row[0]));
    assert.deepEqual(
      rows,
      block.values.map((row) => row[0]),
    );
    const starts = batches.flat().map((item) => item.rect.row);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(
      batches.flat().reduce((sum, item) => sum + item.rect.rows, 0),
      1000,
    );
  });

  it('refuses a single row larger than the budget', () => {
    assert.throws(() => batchBlocks([bigBlock(1, 'x'.repeat(5000))], 1000), /alone is larger/);
  });
});
