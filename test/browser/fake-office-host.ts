// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests:
// Office.onReady, the display language, requirement sets, Excel.run over the fake workbook, and
// the CustomFunctions registry of the shared runtime (the tests call what functions.js associates).
// Bundled by esbuild and served through route interception, so dist/taskpane.html is unchanged.
import { createFakeExcel, FakeWorkbookState } from '../addin/fake-excel';

interface HarnessWindow {
  __FAKE_DISPLAY_LANGUAGE?: string;
  __FAKE_API_VERSION?: string;
  /** A workbook saved by FakeWorkbookState.save(): the pane opens on it, as on a reopened file. */
  __FAKE_SAVED_WORKBOOK?: string;
  /** The user is typing in a cell when the pane opens. */
  __FAKE_CELL_EDIT_MODE?: boolean;
  /** Office.context.officeTheme (https://learn.microsoft.com/en-us/javascript/api/office/office.officetheme): four "#RRGGBB" colours. */
  __FAKE_OFFICE_THEME?: Record<string, string>;
  __fakeExcel?: ReturnType<typeof createFakeExcel>;
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
  __customFunctions?: Record<string, (...args: unknown[]) => unknown>;
}

const harness = window as unknown as HarnessWindow;
const workbook = harness.__FAKE_SAVED_WORKBOOK ? FakeWorkbookState.restore(harness.__FAKE_SAVED_WORKBOOK) : new FakeWorkbookState(['Sheet1']);
workbook.cellEditMode = harness.__FAKE_CELL_EDIT_MODE === true;
const fake = createFakeExcel(workbook, harness.__FAKE_API_VERSION ?? '1.17');
harness.__fakeExcel = fake;

const HostType = { Excel: 'Excel' };
harness.Office = {
  HostType,
  context: {
    displayLanguage: harness.__FAKE_DISPLAY_LANGUAGE ?? 'en-US',
    officeTheme: harness.__FAKE_OFFICE_THEME,
    requirements: { isSetSupported: (name: string, version: string) => fake.host.isSetSupported(name, version) },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: HostType.Excel, platform: 'OfficeOnline' };
    return new Promise((resolve) => {
      const ready = () => {
        callback?.(info);
        resolve(info);
      };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
      else setTimeout(ready, 0);
    });
  },
};
harness.Excel = { run: fake.host.run };

/** CustomFunctions.Error: Excel shows `code` in the cell and `message` in the tooltip. */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const registered: Record<string, (...args: unknown[]) => unknown> = {};
harness.__customFunctions = registered;
harness.CustomFunctions = {
  associate(id: string, implementation: (...args: unknown[]) => unknown) {
    if (id in registered) throw new Error(`${id} is associated twice`);
    registered[id] = implementation;
  },
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
};
