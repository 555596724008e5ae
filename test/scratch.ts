// Temporary folders of the tests, and their removal. `scratchDir()` makes one in the system's
// temporary directory and remembers it; the root hooks below (loaded by .mocharc.json) remove it
// after the test that made it, or, when a before() hook made it for a whole describe block, at the
// end of the run. Nothing else is removed: only the folders this process created.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const perTest: string[] = [];
const perRun: string[] = [];
let inTest = false;

export function scratchDir(prefix = 'sco-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  (inTest ? perTest : perRun).push(dir);
  return dir;
}

const removeAll = (dirs: string[]) => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
};

/** Mocha's root hooks: they run around every test, before and after its describe blocks' hooks. */
export const mochaHooks = {
  beforeEach(): void {
    inTest = true;
  },
  afterEach(): void {
    inTest = false;
    removeAll(perTest);
  },
  afterAll(): void {
    removeAll(perTest);
    removeAll(perRun);
  },
};
