// End to end: Debian's Chromium (playwright-core) opens the built task pane, with the fake Office
// host served in place of office.js, and clicks through insert, refusal, refresh and languages.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEMPLATES } from '../../src/core';
import { fixtureCopy, requireOrSkip, ROOT } from '../helpers';

const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OUT = join(ROOT, 'test-output');
const DIST = join(OUT, 'e2e-dist');
const MARKUP = '<img src=x onerror=window.__xss=1>China';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.xml': 'text/xml' };

type Snapshot = { sheets: { name: string; cells: Record<string, unknown> }[]; tables: { name: string; sheet: string; address: string }[]; settings: Record<string, unknown>; syncs: number };

describe('task pane in Chromium (fake Office host)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let server: Server;
  let origin: string;
  let fakeHost: string;
  const requests: string[] = [];

  before(async function () {
    requireOrSkip(this, existsSync(CHROMIUM), `Chromium at ${CHROMIUM} (apt-get install chromium)`);
    // The fixture with markup in a country name: the pane must show it as text.
    const dataDir = fixtureCopy();
    const countries = readFileSync(join(dataDir, 'countries.csv'), 'utf8').replace('\nCHN,710,CHN,China,', `\nCHN,710,CHN,${MARKUP},`);
    writeFileSync(join(dataDir, 'countries.csv'), countries);
    copyFileSync(join(ROOT, 'data', 'release.json'), join(dataDir, 'release.json'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], {
      cwd: ROOT,
      env: { ...process.env, SCO_DATA_DIR: dataDir, SCO_DIST_DIR: DIST },
      stdio: 'pipe',
    });
    const bundled = await build({ entryPoints: [join(__dirname, 'fake-office-host.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022' });
    fakeHost = bundled.outputFiles[0]!.text;
    server = createServer((request, response) => {
      const path = join(DIST, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      if (!path.startsWith(DIST) || !existsSync(path)) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(OUT, { recursive: true });
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(displayLanguage = 'en-US'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 320, height: 1100 } });
    await page.addInitScript((language) => Object.assign(window, { __FAKE_DISPLAY_LANGUAGE: language }), displayLanguage);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url === OFFICE_JS) return route.fulfill({ body: fakeHost, contentType: 'text/javascript' });
      if (url.startsWith(origin)) return route.continue();
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector('#form:not([hidden])');
    assert.deepEqual(errors, []);
    return page;
  }

  const snapshot = (page: Page) => page.evaluate(() => (window as unknown as { __fakeExcel: { state: { snapshot(): unknown } } }).__fakeExcel.state.snapshot()) as Promise<Snapshot>;
  const message = (page: Page) => page.locator('#message').textContent();

  it('inserts the roster on a new sheet and shows markup in data as text', async () => {
    const page = await open();
    await page.screenshot({ path: join(OUT, 'taskpane-en.png'), fullPage: true });
    await page.screenshot({ path: join(ROOT, 'docs', 'taskpane.png'), fullPage: true });
    assert.ok((await page.locator('#preview-rows').textContent())?.includes(MARKUP));
    assert.equal(await page.locator('#preview-rows img').count(), 0);
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.waitForFunction(() => /Inserted/.test(document.getElementById('message')?.textContent ?? ''));
    const state = await snapshot(page);
    const sheet = state.sheets.find((item) => item.name === 'Roster');
    assert.ok(sheet, JSON.stringify(state.sheets.map((item) => item.name)));
    assert.deepEqual(state.tables.map((table) => [table.name, table.sheet]), [['tbl_roster_1', 'Roster']]);
    assert.equal(sheet.cells.A3, TEMPLATES.roster.columns[0]!.headers.en);
    assert.ok(Object.values(sheet.cells).includes(MARKUP), 'the name is written to the cell as the data has it');
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.ok(requests.every((url) => url.startsWith(origin) || url === OFFICE_JS), `no other request: ${requests.join(' ')}`);
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
    assert.match((await message(page)) ?? '', /not empty \('Sheet1'!C5\)/);
    const after = await snapshot(page);
    assert.deepEqual({ ...after, syncs: 0 }, { ...before, syncs: 0 });
    await page.screenshot({ path: join(OUT, 'taskpane-refused.png'), fullPage: true });
    await page.close();
  });

  it('refreshes a table it inserted', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Insert table' }).click();
    await page.waitForSelector('#refresh-section:not([hidden])');
    await page.evaluate(() => {
      const { state } = (window as unknown as { __fakeExcel: { state: { setCell(s: string, a: string, v: string): void } } }).__fakeExcel;
      state.setCell('Roster', 'A4', 'stale');
    });
    await page.getByRole('button', { name: 'Refresh with current data' }).click();
    await page.waitForFunction(() => /Refreshed/.test(document.getElementById('message')?.textContent ?? ''));
    const state = await snapshot(page);
    assert.deepEqual(state.tables.map((table) => table.name), ['tbl_roster_1']);
    assert.notEqual(state.sheets.find((item) => item.name === 'Roster')?.cells.A4, 'stale');
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
});
