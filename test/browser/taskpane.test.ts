// End to end: Debian's Chromium (playwright-core) opens the built task pane, with the fake Office
// host served in place of office.js, and clicks through insert, refusal, refresh and languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEMPLATES } from '../../src/core';
import { createScoFunctions } from '../../src/functions/sco';
import { loadDataDir } from '../../src/node/data-dir';
import { DATA_DIR, requireOrSkip, ROOT } from '../helpers';
import { scratchDir } from '../scratch';
import { CHROMIUM, CHROMIUM_ARGS, fakeOfficeHost, newPanePage, OFFICE_JS, serveDir, type PaneOptions, type Served } from './pane-harness';

const OUT = join(ROOT, 'test-output');
const DIST = join(OUT, 'e2e-dist');
const MARKUP = '<img src=x onerror=window.__xss=1>Shanghai';

type Snapshot = {
  sheets: { name: string; cells: Record<string, unknown> }[];
  tables: { name: string; sheet: string; address: string }[];
  charts: { name: string; sheet: string; type: string; title: string; series: { name: string; values: string; categories: string | null }[] }[];
  settings: Record<string, unknown>;
  syncs: number;
};

describe('task pane in Chromium (fake Office host)', function () {
  // The before hook builds the pane with webpack: minutes on a loaded machine.
  this.timeout(600_000);
  let browser: Browser;
  let server: Served;
  let origin: string;
  let fakeHost: string;
  const requests: string[] = [];

  before(async function () {
    requireOrSkip(this, existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium)`);
    // The bundled data with markup in the first summit's city: the pane must show it as text.
    const dataDir = scratchDir('sco-e2e-data-');
    cpSync(DATA_DIR, dataDir, { recursive: true });
    const summits = readFileSync(join(dataDir, 'summits.csv'), 'utf8');
    // The first summit in time order (the preview shows the first rows); the main_date columns sit
    // between the end date and the city: match them whatever they hold.
    const marked = summits.replace(
      /\ns5_1996,shanghai_five,1,held,1996-04-26,day,1996-04-26,day,([^,]*),([^,]*),Shanghai,/,
      (_row, mainDate: string, mainPrecision: string) => `\ns5_1996,shanghai_five,1,held,1996-04-26,day,1996-04-26,day,${mainDate},${mainPrecision},${MARKUP},`,
    );
    assert.notEqual(marked, summits, 'the first summit row moved: update the markup test');
    writeFileSync(join(dataDir, 'summits.csv'), marked);
    // The test's own scratch folder: emptied, since the build overwrites only files it wrote itself.
    rmSync(DIST, { recursive: true, force: true });
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      env: { ...process.env, SCO_DATA_DIR: dataDir, SCO_DIST_DIR: DIST },
      stdio: 'pipe',
    });
    fakeHost = await fakeOfficeHost();
    server = await serveDir(DIST);
    origin = server.origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(OUT, { recursive: true });
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(displayLanguage = 'en-US', options: Omit<PaneOptions, 'displayLanguage' | 'onRequest'> = {}): Promise<Page> {
    const { page, errors } = await newPanePage(browser, origin, fakeHost, { ...options, displayLanguage, onRequest: (url) => requests.push(url) });
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector('#form:not([hidden])');
    assert.deepEqual(errors, []);
    return page;
  }

  const snapshot = (page: Page) => page.evaluate(() => (window as unknown as { __fakeExcel: { state: { snapshot(): unknown } } }).__fakeExcel.state.snapshot()) as Promise<Snapshot>;
  const message = (page: Page) => page.locator('#message').textContent();
  /** Runs `act` on the page's fake workbook (the user or another add-in at work in Excel). */
  const inExcel = <T>(page: Page, act: string, arg?: T) =>
    page.evaluate(
      ({ act, arg }) => {
        const { state } = (window as unknown as { __fakeExcel: { state: unknown } }).__fakeExcel;
        return new Function('state', 'arg', act)(state, arg) as unknown;
      },
      { act, arg },
    );
  /** The workbook as saved, to reopen it in a new pane. */
  const saved = (page: Page) => inExcel(page, 'return state.save()') as Promise<string>;
  const insertRoster = async (page: Page) => {
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.waitForFunction(() => /Inserted/.test(document.getElementById('message')?.textContent ?? ''));
  };

  it('inserts the roster on a new sheet', async () => {
    const page = await open();
    await page.screenshot({ path: join(OUT, 'taskpane-en.png'), fullPage: true });
    // `UPDATE_DOCS=1 npm test` refreshes the README's screenshot.
    if (process.env.UPDATE_DOCS === '1') await page.screenshot({ path: join(ROOT, 'docs', 'taskpane.png'), fullPage: true });
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.waitForFunction(() => /Inserted/.test(document.getElementById('message')?.textContent ?? ''));
    const state = await snapshot(page);
    const sheet = state.sheets.find((item) => item.name === 'Roster');
    assert.ok(sheet, JSON.stringify(state.sheets.map((item) => item.name)));
    assert.deepEqual(
      state.tables.map((table) => [table.name, table.sheet]),
      [['tbl_roster_1', 'Roster']],
    );
    assert.equal(sheet.cells.A3, TEMPLATES.roster.columns[0]!.headers.en);
    assert.ok(
      requests.every((url) => url.startsWith(origin) || url === OFFICE_JS),
      `no other request: ${requests.join(' ')}`,
    );
    // The pane just worked under its own Content Security Policy, which allows no inline script.
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    assert.match(policy, /default-src 'none'/);
    assert.doesNotMatch(policy, /unsafe-(inline|eval)/);
    await page.screenshot({ path: join(OUT, 'taskpane-inserted.png'), fullPage: true });
    await page.close();
  });

  it('shows markup in the data as text, and writes it to the cell as the data has it', async () => {
    const page = await open();
    await page.getByLabel('Table', { exact: true }).selectOption('summits');
    assert.ok((await page.locator('#preview-rows').textContent())?.includes(MARKUP));
    assert.equal(await page.locator('#preview-rows img').count(), 0);
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.waitForFunction(() => /Inserted/.test(document.getElementById('message')?.textContent ?? ''));
    const sheet = (await snapshot(page)).sheets.find((item) => item.name === TEMPLATES.summits.title.en);
    assert.ok(sheet && Object.values(sheet.cells).includes(MARKUP));
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    await page.close();
  });

  it('refuses to insert into an occupied range and changes nothing', async () => {
    const page = await open();
    await page.evaluate(() => {
      const { state } = (window as unknown as { __fakeExcel: { state: { setCell(s: string, a: string, v: string): void; select(s: string, a: string): void } } }).__fakeExcel;
      state.setCell('Sheet1', 'C5', 'my figure');
      state.select('Sheet1', 'B2');
    });
    const before = await snapshot(page);
    await page.getByLabel('At the selected cell').check();
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.waitForFunction(() => document.getElementById('message')?.classList.contains('error'));
    assert.match((await message(page)) ?? '', /not empty \(Sheet1!C5\)/);
    const after = await snapshot(page);
    assert.deepEqual({ ...after, syncs: 0 }, { ...before, syncs: 0 });
    await page.screenshot({ path: join(OUT, 'taskpane-refused.png'), fullPage: true });
    await page.close();
  });

  it('refreshes a table it inserted, when nobody changed it', async () => {
    const page = await open();
    await insertRoster(page);
    await page.waitForSelector('#refresh-section:not([hidden])');
    const before = (await snapshot(page)).syncs;
    await page.getByRole('button', { name: 'Refresh with current data' }).click();
    await page.waitForFunction(() => /Refreshed/.test(document.getElementById('message')?.textContent ?? ''));
    const state = await snapshot(page);
    assert.deepEqual(
      state.tables.map((table) => table.name),
      ['tbl_roster_1'],
    );
    assert.equal(state.syncs - before, 2, 'a refresh takes two round trips, its list included');
    await page.close();
  });

  it('defect 1: refuses to refresh over a value the user typed, says where, and offers a fresh copy on a new sheet', async () => {
    const page = await open();
    await insertRoster(page);
    await page.waitForSelector('#refresh-section:not([hidden])');
    await inExcel(page, "state.setCell('Roster', 'B5', 'my own value')");
    const before = await snapshot(page);
    await page.getByRole('button', { name: 'Refresh with current data' }).click();
    await page.waitForFunction(() => document.getElementById('message')?.classList.contains('error'));
    assert.match((await message(page)) ?? '', /Cells of the table “tbl_roster_1” were changed since it was written \(Roster!B5\)/);
    assert.deepEqual({ ...(await snapshot(page)), syncs: 0 }, { ...before, syncs: 0 });
    await page.getByRole('button', { name: 'Insert a fresh copy on a new sheet' }).click();
    await page.waitForFunction(() => /Inserted tbl_roster_2 on “Roster \(2\)”/.test(document.getElementById('message')?.textContent ?? ''));
    const after = await snapshot(page);
    assert.equal(after.sheets.find((sheet) => sheet.name === 'Roster')?.cells.B5, 'my own value');
    assert.deepEqual(
      after.tables.map((table) => table.name),
      ['tbl_roster_1', 'tbl_roster_2'],
    );
    await page.screenshot({ path: join(OUT, 'taskpane-user-edited.png'), fullPage: true });
    await page.close();
  });

  it('defect 2: does not list or refresh a user table given the name of a deleted one of ours', async () => {
    const first = await open();
    await insertRoster(first);
    await inExcel(first, "state.deleteSheet(state.sheet('Roster')); const t = state.userTable('Sheet1', 'D1:E3', 'tbl_roster_1'); state.setCell('Sheet1', 'D2', 'theirs');");
    const workbook = await saved(first);
    await first.close();
    const page = await open('en-US', { savedWorkbook: workbook });
    await page.waitForFunction(() => document.querySelectorAll('#inserted option').length === 0 && document.getElementById('refresh-section')?.hidden === true);
    const state = await snapshot(page);
    assert.deepEqual(
      state.tables.map((table) => [table.name, table.sheet]),
      [['tbl_roster_1', 'Sheet1']],
    );
    assert.equal(state.sheets[0]!.cells.D2, 'theirs');
    assert.deepEqual(Object.keys(state.settings), [], 'the record of the deleted table was pruned');
    await page.close();
  });

  it('defect 7: lists a renamed table under its new name after the workbook is reopened, and refreshes it', async () => {
    const first = await open();
    await insertRoster(first);
    await inExcel(first, "state.renameTable(state.tables[0], 'MyRoster')");
    const page = await open('en-US', { savedWorkbook: await saved(first) });
    await first.close();
    await page.waitForSelector('#refresh-section:not([hidden])');
    assert.match((await page.locator('#inserted').textContent()) ?? '', /^MyRoster \(Roster\)$/);
    await page.getByRole('button', { name: 'Refresh with current data' }).click();
    await page.waitForFunction(() => /Refreshed MyRoster/.test(document.getElementById('message')?.textContent ?? ''));
    await page.close();
  });

  it('defect 8: opened while a cell is being edited, says so, and lists the tables once Excel is free', async () => {
    const first = await open();
    await insertRoster(first);
    const workbook = await saved(first);
    await first.close();
    const page = await open('en-US', { savedWorkbook: workbook, cellEditMode: true });
    await page.waitForFunction(() => /could not be read: Excel is editing a cell/.test(document.getElementById('message')?.textContent ?? ''));
    assert.equal(await page.locator('#refresh-section').isVisible(), true, 'the Refresh section stays in view');
    assert.equal(await page.getByRole('button', { name: 'Read the list again' }).isVisible(), true);
    await inExcel(page, 'state.cellEditMode = false');
    await page.waitForFunction(() => document.querySelectorAll('#inserted option').length === 1, undefined, { timeout: 10_000 });
    assert.equal(await page.getByRole('button', { name: 'Refresh with current data' }).isEnabled(), true);
    assert.equal(await message(page), '');
    await page.close();
  });

  it('inserts the states as cards, and the plain table on an Excel without data types', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Insert as cards' }).click();
    await page.waitForFunction(() => /Inserted \d+ cards on “SCO states”, A1:A\d+\./.test(document.getElementById('message')?.textContent ?? ''));
    const said = Number(/Inserted (\d+) cards/.exec((await message(page)) ?? '')![1]);
    const entities = (await inExcel(page, "return [...state.sheet('SCO states').cells.values()].filter((cell) => cell.json && cell.json.type === 'Entity').length")) as number;
    assert.equal(entities, said);
    assert.ok(said > 0);
    await page.close();
    const old = await open('en-US', { apiVersion: '1.15' });
    await old.getByRole('button', { name: 'Insert as cards' }).click();
    await old.waitForFunction(() => /no data types \(ExcelApi 1\.16\): inserted the table tbl_roster_\d+ on “Roster” instead/.test(document.getElementById('message')?.textContent ?? ''));
    await old.close();
  });

  it('defect 9: at 320 x 760 the outcome of every button is in view', async () => {
    const page = await open('en-US', { viewport: { width: 320, height: 760 } });
    const inView = () =>
      page.evaluate(() => {
        const box = document.getElementById('message')!.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      });
    await insertRoster(page);
    assert.ok(await inView(), 'the insert message is out of view');
    await page.getByRole('button', { name: 'Insert chart' }).click();
    await page.waitForFunction(() => /Inserted the chart/.test(document.getElementById('message')?.textContent ?? ''));
    assert.ok(await inView(), 'the chart message is out of view');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.waitForFunction(() => /tbl_roster_2/.test(document.getElementById('message')?.textContent ?? ''));
    assert.ok(await inView(), 'the second insert message is out of view');
    await page.screenshot({ path: join(OUT, 'taskpane-760.png') });
    await page.close();
  });

  it('defect 11 and 12: offers only what the host supports, and previews the sheet name that will be made', async () => {
    const page = await open('en-US', { apiVersion: '1.9' });
    assert.equal(await page.locator('#target-selection').isDisabled(), true);
    assert.match((await page.locator('#target-note').textContent()) ?? '', /ExcelApi 1\.13/);
    assert.match((await page.locator('#preview-target').textContent()) ?? '', /New sheet “Roster”/);
    await insertRoster(page);
    assert.match((await page.locator('#preview-target').textContent()) ?? '', /New sheet “Roster \(2\)”/);
    assert.equal(await page.getByRole('button', { name: 'Refresh with current data' }).isDisabled(), true);
    assert.match((await page.locator('#refresh-note').textContent()) ?? '', /ExcelApi 1\.13/);
    await page.close();
  });

  it('follows the display language and writes headers in the chosen table language', async () => {
    const page = await open('ru-RU');
    assert.equal(await page.locator('#label-table').textContent(), 'Таблица');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    await page.screenshot({ path: join(OUT, 'taskpane-ru.png'), fullPage: true });
    await page.getByLabel('Язык заголовков и названий').selectOption('zh');
    await page.getByRole('button', { name: 'Вставить таблицу' }).click();
    await page.waitForSelector('#refresh-section:not([hidden])');
    const state = await snapshot(page);
    const sheet = state.sheets.find((item) => item.name === TEMPLATES.roster.title.zh);
    assert.ok(sheet, JSON.stringify(state.sheets.map((item) => item.name)));
    assert.equal(sheet.cells.B3, TEMPLATES.roster.columns[1]!.headers.zh);
    await page.close();
    const chinese = await open('zh-CN');
    assert.equal(await chinese.locator('#insert').textContent(), '插入表格');
    await chinese.screenshot({ path: join(OUT, 'taskpane-zh.png'), fullPage: true });
    await chinese.close();
  });

  it('registers every function of functions.json, and they answer from the bundled data', async () => {
    const page = await open();
    const metadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string; parameters: unknown[]; options?: { volatile?: boolean } }[] };
    // Those that answer for today when no date is given recalculate as the days go by.
    assert.deepEqual(
      metadata.functions.filter((fn) => fn.options?.volatile).map((fn) => fn.id),
      ['STATUS', 'MEMBERS', 'COUNT'],
    );
    const registered = await page.evaluate(() => Object.keys((window as unknown as { __customFunctions: Record<string, unknown> }).__customFunctions).sort());
    assert.deepEqual(registered, metadata.functions.map((fn) => fn.id).sort());
    const call = (id: string, ...args: unknown[]) =>
      page.evaluate(
        ({ id, args }) => {
          try {
            return { value: (window as unknown as { __customFunctions: Record<string, (...a: unknown[]) => unknown> }).__customFunctions[id]!(...args) };
          } catch (error) {
            return { error: (error as { code?: string }).code, message: (error as Error).message };
          }
        },
        { id, args },
      );
    // Excel passes an omitted argument as null; a date cell as its serial number.
    assert.deepEqual(await call('STATUS', 'India', '2017-06-09'), { value: 'member' });
    assert.deepEqual(await call('STATUS', 'Индия', 42894), { value: 'accession_candidate' });
    assert.deepEqual(await call('COUNT', 'member', '2024-07-04'), { value: 10 });
    assert.deepEqual(await call('SUMMIT', 2025, 'city'), { value: 'Tianjin' });
    assert.deepEqual(await call('JOINED', 'BLR', null), { value: 45477 });
    const members = await call('MEMBERS', '2001-06-15', null);
    assert.equal((members.value as string[][]).length, 6);
    // The binding passes every argument through: the pane's answer is the shared module's.
    const inChinese = createScoFunctions(loadDataDir(DATA_DIR), () => '2026-11-22').members('2001-06-15', null, 'zh');
    assert.deepEqual(await call('MEMBERS', '2001-06-15', null, 'zh'), { value: inChinese });
    assert.ok(inChinese.flat().includes('中国'));
    const unknown = await call('STATUS', 'Atlantis', null);
    assert.equal(unknown.error, '#VALUE!');
    assert.match(unknown.message ?? '', /"Atlantis" is not a state/);
    assert.equal((await call('SUMMIT', 2031, null)).error, '#N/A');
    await page.close();
  });

  it('inserts the membership timeline chart and its counts on a new sheet', async () => {
    const page = await open();
    const before = (await snapshot(page)).syncs;
    await page.getByRole('button', { name: 'Insert chart' }).click();
    await page.waitForSelector('#refresh-section:not([hidden])');
    assert.match((await message(page)) ?? '', /Inserted the chart/);
    const state = await snapshot(page);
    assert.equal(state.syncs - before, 2, 'two round trips, the update of the list included');
    const [chart] = state.charts;
    assert.ok(chart, 'no chart');
    assert.equal(chart.sheet, TEMPLATES.status_counts.title.en);
    assert.equal(chart.type, 'ColumnStacked');
    assert.deepEqual(
      chart.series.map((series) => series.name),
      ['Shanghai Five', 'Members', 'Accession candidates', 'Observers', 'Dialogue partners', 'SCO partners'],
    );
    const cells = state.sheets.find((sheet) => sheet.name === chart.sheet)!.cells;
    // Row 4 holds 1996, the first year: five Shanghai Five participants and nothing else.
    assert.deepEqual(
      ['A4', 'B4', 'C4'].map((cell) => cells[cell]),
      [1996, 5, 0],
    );
    await page.screenshot({ path: join(OUT, 'taskpane-chart.png'), fullPage: true });
    await page.close();
  });

  it('labels every control, fits 320 px without sideways scrolling, and inserts by keyboard alone', async () => {
    const page = await open();
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('input, select, button'))
        .filter((control) => !control.closest('[hidden]'))
        .filter((control) => (control instanceof HTMLButtonElement ? control.textContent!.trim() === '' : (control as HTMLInputElement).labels?.length === 0))
        .map((control) => control.id),
    );
    assert.deepEqual(unlabelled, []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'the pane scrolls sideways at 320 px');
    await page.locator('#table').focus();
    for (let step = 0; step < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'insert'; step++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'insert', 'Tab never reaches the Insert button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Inserted/.test(document.getElementById('message')?.textContent ?? ''));
    assert.equal((await snapshot(page)).tables.length, 1);
    await page.close();
  });

  describe("provenance: the sources and conflicts come in their own chunk, from the add-in's origin, only when a table needs them", () => {
    const PROVENANCE_CHUNK = /\/provenance\.[0-9a-f]{8}\.js$/;
    const data = () => loadDataDir(DATA_DIR).dataset;
    /** A pane whose provenance chunk is held until `release` (or failed, when `fail`). */
    async function openHeld(seen: string[], fail = false) {
      const { page, errors } = await newPanePage(browser, origin, fakeHost, { onRequest: (url) => seen.push(url) });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let failNext = fail;
      // Registered after newPanePage's route, so it runs first (and records the request, which
      // that route then never sees); continue() fetches it from the server.
      await page.route(PROVENANCE_CHUNK, async (route) => {
        seen.push(route.request().url());
        await held;
        if (failNext) {
          failNext = false;
          return route.abort();
        }
        return route.continue();
      });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForSelector('#form:not([hidden])');
      return { page, errors, release };
    }
    const summary = (page: Page) => page.locator('#preview-summary').textContent();

    it('the first screen and the other tables never fetch it; the Sources table loads it once, shows that it is loading, then inserts', async () => {
      const seen: string[] = [];
      const { page, errors, release } = await openHeld(seen);
      await insertRoster(page);
      for (const table of ['summits', 'officials', 'country_year']) await page.getByLabel('Table', { exact: true }).selectOption(table);
      assert.deepEqual(
        seen.filter((url) => PROVENANCE_CHUNK.test(url)),
        [],
        'the first screen fetched the provenance chunk',
      );
      assert.ok(!seen.some((url) => url.includes('provenance')), seen.join(' '));

      await page.getByLabel('Table', { exact: true }).selectOption('sources');
      await page.waitForFunction(() => document.getElementById('preview')?.getAttribute('aria-busy') === 'true');
      assert.equal(await summary(page), 'Loading the sources and conflicts…');
      assert.equal(await page.getByRole('button', { name: 'Insert table' }).isDisabled(), true);
      release();
      await page.waitForFunction(() => document.getElementById('preview')?.getAttribute('aria-busy') === 'false');
      const sources = data().sources;
      assert.match((await summary(page)) ?? '', new RegExp(`^${sources.length} rows`));
      const chunks = seen.filter((url) => PROVENANCE_CHUNK.test(url));
      assert.equal(chunks.length, 1, seen.join(' '));
      assert.ok(chunks[0]!.startsWith(`${origin}/`), `the chunk came from ${chunks[0]}`);
      assert.ok(
        seen.every((url) => url.startsWith(origin) || url === OFFICE_JS),
        `no other request: ${seen.join(' ')}`,
      );

      await page.getByRole('button', { name: 'Insert table' }).click();
      await page.waitForFunction(() => /Inserted/.test(document.getElementById('message')?.textContent ?? ''));
      const sheet = (await snapshot(page)).sheets.find((item) => item.name === TEMPLATES.sources.title.en);
      assert.ok(sheet, 'no Sources sheet');
      // Sorted by id, as the release's sources.csv: the first id of the data file's in byte order.
      const firstId = sources.map((source) => source.source_id).sort()[0]!;
      assert.equal(sheet.cells.A3, TEMPLATES.sources.columns[0]!.headers.en);
      assert.equal(sheet.cells.A4, firstId);

      // The conflicts table (same chunk) and the first screen's tables again: nothing more fetched.
      await page.getByLabel('Table', { exact: true }).selectOption('conflicts');
      assert.match((await summary(page)) ?? '', new RegExp(`^${data().conflicts.length} rows`));
      await page.getByLabel('Table', { exact: true }).selectOption('roster');
      assert.equal(seen.filter((url) => PROVENANCE_CHUNK.test(url)).length, 1);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('when the chunk does not load: says so, offers no insert, and loads it when the table is chosen again', async () => {
      const seen: string[] = [];
      const { page, errors, release } = await openHeld(seen, true);
      release();
      await page.getByLabel('Table', { exact: true }).selectOption('conflicts');
      await page.waitForFunction(() => /did not load/.test(document.getElementById('message')?.textContent ?? ''));
      assert.equal(await page.getByRole('button', { name: 'Insert table' }).isDisabled(), true);
      await page.getByLabel('Table', { exact: true }).selectOption('roster');
      await page.getByLabel('Table', { exact: true }).selectOption('conflicts');
      await page.waitForFunction(() => /^\d+ rows/.test(document.getElementById('preview-summary')?.textContent ?? ''));
      assert.equal(seen.filter((url) => PROVENANCE_CHUNK.test(url)).length, 2, seen.join(' '));
      assert.deepEqual(errors, []);
      await page.close();
    });
  });

  describe('defect 15: without Excel the pane says so and offers nothing', () => {
    const buttons = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('button')).map((button) => [button.id, button.disabled]));

    it('when office.js cannot load (offline, blocked): says so, every button disabled', async () => {
      const { page } = await newPanePage(browser, origin, fakeHost, { officeJs: 'blocked' });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForFunction(() => /office\.js\) did not load/.test(document.getElementById('loading')?.textContent ?? ''));
      assert.deepEqual(
        (await buttons(page)).filter(([, disabled]) => !disabled),
        [],
      );
      await page.screenshot({ path: join(OUT, 'taskpane-no-office.png'), fullPage: true });
      await page.close();
    });

    it('with the real office.js of @microsoft/office-js outside Office (the page opened directly): says it runs in Excel, every button disabled', async () => {
      const seen: string[] = [];
      const { page, errors } = await newPanePage(browser, origin, fakeHost, { officeJs: 'packaged', onRequest: (url) => seen.push(url) });
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForFunction(() => /This add-in runs in Excel/.test(document.getElementById('loading')?.textContent ?? ''), undefined, { timeout: 20_000 });
      assert.deepEqual(
        (await buttons(page)).filter(([, disabled]) => !disabled),
        [],
      );
      assert.equal(await page.locator('#form').isHidden(), true);
      // The real library ran: it defined Office and answered onReady with no host.
      assert.equal(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady), 'function');
      assert.ok(seen.includes(OFFICE_JS));
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
  /** Office's colours as Office.context.officeTheme gives them: a white and a black (dark) theme. */
  const THEMES = {
    light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#262626', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' },
    dark: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#393939', controlForegroundColor: '#F0F0F0' },
  };

  it('follows the Office theme (light and dark; screenshots for the README)', async () => {
    for (const [name, theme] of Object.entries(THEMES)) {
      const page = await open('en-US', { officeTheme: theme });
      const seen = await page.evaluate(() => ({
        mode: document.documentElement.dataset.theme,
        body: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
        select: getComputedStyle(document.getElementById('table')!).backgroundColor,
      }));
      const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
      assert.deepEqual(seen, { mode: name, body: rgb(theme.bodyBackgroundColor), text: rgb(theme.bodyForegroundColor), select: rgb(theme.controlBackgroundColor) });
      await page.screenshot({ path: join(OUT, `taskpane-${name}.png`), fullPage: true });
      // `UPDATE_DOCS=1 npm test` refreshes the README's screenshots.
      if (process.env.UPDATE_DOCS === '1') await page.screenshot({ path: join(ROOT, 'docs', `taskpane-${name}.png`), fullPage: true });
      await page.close();
    }
  });

  it('in forced colors (high contrast) uses system colours, and marks an error by more than colour', async () => {
    const page = await open('en-US', { forcedColors: 'active', officeTheme: THEMES.dark });
    // An error message as the pane shows one (class "error"): its mark and weight, not only its colour.
    await page.evaluate(() => {
      const message = document.getElementById('message')!;
      message.textContent = 'Something failed.';
      message.classList.add('error');
    });
    const seen = await page.evaluate(() => ({
      forced: matchMedia('(forced-colors: active)').matches,
      mark: getComputedStyle(document.getElementById('message')!, '::before').content,
      weight: getComputedStyle(document.getElementById('message')!).fontWeight,
      border: getComputedStyle(document.getElementById('message')!).borderLeftStyle,
    }));
    assert.deepEqual(seen, { forced: true, mark: '"⚠ " / ""', weight: '600', border: 'solid' });
    await page.screenshot({ path: join(OUT, 'taskpane-forced-colors.png'), fullPage: true });
    await page.close();
  });

  it('converts =SCO formulas of the sheet to their values, after the user chose the scope, and says what it did', async () => {
    const page = await open();
    await inExcel(
      page,
      `
      state.setCell('Sheet1', 'A1', 'member', '=SCO.STATUS("IND")');
      state.spillFormula('Sheet1', 'C1', '=SCO.MEMBERS("2001-06-15")', [['China'], ['Kazakhstan']]);
      state.setCell('Sheet1', 'E1', 3, '=1+2');
    `,
    );
    const convert = page.getByRole('button', { name: 'Convert to values' });
    assert.equal(await convert.isDisabled(), true, 'no scope is preselected');
    await page.getByLabel('this sheet').check();
    await convert.click();
    await page.waitForFunction(() => /Converted to values/.test(document.getElementById('message')?.textContent ?? ''));
    assert.equal(await message(page), 'Converted to values: “Sheet1” 2 formulas (3 cells).');
    const sheet = (await snapshot(page)).sheets.find((item) => item.name === 'Sheet1')!;
    assert.deepEqual([sheet.cells.A1, sheet.cells.C1, sheet.cells.C2, sheet.cells.E1], ['member', 'China', 'Kazakhstan', 3]);
    const formulas = await inExcel(page, `const cells = state.sheet('Sheet1').cells; return ['0,0', '0,2', '0,4'].map((key) => cells.get(key).formula ?? null);`);
    assert.deepEqual(formulas, [null, null, '=1+2'], 'the SCO formulas are values now; the other formula is kept');
    await page.close();
  });
});
