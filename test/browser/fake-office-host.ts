// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests:
// Office.onReady, the display language, requirement sets, and Excel.run over the fake workbook.
// Bundled by esbuild and served through route interception, so dist/taskpane.html is unchanged.
import { createFakeExcel, FakeWorkbookState } from '../addin/fake-excel';

interface HarnessWindow {
  __FAKE_DISPLAY_LANGUAGE?: string;
  __FAKE_API_VERSION?: string;
  __fakeExcel?: ReturnType<typeof createFakeExcel>;
  Office?: unknown;
  Excel?: unknown;
}

const harness = window as unknown as HarnessWindow;
const fake = createFakeExcel(new FakeWorkbookState(['Sheet1']), harness.__FAKE_API_VERSION ?? '1.17');
harness.__fakeExcel = fake;

const HostType = { Excel: 'Excel' };
harness.Office = {
  HostType,
  context: {
    displayLanguage: harness.__FAKE_DISPLAY_LANGUAGE ?? 'en-US',
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
