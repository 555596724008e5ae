// The project's layers, as one table, and the lint rule that holds every import to it.
//
// The pure layers (the shared data module in src/core, the table declarations in templates/ and
// the SVG chart renderer in src/chart) run in Node, in the task pane and in the Excel functions'
// runtime alike: they import no Node builtin and no package outside their short list. Every other
// layer reaches the core only through its public index (src/core/index.ts) and never reads the
// declarations in templates/ directly (the core's TEMPLATES registry hands them out).
// test/layers.test.ts proves the rule fires; the folder-level cycle check lives there too.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Each layer: its folder, the layers it may import (and `folders` outside every layer), and for a
 * pure layer the packages it may import. A layer not listed in `imports` is forbidden to it; a
 * package not in `packages` is
 * forbidden to a pure layer. The chart renderer is a pure layer of its own, not a front end: it
 * turns a view's numbers into SVG text for the exporter and the docs, and nothing else.
 */
export const LAYERS = {
  core: { folder: 'src/core', imports: ['templates'], pure: true, packages: ['zod', 'i18n-iso-countries'] },
  // The declarations import nothing from src/ (the guide's rule).
  templates: { folder: 'templates', imports: [], pure: true, packages: ['zod'] },
  chart: { folder: 'src/chart', imports: ['core'], pure: true, packages: [] },
  addin: { folder: 'src/addin', imports: ['core'] },
  taskpane: { folder: 'src/taskpane', imports: ['core', 'addin'] },
  functions: { folder: 'src/functions', imports: ['core', 'addin'] },
  node: { folder: 'src/node', imports: ['core'] },
  exporter: { folder: 'src/exporter', imports: ['core', 'chart', 'node'] },
  // The benchmarks drive the real pane with the tests' fake Excel and harness.
  bench: { folder: 'bench', imports: ['core', 'chart', 'addin', 'node', 'exporter'], folders: ['test'] },
};

const CORE_INDEX = 'src/core/index.ts';
const BUILTINS = new Set(builtinModules);

/** The layer holding a path relative to the project root, or undefined (test/, config files). */
export function layerOf(path) {
  const posix = path.split(sep).join('/');
  return Object.keys(LAYERS).find((name) => posix === LAYERS[name].folder || posix.startsWith(`${LAYERS[name].folder}/`));
}

const isBuiltin = (source) => source.startsWith('node:') || BUILTINS.has(source.split('/')[0]);
const packageName = (source) => (source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0]);

/** What is wrong with importing `source` from `file` (both relative to the root), or undefined. */
export function importProblem(file, source) {
  const from = layerOf(file);
  if (from === undefined) return undefined;
  const layer = LAYERS[from];
  if (!source.startsWith('.')) {
    if (!layer.pure) return undefined;
    if (isBuiltin(source)) return `${layer.folder} is pure: it may not import the Node builtin '${source}' (do the I/O in src/node or src/exporter and pass the text in)`;
    if (!layer.packages.includes(packageName(source))) return `${layer.folder} is pure: it may import only ${layer.packages.map((name) => `'${name}'`).join(', ') || 'no package'}, not '${source}'`;
    return undefined;
  }
  const target = relative('.', resolve(dirname(file), source))
    .split(sep)
    .join('/');
  const to = layerOf(target);
  if (to === from) return undefined;
  if (to === undefined && layer.folders?.some((folder) => target.startsWith(`${folder}/`))) return undefined;
  if (to === undefined)
    return `${layer.folder} may not import '${source}', which belongs to no layer (${Object.values(LAYERS)
      .map((entry) => entry.folder)
      .join(', ')})`;
  if (!layer.imports.includes(to))
    return `${layer.folder} may not import ${LAYERS[to].folder} ('${source}'): it may import ${layer.imports.map((name) => LAYERS[name].folder).join(', ') || 'nothing outside itself'}`;
  if (to === 'core' && from !== 'templates' && ![CORE_INDEX, 'src/core', 'src/core/index'].includes(target))
    return `import the core through its public index ('${relative(dirname(file), 'src/core').split(sep).join('/')}'), not '${source}'`;
  if (to === 'templates' && from !== 'core') return `${layer.folder} may not read the declarations in templates/ directly ('${source}'): use the core's TEMPLATES registry`;
  return undefined;
}

/** The ESLint rule: every import, export-from, require() and import() of a file, checked. */
const allowedImports = {
  meta: { type: 'problem', docs: { description: "holds every import to the project's layers (eslint-rules/layers.mjs)" }, schema: [] },
  create(context) {
    const file = relative(context.cwd, context.filename);
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const message = importProblem(file, source);
      if (message) context.report({ node, message });
    };
    const fromLiteral = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromLiteral,
      ExportNamedDeclaration: fromLiteral,
      ExportAllDeclaration: fromLiteral,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

/** Globals a pure layer must not reach: the DOM, the host page, Office.js, and Node's own. */
export const IMPURE_GLOBALS = [
  ...[
    'window',
    'document',
    'navigator',
    'location',
    'history',
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'alert',
    'HTMLElement',
    'Element',
    'Node',
    'Event',
    'CustomEvent',
    'DOMParser',
    'Blob',
    'File',
    'FileReader',
    'URL',
    'self',
  ].map((name) => ({ name, message: 'a pure layer (src/core, templates, src/chart) uses no DOM or browser API: the task pane passes what it needs in' })),
  ...['Office', 'Excel', 'OfficeExtension', 'CustomFunctions'].map((name) => ({
    name,
    message: 'a pure layer (src/core, templates, src/chart) uses no Office.js: that belongs to src/addin/excel-adapter.ts and src/functions',
  })),
  ...[
    'process',
    'Buffer',
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'global',
    'globalThis',
    'setTimeout',
    'setInterval',
    'setImmediate',
    'console',
    'TextEncoder',
    'TextDecoder',
    'structuredClone',
  ].map((name) => ({ name, message: 'a pure layer (src/core, templates, src/chart) uses no Node or host global: the same code runs in Excel and in Node' })),
];

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
