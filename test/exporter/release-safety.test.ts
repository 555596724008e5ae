// Nothing a user owns is ever lost (issue 10, the files half): what --out may be, the marker, the
// lock, the swap stopped at each of its steps, signals, permissions, and a failing disk. Runs the
// real CLI in child processes; the expected states are written out here from the documented
// layout (README "Reliability", publish.ts), not taken from the exporter.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { buildRelease } from '../../src/exporter/release';
import { ExportError, type ExportProblemCode } from '../../src/exporter/problems';
import { parseReleaseMarker, recoveryPlan, replaceProblem, swapPlan, type FoundEntry } from '../../src/exporter/publish-plan';
import { BROKEN_FIXTURES, ROOT, VALID_FIXTURE, fixtureCopy } from '../helpers';
import { CLI, exitOf, hashTree, runCli, startCli, stderrShows, tempDir } from './support';

const MARKER = '.sco-data-release.json';
const LOCK = '.release.sco-export.lock';

/** A release of the fixture (version 1.0.0), made once and copied into each test's folder. */
let earlierTemplate: string;

function earlierAt(parent: string): { out: string; earlier: Record<string, string> } {
  const out = join(parent, 'release');
  cpSync(earlierTemplate, out, { recursive: true });
  return { out, earlier: hashTree(out) };
}

const exportTo = (out: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}) => runCli(['--out', out, '--data', VALID_FIXTURE, ...extra], env);

/** The release at `dir` is whole: every file its SHA256SUMS names matches, and it is `version`. */
function assertWholeRelease(dir: string, version: string): void {
  const check = spawnSync('sha256sum', ['--strict', '-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.equal((JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { version: string }).version, version);
  assert.ok(existsSync(join(dir, MARKER)), 'no marker');
}

/** Calls buildRelease in-process and returns the code of the ExportError it throws. */
async function refusalCode(out: string, options: { createParent?: boolean } = {}): Promise<ExportProblemCode> {
  try {
    await buildRelease({ out, dataDir: VALID_FIXTURE, version: '1.0.0', ...options });
  } catch (error) {
    if (error instanceof ExportError) return error.problem.code;
    throw error;
  }
  throw new Error(`${out} was accepted`);
}

describe('exporter: nothing a user owns is lost', function () {
  this.timeout(180_000);

  before(() => {
    earlierTemplate = join(tempDir(), 'release');
    const run = exportTo(earlierTemplate, ['--version', '1.0.0']);
    assert.equal(run.status, 0, run.stderr);
  });

  describe('which folders --out may replace (pure)', () => {
    const hash = (sha: Record<string, string>) => (path: string) => sha[path] ?? 'unknown';
    const markerText = JSON.stringify({
      tool: 'sco-data-export',
      tool_version: '0.1.0',
      release_version: '1.0.0',
      files: [
        { path: 'README.md', bytes: 10, sha256: 'a'.repeat(64) },
        { path: 'csv/summits.csv', bytes: 20, sha256: 'b'.repeat(64) },
      ],
    });
    const release: FoundEntry[] = [
      { path: MARKER, kind: 'file', bytes: 300 },
      { path: 'README.md', kind: 'file', bytes: 10 },
      { path: 'csv', kind: 'folder', bytes: 0 },
      { path: 'csv/summits.csv', kind: 'file', bytes: 20 },
    ];
    const hashes = { 'README.md': 'a'.repeat(64), 'csv/summits.csv': 'b'.repeat(64) };

    it('accepts an empty folder and a release holding exactly its listed files (a listed file missing loses nothing)', () => {
      assert.equal(replaceProblem('/r', [], null, hash({})), null);
      assert.equal(replaceProblem('/r', release, markerText, hash(hashes)), null);
      assert.equal(replaceProblem('/r', release.slice(0, 3), markerText, hash(hashes)), null);
    });

    it('refuses a folder without the marker, naming its top-level entries (a stray SHA256SUMS proves nothing)', () => {
      const downloads: FoundEntry[] = [
        { path: 'SHA256SUMS', kind: 'file', bytes: 100 },
        { path: 'debian.iso', kind: 'file', bytes: 1e9 },
        { path: 'thesis', kind: 'folder', bytes: 0 },
      ];
      assert.deepEqual(replaceProblem('/d', downloads, null, hash({})), { code: 'out_not_release', path: '/d', marker: MARKER, entries: ['SHA256SUMS', 'debian.iso', 'thesis/'] });
    });

    it('refuses a release with anything added: a file, a folder, a link, a file where a folder was', () => {
      const added: FoundEntry[] = [...release, { path: 'analysis.R', kind: 'file', bytes: 5 }, { path: 'mywork', kind: 'folder', bytes: 0 }, { path: 'csv/link', kind: 'other', bytes: 0 }];
      assert.deepEqual(replaceProblem('/r', added, markerText, hash(hashes)), { code: 'out_has_other_files', path: '/r', entries: ['analysis.R', 'mywork/', 'csv/link'] });
      const swapped: FoundEntry[] = [release[0]!, release[1]!, { path: 'csv', kind: 'file', bytes: 3 }];
      assert.equal(replaceProblem('/r', swapped, markerText, hash(hashes))?.code, 'out_has_other_files');
    });

    it('refuses a release whose listed file changed, by size or by content', () => {
      const longer = release.map((entry) => (entry.path === 'README.md' ? { ...entry, bytes: 11 } : entry));
      assert.deepEqual(replaceProblem('/r', longer, markerText, hash(hashes)), { code: 'out_files_changed', path: '/r', entries: ['README.md'] });
      assert.deepEqual(replaceProblem('/r', release, markerText, hash({ ...hashes, 'csv/summits.csv': 'c'.repeat(64) })), {
        code: 'out_files_changed',
        path: '/r',
        entries: ['csv/summits.csv'],
      });
    });

    it('does not trust a marker of another tool, a broken one, or one listing paths outside the folder', () => {
      for (const text of ['{', '{"tool":"other","files":[]}', JSON.stringify({ tool: 'sco-data-export', files: [{ path: '../x', bytes: 1, sha256: 'a'.repeat(64) }] })]) {
        assert.equal(replaceProblem('/r', release, text, hash(hashes))?.code, 'out_marker_damaged', text);
        assert.ok('damaged' in parseReleaseMarker(text));
      }
    });

    it('plans the swap as backup, install, then removal, and puts an earlier release back only when --out is empty-handed', () => {
      assert.deepEqual(swapPlan(true), ['stage', 'backup', 'install', 'drop-backup', 'drop-work']);
      assert.deepEqual(swapPlan(false), ['stage', 'install', 'drop-work']);
      // Stopped between the renames: put the earlier release back.
      assert.deepEqual(recoveryPlan({ outExists: false, backupExists: true, stagedExists: true }), ['restore', 'drop-work']);
      // Stopped after install: --out is the new release; the backup and leftovers go.
      assert.deepEqual(recoveryPlan({ outExists: true, backupExists: true, stagedExists: false }), ['drop-work']);
      // Something was put at --out by hand while the earlier release was set aside: keep it all.
      assert.deepEqual(recoveryPlan({ outExists: true, backupExists: true, stagedExists: true }), []);
      // Stopped before the backup, or with no earlier release: only leftovers.
      assert.deepEqual(recoveryPlan({ outExists: true, backupExists: false, stagedExists: true }), ['drop-work']);
      assert.deepEqual(recoveryPlan({ outExists: false, backupExists: false, stagedExists: true }), ['drop-work']);
    });
  });

  describe('refuses, deletes nothing and exits 1', () => {
    it('--out at the root of a checkout that has a SHA256SUMS (run from elsewhere)', () => {
      const checkout = tempDir('sco-checkout-');
      assert.equal(spawnSync('git', ['init', '-q', checkout]).status, 0);
      writeFileSync(join(checkout, 'SHA256SUMS'), `${'0'.repeat(64)}  package.json\n`);
      writeFileSync(join(checkout, 'package.json'), '{}\n');
      const before = hashTree(checkout);
      const run = exportTo(checkout);
      assert.equal(run.status, 1, run.stderr);
      assert.match(
        run.stderr,
        /^sco-data-export: out_not_release: --out .* is not empty and has no \.sco-data-release\.json.*"\.git\/", "SHA256SUMS", "package\.json" \(choose a new or empty folder; nothing was deleted\)\n$/,
      );
      assert.deepEqual(hashTree(checkout), before);
    });

    it('--out . in the checkout itself', () => {
      const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', CLI, '--out', '.', '--data', VALID_FIXTURE], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /^sco-data-export: out_contains_cwd: /);
      assert.ok(existsSync(join(ROOT, '.git')));
    });

    it('a downloads folder with a stray SHA256SUMS, an .iso and a thesis/ folder', () => {
      const downloads = tempDir('sco-downloads-');
      writeFileSync(join(downloads, 'SHA256SUMS'), `${'0'.repeat(64)}  debian.iso\n`);
      writeFileSync(join(downloads, 'debian.iso'), 'iso');
      mkdirSync(join(downloads, 'thesis'));
      writeFileSync(join(downloads, 'thesis', 'chapter1.tex'), 'text');
      const before = hashTree(downloads);
      const run = exportTo(downloads);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /out_not_release: .*"SHA256SUMS", "debian\.iso", "thesis\/"/);
      assert.deepEqual(hashTree(downloads), before);
    });

    it('an earlier release to which the user added analysis.R and mywork/merged.dta', () => {
      const { out } = earlierAt(tempDir());
      writeFileSync(join(out, 'analysis.R'), 'library(readr)\n');
      mkdirSync(join(out, 'mywork'));
      writeFileSync(join(out, 'mywork', 'merged.dta'), 'stata');
      const before = hashTree(out);
      const run = exportTo(out, ['--version', '1.1.0']);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /^sco-data-export: out_has_other_files: .*"analysis\.R", "mywork\/" \(move them out of the release, or choose another --out; nothing was deleted\)\n$/);
      assert.deepEqual(hashTree(out), before);
    });

    it('an earlier release in which the user edited a CSV file', () => {
      const { out } = earlierAt(tempDir());
      writeFileSync(join(out, 'csv', 'summits.csv'), `${readFileSync(join(out, 'csv', 'summits.csv'), 'utf8')}my,row\n`);
      const before = hashTree(out);
      const run = exportTo(out, ['--version', '1.1.0']);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /out_files_changed: .*"csv\/summits\.csv"/);
      assert.deepEqual(hashTree(out), before);
    });

    it('a file, a link, a root, a missing parent, a parent that is a file (in-process: refused before anything is built)', async () => {
      const parent = tempDir();
      writeFileSync(join(parent, 'file'), 'mine');
      symlinkSync(earlierTemplate, join(parent, 'link'));
      assert.equal(await refusalCode(join(parent, 'file')), 'out_not_directory');
      assert.equal(await refusalCode(join(parent, 'link')), 'out_is_symlink');
      assert.equal(await refusalCode('/'), 'out_is_root');
      assert.equal(await refusalCode(join(parent, 'missing', 'release')), 'out_parent_missing');
      assert.equal(await refusalCode(join(parent, 'file', 'release')), 'out_parent_not_directory');
      assert.deepEqual(readdirSync(parent).sort(), ['file', 'link']);
      assert.equal(readFileSync(join(parent, 'file'), 'utf8'), 'mine');
    });
  });

  it('writes into an empty existing folder, and creates a missing parent only for the default dist/release', async () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'empty'));
    const into = await buildRelease({ out: join(parent, 'empty'), dataDir: VALID_FIXTURE, version: '1.0.0' });
    assert.ok(into.files.length > 10);
    assertWholeRelease(join(parent, 'empty'), '1.0.0');
    await buildRelease({ out: join(parent, 'dist', 'release'), dataDir: VALID_FIXTURE, version: '1.0.0', createParent: true });
    assertWholeRelease(join(parent, 'dist', 'release'), '1.0.0');
  });

  it('makes folders 0755 and files 0644 whatever the umask (mkdtemp would give 0700)', () => {
    const out = join(tempDir(), 'release');
    const run = spawnSync('sh', ['-c', `umask 077 && exec "${process.execPath}" --require tsx/cjs "${CLI}" --out "${out}" --data "${VALID_FIXTURE}"`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const modes: string[] = [];
    const walk = (path: string, name: string) => {
      const stat = lstatSync(path);
      modes.push(`${name} ${stat.isDirectory() ? 'd' : 'f'}${(stat.mode & 0o777).toString(8)}`);
      if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry), `${name}/${entry}`);
    };
    walk(out, '.');
    assert.ok(modes.length > 15);
    for (const line of modes) assert.match(line, / (d755|f644)$/, line);
  });

  describe('the swap stopped (SIGKILL) at each of its steps', () => {
    // Each point in order; at each, --out must hold the earlier (1.0.0) or the new (1.1.0) release.
    // Between "backup" and "install" the earlier one stands whole in the work folder's old/, and
    // the next run puts it back before anything else, even when its own data is invalid.
    const POINTS: [string, 'earlier' | 'new' | 'set aside'][] = [
      ['lock', 'earlier'],
      ['stage', 'earlier'],
      ['writing', 'earlier'],
      ['backup', 'earlier'],
      ['install', 'set aside'],
      ['drop-backup', 'new'],
      ['drop-work', 'new'],
      ['unlock', 'new'],
    ];
    for (const [point, left] of POINTS) {
      it(`at ${point}: --out holds the ${left} release, and the next run recovers`, () => {
        const parent = tempDir();
        const { out, earlier } = earlierAt(parent);
        const stopped = exportTo(out, ['--version', '1.1.0'], { SCO_EXPORT_TEST_STOP_AT: point });
        assert.equal(stopped.signal, 'SIGKILL', `not stopped at ${point}: ${stopped.stderr}`);
        assert.ok(existsSync(join(parent, LOCK)), 'a killed run leaves its lock');
        if (left === 'earlier') assert.deepEqual(hashTree(out), earlier);
        if (left === 'new') assertWholeRelease(out, '1.1.0');
        if (left === 'set aside') {
          assert.equal(existsSync(out), false);
          const { token } = JSON.parse(readFileSync(join(parent, LOCK), 'utf8')) as { token: string };
          assert.deepEqual(hashTree(join(parent, `.release.sco-export-${token}`, 'old')), earlier);
          // A next run with invalid data still puts the earlier release back first.
          const invalid = runCli(['--out', out, '--data', fixtureCopy(join(BROKEN_FIXTURES, 'duplicate-key'))]);
          assert.equal(invalid.status, 1);
          assert.match(invalid.stderr, /put back the earlier release at /);
          assert.deepEqual(hashTree(out), earlier);
          assert.deepEqual(readdirSync(parent), ['release']);
        }
        const next = exportTo(out, ['--version', '1.2.0']);
        assert.equal(next.status, 0, next.stderr);
        assertWholeRelease(out, '1.2.0');
        assert.deepEqual(readdirSync(parent), ['release'], 'leftovers of the stopped run');
      });
    }
  });

  describe('the lock', () => {
    it('makes a second, concurrent export refuse while the first is writing; the first then finishes', async () => {
      const parent = tempDir();
      const { out } = earlierAt(parent);
      const first = startCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0'], { SCO_EXPORT_TEST_PAUSE_AT: 'backup' });
      const firstExit = exitOf(first);
      await stderrShows(first, 'test pause at backup');
      const second = exportTo(out, ['--version', '1.2.0']);
      assert.equal(second.status, 1, second.stderr);
      assert.match(second.stderr, new RegExp(`^sco-data-export: out_busy: --out .* is being written by another export \\(pid ${first.pid}, started `));
      first.stdin!.end('\n');
      const done = await firstExit;
      assert.equal(done.code, 0, done.stderr);
      assertWholeRelease(out, '1.1.0');
      assert.deepEqual(readdirSync(parent), ['release']);
    });

    it('two exports started at the same moment: one release, whole, nothing left beside it', async () => {
      const parent = tempDir();
      const { out } = earlierAt(parent);
      const runs = await Promise.all(['1.1.0', '1.2.0'].map((version) => exitOf(startCli(['--out', out, '--data', VALID_FIXTURE, '--version', version]))));
      for (const run of runs) assert.ok(run.code === 0 || (run.code === 1 && /^sco-data-export: out_busy: /.test(run.stderr)), run.stderr);
      assert.ok(runs.some((run) => run.code === 0));
      const version = (JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as { version: string }).version;
      assertWholeRelease(out, version);
      assert.deepEqual(readdirSync(parent), ['release']);
    });

    it('is taken over from a process that is gone; a running one (even by its pid alone) is respected', () => {
      const parent = tempDir();
      const { out, earlier } = earlierAt(parent);
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
      const lock = (pid: number) => `${JSON.stringify({ tool: 'sco-data-export', pid, host: hostname(), proc_start: null, started: '2026-01-01T00:00:00.000Z', token: 'abcd', inherited: [] })}\n`;
      writeFileSync(join(parent, LOCK), lock(process.pid));
      const busy = exportTo(out, ['--version', '1.1.0']);
      assert.equal(busy.status, 1, busy.stderr);
      assert.match(busy.stderr, new RegExp(`out_busy: .*pid ${process.pid}, started 2026-01-01`));
      assert.deepEqual(hashTree(out), earlier);
      writeFileSync(join(parent, LOCK), lock(Number(gone)));
      const taken = exportTo(out, ['--version', '1.1.0']);
      assert.equal(taken.status, 0, taken.stderr);
      assertWholeRelease(out, '1.1.0');
      assert.deepEqual(readdirSync(parent), ['release']);
    });

    it('leaves alone a folder named like its work folder that lacks its marker', () => {
      const parent = tempDir();
      const { out } = earlierAt(parent);
      mkdirSync(join(parent, '.release.sco-export-0123456789abcdef'));
      writeFileSync(join(parent, '.release.sco-export-0123456789abcdef', 'notes.txt'), 'mine');
      const run = exportTo(out, ['--version', '1.1.0']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(readdirSync(parent).sort(), ['.release.sco-export-0123456789abcdef', 'release']);
    });
  });

  describe('SIGINT and SIGTERM', () => {
    // Paused at a point through the test hook, then signalled: the child must die of that signal
    // promptly (5 s is only a guard against a hang) and leave the earlier release alone.
    for (const [point, signal] of [
      ['build', 'SIGINT'],
      ['writing', 'SIGTERM'],
      ['backup', 'SIGINT'],
    ] as const) {
      it(`${signal} while ${point === 'build' ? 'building in memory' : `at ${point}`}: stops within seconds, leaves the earlier release and nothing else`, async () => {
        const parent = tempDir();
        const { out, earlier } = earlierAt(parent);
        const child = startCli(['--out', out, '--data', VALID_FIXTURE, '--version', '1.1.0'], { SCO_EXPORT_TEST_PAUSE_AT: point });
        const exit = exitOf(child);
        await stderrShows(child, `test pause at ${point}`);
        const sent = Date.now();
        child.kill(signal);
        const result = await exit;
        const took = Date.now() - sent;
        assert.equal(result.signal, signal, result.stderr);
        assert.ok(took < 5000, `took ${took} ms`);
        if (point !== 'build') assert.match(result.stderr, new RegExp(`stopped by ${signal}; any earlier release is as it was, and no temporary files are left`));
        assert.deepEqual(hashTree(out), earlier);
        assert.deepEqual(readdirSync(parent), ['release']);
      });
    }
  });

  describe('a failing disk', () => {
    // Injected through the test hook: the file system's own error at that step.
    for (const [point, errno, words] of [
      ['writing', 'ENOSPC', 'no space left on the device'],
      ['stage', 'EROFS', 'the file system is read-only'],
      ['backup', 'EACCES', 'permission denied'],
      ['install', 'EBUSY', 'the folder is in use'],
    ] as const) {
      it(`${errno} at ${point}: one line, exit 1, the earlier release unchanged, nothing left`, () => {
        const parent = tempDir();
        const { out, earlier } = earlierAt(parent);
        const run = exportTo(out, ['--version', '1.1.0'], { SCO_EXPORT_TEST_FAIL_AT: `${point}:${errno}` });
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stderr, new RegExp(`^sco-data-export: write_failed: cannot write [^\\n]*: ${words}[^\\n]* \\(${errno}\\)[^\\n]*\\n$`));
        assert.deepEqual(hashTree(out), earlier);
        assert.deepEqual(readdirSync(parent), ['release']);
      });
    }

    // The real thing where this machine lets a test mount a file system in its own namespace.
    const canMount = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=16k none /mnt'], { encoding: 'utf8' }).status === 0;
    for (const [options, errno] of [
      ['size=64k', 'ENOSPC'],
      ['ro', 'EROFS'],
    ] as const) {
      it(`a real ${options} file system: ${errno} in one line, exit 1, nothing left`, function () {
        if (!canMount) this.skip();
        const mountPoint = tempDir('sco-mount-');
        const out = join(mountPoint, 'release');
        const script = `mount -t tmpfs -o ${options} none "${mountPoint}" && exec "${process.execPath}" --require tsx/cjs "${CLI}" --out "${out}" --data "${VALID_FIXTURE}"; `;
        const listing = `; ls -A "${mountPoint}"`;
        const run = spawnSync('unshare', ['-m', 'sh', '-c', `(${script})${listing}`], { cwd: ROOT, encoding: 'utf8' });
        const [exportErr] = [run.stderr];
        assert.match(exportErr, new RegExp(`^sco-data-export: write_failed: cannot write [^\\n]* \\(${errno}\\)[^\\n]*\\n$`), exportErr);
        assert.equal(run.stdout.trim(), '', 'left on the file system');
        rmSync(mountPoint, { recursive: true, force: true });
      });
    }
  });
});
