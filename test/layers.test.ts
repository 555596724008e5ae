// The layers hold: the pure core compiles without DOM, Node or Office.js types, the lint rule
// refuses an impure core file and a front end that bypasses the core's index, and no folder
// imports itself back through others.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { cycles, edgesWithin, folderGraph, importEdges, type ImportEdge } from './import-graph';
import { ROOT } from './helpers';

/** Type-checks one in-memory file at `path` under `tsconfig`, with the real files around it. */
function compileErrors(tsconfig: string, path: string, text: string): string[] {
  const config = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(tsconfig));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (name === path ? text : readFile(name));
  host.fileExists = (name) => name === path || ts.sys.fileExists(name);
  host.getSourceFile = (name, language) => (name === path ? ts.createSourceFile(name, text, language) : getSourceFile(name, language));
  const program = ts.createProgram([path], options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(path)).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

const IMPURE_CORE_FILE = `import { readFileSync } from 'node:fs';
export const text = readFileSync('x', 'utf8');
export const bytes = Buffer.from('x');
export const title = document.title;
export const run = () => Excel.run(async () => undefined);
`;

describe('layers', () => {
  describe('the core compiles alone (src/core/tsconfig.json: ES2022, no types)', () => {
    const tsconfig = join(ROOT, 'src', 'core', 'tsconfig.json');

    it('refuses Node, DOM and Office.js in a core file', function () {
      this.timeout(120000);
      const errors = compileErrors(tsconfig, join(ROOT, 'src', 'core', 'impure.ts'), IMPURE_CORE_FILE);
      for (const expected of [/Cannot find module 'node:fs'/, /Cannot find name 'Buffer'/, /Cannot find name 'document'/, /Cannot find name 'Excel'/]) {
        assert.ok(
          errors.some((error) => expected.test(error)),
          `${expected}: ${errors.join(' | ')}`,
        );
      }
    });

    it('accepts a file that uses the language only, so the errors above are the types', function () {
      this.timeout(120000);
      const pure = `import { isRealDate } from './dates';\nexport const ok = isRealDate('2024-07-04') && new Intl.Collator('ru').compare('е', 'ё') !== 0;\n`;
      assert.deepEqual(compileErrors(tsconfig, join(ROOT, 'src', 'core', 'pure.ts'), pure), []);
    });
  });

  describe('the lint rule (eslint-rules/layers.mjs)', () => {
    let eslint: ESLint;
    before(() => (eslint = new ESLint({ cwd: ROOT })));
    const lint = async (path: string, text: string) => {
      const [result] = await eslint.lintText(text, { filePath: join(ROOT, path) });
      return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
    };

    it('refuses Node builtins, other packages, DOM, Office.js and Node globals in the core', async function () {
      this.timeout(120000);
      const messages = await lint(
        'src/core/impure.ts',
        `${IMPURE_CORE_FILE}import path from 'path';\nimport ExcelJS from 'exceljs';\nimport { planTable } from '../addin/plan';\nexport const all = [path, ExcelJS, planTable, window.name, navigator.language, fetch, process.env, Office.context];\n`,
      );
      const expected = [
        "layers/allowed-imports: src/core is pure: it may not import the Node builtin 'node:fs' (do the I/O in src/node or src/exporter and pass the text in)",
        "layers/allowed-imports: src/core is pure: it may not import the Node builtin 'path' (do the I/O in src/node or src/exporter and pass the text in)",
        "layers/allowed-imports: src/core is pure: it may import only 'zod', 'i18n-iso-countries', not 'exceljs'",
        "layers/allowed-imports: src/core may not import src/addin ('../addin/plan'): it may import templates",
      ];
      for (const message of expected) assert.ok(messages.includes(message), `${message}\n in ${messages.join('\n')}`);
      for (const name of ['Buffer', 'document', 'Excel', 'window', 'navigator', 'fetch', 'process', 'Office']) {
        assert.ok(
          messages.some((message) => message.startsWith(`no-restricted-globals: Unexpected use of '${name}'`)),
          `${name}: ${messages.join('\n')}`,
        );
      }
    });

    it('refuses the same in the declarations and the chart renderer', async function () {
      this.timeout(120000);
      const declaration = await lint('templates/impure.ts', `import { writeFileSync } from 'node:fs';\nexport const x = [writeFileSync, document];\n`);
      assert.ok(
        declaration.some((message) => message.includes("templates is pure: it may not import the Node builtin 'node:fs'")),
        declaration.join('\n'),
      );
      assert.ok(
        declaration.some((message) => message.startsWith("no-restricted-globals: Unexpected use of 'document'")),
        declaration.join('\n'),
      );
      const declarationsImportSrc = await lint('templates/reads-src.ts', `import { tableData } from '../src/core/tables';\nexport const x = tableData;\n`);
      assert.deepEqual(declarationsImportSrc, ["layers/allowed-imports: templates may not import src/core ('../src/core/tables'): it may import nothing outside itself"]);
      const chart = await lint('src/chart/impure.ts', `import { Resvg } from '@resvg/resvg-js';\nexport const x = [Resvg, console];\n`);
      assert.ok(chart.includes("layers/allowed-imports: src/chart is pure: it may import only no package, not '@resvg/resvg-js'"), chart.join('\n'));
      assert.ok(
        chart.some((message) => message.startsWith("no-restricted-globals: Unexpected use of 'console'")),
        chart.join('\n'),
      );
    });

    it('makes every front end import the core through its index, and never the declarations', async function () {
      this.timeout(120000);
      assert.deepEqual(await lint('src/exporter/deep.ts', `import { readCsv } from '../core/csv-reader';\nexport const x = readCsv;\n`), [
        "layers/allowed-imports: import the core through its public index ('../core'), not '../core/csv-reader'",
      ]);
      assert.deepEqual(await lint('src/addin/declarations.ts', `import * as templates from '../../templates';\nexport const x = templates;\n`), [
        "layers/allowed-imports: src/addin may not import templates ('../../templates'): it may import src/core",
      ]);
      assert.deepEqual(await lint('src/functions/pane.ts', `import { bundledData } from '../taskpane/taskpane';\nexport const x = bundledData;\n`), [
        "layers/allowed-imports: src/functions may not import src/taskpane ('../taskpane/taskpane'): it may import src/core, src/addin",
      ]);
      assert.deepEqual(await lint('src/node/upward.ts', `export { renderChart } from '../exporter/charts';\n`), [
        "layers/allowed-imports: src/node may not import src/exporter ('../exporter/charts'): it may import src/core",
      ]);
      // Within a layer, and through the index, anything goes; Node belongs to the front ends.
      assert.deepEqual(
        await lint(
          'src/exporter/fine.ts',
          `import { readFileSync } from 'node:fs';\nimport { readCsv } from '../core';\nimport { csvText } from './csv';\nexport const x = [readFileSync, readCsv, csvText];\n`,
        ),
        [],
      );
    });
  });

  describe('imports between folders', () => {
    let edges: ImportEdge[];
    before(function () {
      this.timeout(120000);
      edges = importEdges(ROOT);
    });

    it('form no cycle', () => {
      const found = cycles(folderGraph(edges));
      const report = found.map(
        (cycle) =>
          `${cycle.join(' <-> ')}:\n${edgesWithin(edges, cycle)
            .map(({ from, to }) => `  ${from} -> ${to}`)
            .join('\n')}`,
      );
      assert.deepEqual(report, []);
    });

    it('never lead from templates/ into src/', () => {
      assert.deepEqual(
        edges.filter((edge) => edge.from.startsWith('templates/') && edge.to.startsWith('src/')),
        [],
      );
    });

    it('the cycle finder finds a cycle through three folders, and none in a chain', () => {
      const graph = (pairs: [string, string][]) => folderGraph(pairs.map(([from, to]) => ({ from: `${from}/f.ts`, to: `${to}/f.ts` })));
      assert.deepEqual(
        cycles(
          graph([
            ['a', 'b'],
            ['b', 'c'],
            ['c', 'a'],
            ['c', 'd'],
          ]),
        ),
        [['a', 'b', 'c']],
      );
      assert.deepEqual(
        cycles(
          graph([
            ['a', 'b'],
            ['b', 'c'],
            ['a', 'c'],
          ]),
        ),
        [],
      );
    });
  });
});
