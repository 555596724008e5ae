// Excel on the web rejects a request over 5 MB (RequestPayloadSizeLimitExceeded). Cell blocks are
// grouped into batches that each stay under a budget, splitting a block by rows when it must.
import type { CellBlock } from './plan';

/** The request limit of Excel on the web. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What a batch of cells may take: the rest of the limit is left for the request's own envelope. */
export const BATCH_BUDGET_BYTES = 4 * 1024 * 1024;
/** A block's envelope in the request (method, address, object path), generously. */
const BLOCK_OVERHEAD_BYTES = 512;

const encoder = new TextEncoder();

/** The bytes a block adds to a request: its values and formats as the JSON Office.js sends. */
export function blockBytes(block: CellBlock): number {
  return encoder.encode(JSON.stringify(block.values)).length + encoder.encode(JSON.stringify(block.numberFormat)).length + BLOCK_OVERHEAD_BYTES;
}

function rowBytes(block: CellBlock, index: number): number {
  return encoder.encode(JSON.stringify(block.values[index])).length + encoder.encode(JSON.stringify(block.numberFormat[index])).length + 2;
}

/** Rows [start, end) of a block, as a block of their own. */
function slice(block: CellBlock, start: number, end: number): CellBlock {
  return {
    rect: { ...block.rect, row: block.rect.row + start, rows: end - start },
    values: block.values.slice(start, end),
    numberFormat: block.numberFormat.slice(start, end),
  };
}

/** Groups blocks, in order, into batches of at most `budget` bytes; a single row over budget is an error. */
export function batchBlocks(blocks: readonly CellBlock[], budget = BATCH_BUDGET_BYTES): CellBlock[][] {
  const batches: CellBlock[][] = [[]];
  let used = 0;
  const current = () => batches[batches.length - 1]!;
  for (const block of blocks) {
    let start = 0;
    while (start < block.values.length) {
      let bytes = BLOCK_OVERHEAD_BYTES;
      let end = start;
      while (end < block.values.length && used + bytes + rowBytes(block, end) <= budget) bytes += rowBytes(block, end++);
      if (end === start) {
        if (current().length === 0) throw new RangeError(`row ${block.rect.row + start + 1} alone is larger than the request budget of ${budget} bytes`);
        batches.push([]);
        used = 0;
        continue;
      }
      current().push(slice(block, start, end));
      used += bytes;
      start = end;
    }
  }
  return batches;
}
