// A Stryker reporter that writes each surviving or uncovered mutant to a text file the moment it is
// tested (Stryker's own reports appear only when the whole run ends, which takes an hour or more
// here): file:line:column, status, mutator, the replacement and the source line. The last line,
// "DONE" and the counts per status, says the run finished. File: $STRYKER_SURVIVORS_FILE, else
// reports/mutation/survivors.txt. Beside it, <name>.tally.txt holds the counts per file and status
// so far, rewritten after each mutant: a run stopped early still shows what it measured.
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

const file = process.env.STRYKER_SURVIVORS_FILE ?? 'reports/mutation/survivors.txt';
const tallyFile = file.replace(/(\.txt)?$/, '.tally.txt');
const sourceLines = new Map();

function lineOf(path, line) {
  if (!sourceLines.has(path)) sourceLines.set(path, readFileSync(path, 'utf8').split('\n'));
  return sourceLines.get(path)[line - 1]?.trim() ?? '';
}

class SurvivorsReporter {
  counts = {};
  perFile = new Map();
  constructor() {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
  }
  onMutantTested(mutant) {
    this.counts[mutant.status] = (this.counts[mutant.status] ?? 0) + 1;
    this.tally(relative(process.cwd(), mutant.fileName), mutant.status);
    if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') return;
    const { line, column } = mutant.location.start;
    const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
    appendFileSync(
      file,
      `${relative(process.cwd(), mutant.fileName)}:${line}:${column} ${mutant.status} ${mutant.mutatorName} -> ${replacement}\n` + `    | ${lineOf(mutant.fileName, line).slice(0, 140)}\n`,
    );
  }
  tally(path, status) {
    const counts = this.perFile.get(path) ?? {};
    counts[status] = (counts[status] ?? 0) + 1;
    this.perFile.set(path, counts);
    const lines = [...this.perFile].sort(([a], [b]) => (a < b ? -1 : 1));
    writeFileSync(tallyFile, lines.map(([name, c]) => `${name} ${JSON.stringify(c)}\n`).join(''));
  }
  onMutationTestReportReady() {
    appendFileSync(file, `DONE ${JSON.stringify(this.counts)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'survivors', SurvivorsReporter)];
