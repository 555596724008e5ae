// `npm run bench:addin`: the Excel round trips each table's insert (the update of the pane's list
// included), refresh and the chart take (against the fake Excel, which counts context.sync()
// calls), the task pane's gzipped JavaScript against its budget, and, where Debian's Chromium is installed, how long the pane takes to show its first screen against
// a bare page that loads the same (fake) office.js. Run `npm run build` first; office.js is loaded
// from Microsoft's CDN and is not counted. Prints figures; exits 1 only when a budget is exceeded.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { parseReleaseInfo } from '../src/core';
import { insertTable, newSession, refreshTable, type InsertedTable, type Outcome } from '../src/addin/excel-adapter';
import { ADDIN_TABLES } from '../src/addin/options';
import { planChart, planTable } from '../src/addin/plan';
import { DEFAULT_DATA_DIR, loadDataDir } from '../src/node/data-dir';
import { createFakeExcel, FakeWorkbookState } from '../test/addin/fake-excel';
import { CHROMIUM, CHROMIUM_ARGS, fakeOfficeHost, newPanePage, OFFICE_JS, serveDir } from '../test/browser/pane-harness';

const BUDGET_BYTES = 150 * 1024;
const MAX_SYNCS = 2;
const root = join(__dirname, '..');

async function main(): Promise<number> {
  const dataDir = process.env.SCO_DATA_DIR ?? DEFAULT_DATA_DIR;
  const data = loadDataDir(dataDir);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const release = parseReleaseInfo(JSON.parse(readFileSync(join(dataDir, 'release.json'), 'utf8')), pkg.version);
  let over = 0;
  const entryOf = (outcome: Outcome): InsertedTable => {
    const entry = outcome.ok ? outcome.view?.tables.find((table) => table.id === outcome.tableId) : undefined;
    if (!entry) throw new Error(`no list entry in ${JSON.stringify(outcome)}`);
    return entry;
  };
  console.log('Round trips (context.sync calls against the fake Excel); an insert includes the update of the pane\'s list.');
  console.log('table               rows  cells  insert(new sheet)  insert(at selection)  refresh  request KB');
  const counts: number[][] = [];
  for (const table of ADDIN_TABLES) {
    const plan = planTable(data, release, { table, lang: 'ru', sources: true });
    const syncs: number[] = [];
    let kb = 0;
    let refreshSyncs = 0;
    for (const target of ['newSheet', 'selection'] as const) {
      const fake = createFakeExcel(new FakeWorkbookState());
      const session = newSession();
      const outcome = await insertTable(fake.host, session, plan, target);
      if (!outcome.ok) throw new Error(`${table}: ${JSON.stringify(outcome.refusal)}`);
      syncs.push(fake.state.syncs);
      kb = Math.max(kb, ...fake.state.requestBytes.map((bytes) => bytes / 1024));
      if (target === 'selection') {
        fake.state.syncs = 0;
        const refreshed = await refreshTable(fake.host, session, entryOf(outcome), plan);
        if (!refreshed.ok) throw new Error(`${table} refresh: ${JSON.stringify(refreshed.refusal)}`);
        refreshSyncs = fake.state.syncs;
      }
    }
    counts.push([...syncs, refreshSyncs]);
    if (Math.max(...syncs) > MAX_SYNCS) over++;
    console.log(`${table.padEnd(18)} ${String(plan.body.length).padStart(5)} ${String(plan.body.length * plan.columns).padStart(6)} ${String(syncs[0]).padStart(18)} ${String(syncs[1]).padStart(21)} ${String(refreshSyncs).padStart(8)} ${kb.toFixed(0).padStart(11)}`);
  }
  const chart = planChart(data, release, 'membership_timeline', { lang: 'en' });
  const chartFake = createFakeExcel(new FakeWorkbookState());
  const chartSession = newSession();
  const chartInsert = await insertTable(chartFake.host, chartSession, chart, 'newSheet');
  const chartInsertSyncs = chartFake.state.syncs;
  chartFake.state.syncs = 0;
  const chartRefresh = await refreshTable(chartFake.host, chartSession, entryOf(chartInsert), chart);
  if (!chartRefresh.ok) throw new Error(`chart refresh: ${JSON.stringify(chartRefresh.refusal)}`);
  console.log(`membership timeline chart: insert ${chartInsertSyncs} round trips, refresh with its chart ${chartFake.state.syncs}`);
  console.log(`summary: insert ${Math.min(...counts.map((c) => Math.max(c[0]!, c[1]!)))}-${Math.max(...counts.map((c) => Math.max(c[0]!, c[1]!)))} round trips (budget ${MAX_SYNCS}), refresh ${Math.min(...counts.map((c) => c[2]!))}-${Math.max(...counts.map((c) => c[2]!))}, chart insert ${chartInsertSyncs}, chart refresh ${chartFake.state.syncs}`);
  if (chartInsertSyncs > MAX_SYNCS || chartFake.state.syncs > MAX_SYNCS) over++;
  const dist = join(root, 'dist');
  const scripts = readdirSync(dist).filter((name) => name.endsWith('.js'));
  const raw = scripts.reduce((sum, name) => sum + readFileSync(join(dist, name)).length, 0);
  const gzipped = scripts.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name)), { level: 9 }).length, 0);
  console.log(`\ntask pane JavaScript (${scripts.join(', ')}): ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped = ${((100 * gzipped) / BUDGET_BYTES).toFixed(0)}% of the ${BUDGET_BYTES / 1024} KB budget (office.js excluded)`);
  if (gzipped > BUDGET_BYTES) over++;
  await firstScreen(dist);
  return over > 0 ? 1 : 0;
}

const RUNS = 7;

/** A page that only waits for (fake) office.js to be ready, then shows its one element. */
const BARE_PAGE = `<!doctype html><html><head><script src="${OFFICE_JS}"></script><script>Office.onReady(() => { document.getElementById('form').hidden = false; });</script></head><body><form id="form" hidden>ready</form></body></html>`;

/** Median milliseconds from navigation to the visible form, for the pane and for the bare page. */
async function firstScreen(dist: string): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nfirst screen: not measured (no Chromium at ${CHROMIUM}; apt-get install chromium)`);
    return;
  }
  const bareDir = mkdtempSync(join(tmpdir(), 'sco-bench-bare-'));
  writeFileSync(join(bareDir, 'index.html'), BARE_PAGE);
  const [pane, bare, host] = await Promise.all([serveDir(dist), serveDir(bareDir), fakeOfficeHost()]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const paneMs = await median(browser, pane.origin, `${pane.origin}/taskpane.html`, host);
    const bareMs = await median(browser, bare.origin, `${bare.origin}/index.html`, host);
    console.log(`\nfirst screen (median of ${RUNS}, Chromium headless, local files): task pane ${paneMs.toFixed(0)} ms, bare office.js page ${bareMs.toFixed(0)} ms, ratio ${(paneMs / bareMs).toFixed(2)}x`);
  } finally {
    await browser.close();
    pane.close();
    bare.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
}

async function median(browser: Browser, origin: string, url: string, host: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { page } = await newPanePage(browser, origin, host);
    const start = performance.now();
    await page.goto(url);
    await page.waitForSelector('#form:not([hidden])');
    times.push(performance.now() - start);
    await page.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

main().then((code) => (process.exitCode = code));
