// `npm run bench:addin`: the Excel round trips each table's insert (the update of the pane's list
// included), refresh and the chart take (against the fake Excel, which counts context.sync()
// calls); the gzipped JavaScript the first screen loads (taskpane.html's scripts) against its
// budget, and the chunks loaded later; and, where Debian's Chromium is installed, the first
// screen's cost as the browser's own script time (CDP Performance.getMetrics ScriptDuration) at
// CPU throttling 1x and 4x, for variants interleaved and rotated in one run:
//   before      the single bundle of BENCH_BASELINE (default a92d3a1, the last commit before the
//               split), built from `git archive` of that commit
//   split       this build's first screen (dist/)
//   +provenance this build, then the Sources table chosen (its chunk fetched and its preview shown)
//   bare        a page that loads only the same (fake) office.js: the floor every variant pays
// Run `npm run build` first (npm run bench:addin does); office.js is Microsoft's and is not
// counted. Prints figures; exits 1 only when a budget is exceeded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseReleaseInfo } from '../src/core';
import { insertTable, newSession, refreshTable, type InsertedTable, type Outcome } from '../src/addin/excel-adapter';
import { ADDIN_TABLES } from '../src/addin/options';
import { planChart, planTable } from '../src/addin/plan';
import { DEFAULT_DATA_DIR, loadDataDir } from '../src/node/data-dir';
import { createFakeExcel, FakeWorkbookState } from '../test/addin/fake-excel';
import { gzippedBytes, paneScripts } from '../src/node/pane-files';
import { CHROMIUM, CHROMIUM_ARGS, fakeOfficeHost, newPanePage, OFFICE_JS, serveDir, type Served } from '../test/browser/pane-harness';

/** The first screen's gzipped JavaScript (issue 16); test/addin/pane-size.test.ts asserts it too. */
const BUDGET_BYTES = 90 * 1024;
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
  console.log("Round trips (context.sync calls against the fake Excel); an insert includes the update of the pane's list.");
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
    console.log(
      `${table.padEnd(18)} ${String(plan.body.length).padStart(5)} ${String(plan.body.length * plan.columns).padStart(6)} ${String(syncs[0]).padStart(18)} ${String(syncs[1]).padStart(21)} ${String(refreshSyncs).padStart(8)} ${kb.toFixed(0).padStart(11)}`,
    );
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
  console.log(
    `summary: insert ${Math.min(...counts.map((c) => Math.max(c[0]!, c[1]!)))}-${Math.max(...counts.map((c) => Math.max(c[0]!, c[1]!)))} round trips (budget ${MAX_SYNCS}), refresh ${Math.min(...counts.map((c) => c[2]!))}-${Math.max(...counts.map((c) => c[2]!))}, chart insert ${chartInsertSyncs}, chart refresh ${chartFake.state.syncs}`,
  );
  if (chartInsertSyncs > MAX_SYNCS || chartFake.state.syncs > MAX_SYNCS) over++;
  const dist = join(root, 'dist');
  const { firstScreen, later } = paneScripts(dist);
  const firstBytes = gzippedBytes(dist, firstScreen);
  console.log(
    `\nfirst screen JavaScript (${firstScreen.join(', ')}): ${kb(firstBytes)} KB gzipped = ${((100 * firstBytes) / BUDGET_BYTES).toFixed(0)}% of the ${BUDGET_BYTES / 1024} KB budget (office.js excluded)`,
  );
  for (const name of later) console.log(`  loaded later: ${name} ${kb(gzippedBytes(dist, [name]))} KB gzipped`);
  if (firstBytes > BUDGET_BYTES) over++;
  await firstScreenScriptTime(dist);
  return over > 0 ? 1 : 0;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const RATES = [1, 4];
const BASELINE = process.env.BENCH_BASELINE ?? 'a92d3a1';

/** A page that only waits for (fake) office.js to be ready, then shows its one element. */
const BARE_PAGE = `<!doctype html><html><head><script src="${OFFICE_JS}"></script><script>Office.onReady(() => { document.getElementById('form').hidden = false; });</script></head><body><form id="form" hidden>ready</form></body></html>`;

interface Variant {
  name: string;
  served: Served;
  path: string;
  /** Waits until the screen the variant measures is shown. */
  ready(page: Page): Promise<void>;
}

const formShown = (page: Page) => page.waitForSelector('#form:not([hidden])').then(() => undefined);

/** The baseline's single bundle, built from `git archive` of BENCH_BASELINE; null when that cannot be done here. */
function buildBaseline(work: string): string | null {
  const source = join(work, 'source');
  mkdirSync(source);
  try {
    const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', BASELINE], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', source], { input: archive });
    symlinkSync(join(root, 'node_modules'), join(source, 'node_modules'));
    const dist = join(work, 'dist');
    execFileSync(process.execPath, [join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], {
      cwd: source,
      env: { ...process.env, SCO_DATA_DIR: join(source, 'data'), SCO_DIST_DIR: dist },
      stdio: 'pipe',
    });
    return dist;
  } catch (error) {
    console.log(`  (no "before" variant: building ${BASELINE} failed: ${String(error).split('\n')[0]})`);
    return null;
  }
}

/** Script time (ms) the browser spent from navigation to the variant's screen, at a CPU throttling rate. */
async function scriptMs(browser: Browser, variant: Variant, host: string, rate: number): Promise<number> {
  const { page, errors } = await newPanePage(browser, variant.served.origin, host);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await cdp.send('Performance.enable');
    await page.goto(`${variant.served.origin}/${variant.path}`);
    await variant.ready(page);
    const { metrics } = await cdp.send('Performance.getMetrics');
    if (errors.length > 0) throw new Error(`${variant.name}: ${errors.join('; ')}`);
    const seconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value;
    if (seconds === undefined) throw new Error('Chromium reported no ScriptDuration');
    return seconds * 1000;
  } finally {
    await page.close();
  }
}

async function firstScreenScriptTime(dist: string): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nfirst screen script time: not measured (no Chromium at ${CHROMIUM}; apt-get install chromium)`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'sco-bench-addin-'));
  const servers: Served[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    console.log(`\nfirst screen script time (CDP ScriptDuration, ms; ${RUNS} runs per variant and rate, variants interleaved and rotated)`);
    const serve = async (dir: string) => {
      const served = await serveDir(dir);
      servers.push(served);
      return served;
    };
    const bareDir = join(work, 'bare');
    mkdirSync(bareDir);
    writeFileSync(join(bareDir, 'index.html'), BARE_PAGE);
    const baselineDist = buildBaseline(work);
    const split = await serve(dist);
    const variants: Variant[] = [];
    if (baselineDist) variants.push({ name: `before (${BASELINE})`, served: await serve(baselineDist), path: 'taskpane.html', ready: formShown });
    variants.push({ name: 'split', served: split, path: 'taskpane.html', ready: formShown });
    variants.push({
      name: '+provenance',
      served: split,
      path: 'taskpane.html',
      async ready(page) {
        await formShown(page);
        await page.selectOption('#table', 'sources');
        await page.waitForFunction(() => /^\d/.test(document.getElementById('preview-summary')?.textContent ?? ''));
      },
    });
    variants.push({ name: 'bare', served: await serve(bareDir), path: 'index.html', ready: formShown });
    const host = await fakeOfficeHost();
    // One warm-up load per variant: the first navigation of a fresh browser pays for its own start.
    for (const variant of variants) await scriptMs(browser, variant, host, 1);
    const times = new Map<string, number[]>();
    for (let run = 0; run < RUNS; run++) {
      for (const [index] of RATES.entries()) {
        // Rotate both: each variant and each rate takes every position in turn.
        const rate = RATES[(index + run) % RATES.length]!;
        for (let step = 0; step < variants.length; step++) {
          const variant = variants[(step + run) % variants.length]!;
          const key = `${variant.name}@${rate}`;
          times.set(key, [...(times.get(key) ?? []), await scriptMs(browser, variant, host, rate)]);
        }
      }
    }
    const stats = (key: string) => {
      const sorted = [...times.get(key)!].sort((a, b) => a - b);
      return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! };
    };
    const reference = variants[0]!.name;
    console.log(`variant            rate     min  median     max   median / ${reference}`);
    for (const rate of RATES) {
      const base = stats(`${reference}@${rate}`).median;
      for (const variant of variants) {
        const { min, median, max } = stats(`${variant.name}@${rate}`);
        console.log(
          `${variant.name.padEnd(18)} ${`${rate}x`.padStart(4)} ${min.toFixed(1).padStart(7)} ${median.toFixed(1).padStart(7)} ${max.toFixed(1).padStart(7)} ${(median / base).toFixed(2).padStart(9)}x`,
        );
      }
      const bare = stats(`bare@${rate}`).median;
      const own = (name: string) => stats(`${name}@${rate}`).median - bare;
      if (baselineDist)
        console.log(
          `  ${rate}x, the pane's own script time (median minus bare): before ${own(variants[0]!.name).toFixed(1)} ms, split ${own('split').toFixed(1)} ms, ratio ${(own('split') / own(variants[0]!.name)).toFixed(2)}x`,
        );
    }
  } finally {
    await browser.close();
    for (const served of servers) served.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
