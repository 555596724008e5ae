// A stateful fake of Excel for tests: Excel.run over a FakeWorkbookState, with the requirement
// sets the fake host claims. Works in Node (mocha) and, bundled, in the browser harness.
import type { ExcelHost } from '../../../src/addin/excel-adapter';
import { FakeRequestContext } from './proxies';
import { FakeWorkbookState } from './state';

export { FakeOfficeError, FakeWorkbookState } from './state';

export interface FakeExcel {
  state: FakeWorkbookState;
  host: ExcelHost;
  /** The highest ExcelApi version the fake host claims. */
  apiVersion: string;
}

export function createFakeExcel(state = new FakeWorkbookState(), apiVersion = '1.17'): FakeExcel {
  const fake: FakeExcel = {
    state,
    apiVersion,
    host: {
      async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
        const context = new FakeRequestContext(state);
        const result = await batch(context as unknown as Excel.RequestContext);
        // Excel.run sends what is still queued when the batch returns.
        if (context.queue.length > 0) await context.sync();
        return result;
      },
      isSetSupported: (name, version) => name === 'ExcelApi' && compareVersions(version, fake.apiVersion) <= 0,
    },
  };
  return fake;
}

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
