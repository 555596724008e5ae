// A stateful fake of Excel for tests: Excel.run over a FakeWorkbookState, with the requirement
// sets the fake host claims. Works in Node (mocha) and, bundled, in the browser harness. It imports
// nothing from src/: the product's host interface is matched structurally.
import { FakeRequestContext } from './proxies';
import { FakeWorkbookState, versionAtMost } from './state';

export { FakeOfficeError, FakeWorkbookState } from './state';

/** Excel.run and Office.context.requirements.isSetSupported, as the fake host offers them. */
export interface FakeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version?: string): boolean;
}

export interface FakeExcel {
  state: FakeWorkbookState;
  host: FakeHost;
  /** The highest ExcelApi version the fake host claims. */
  apiVersion: string;
}

export function createFakeExcel(state = new FakeWorkbookState(), apiVersion = '1.17'): FakeExcel {
  const fake: FakeExcel = {
    state,
    apiVersion,
    host: {
      async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
        const context = new FakeRequestContext(fake.state, fake.apiVersion);
        const result = await batch(context as unknown as Excel.RequestContext);
        // Excel.run sends what is still queued when the batch returns.
        if (context.queue.length > 0) await context.sync();
        return result;
      },
      // Office.context.requirements.isSetSupported: a missing version means "1.1"
      // (https://learn.microsoft.com/en-us/javascript/api/office/office.requirementsetsupport).
      isSetSupported: (name, version = '1.1') => name === 'ExcelApi' && versionAtMost(version, fake.apiVersion),
    },
  };
  return fake;
}
