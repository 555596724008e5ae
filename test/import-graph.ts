// The folder-level import graph of the project's TypeScript sources, and its cycles. Imports are
// read and resolved by the TypeScript compiler itself (with tsconfig.json's options), so type-only
// imports, re-exports, require() and import() all count, and '../core' means src/core/index.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** Importing and imported file, relative to the root, with forward slashes. */
  from: string;
  to: string;
}

const SKIPPED = new Set(['node_modules', 'dist', 'coverage', 'fixtures', 'test-output', 'vendor']);

function sourceFiles(root: string, folder: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(join(at, entry.name));
      else if (entry.isFile() && /\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(join(at, entry.name));
    }
  };
  walk(join(root, folder));
  return files;
}

const posix = (path: string) => path.split(sep).join('/');

/** Every import between the project's own files under `folders`. */
export function importEdges(root: string, folders: readonly string[] = ['src', 'templates', 'bench', 'test']): ImportEdge[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const edges: ImportEdge[] = [];
  for (const file of folders.flatMap((folder) => sourceFiles(root, folder))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      if (resolved === undefined || resolved.isExternalLibraryImport) continue;
      const to = posix(relative(root, resolved.resolvedFileName));
      if (to.startsWith('..') || to.startsWith('node_modules/')) continue;
      edges.push({ from: posix(relative(root, file)), to });
    }
  }
  return edges;
}

/** folder -> the folders it imports (a file's folder is its directory). */
export function folderGraph(edges: readonly ImportEdge[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const [a, b] = [posix(dirname(from)), posix(dirname(to))];
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    if (a !== b) graph.get(a)!.add(b);
  }
  return graph;
}

/** The cycles of a graph: its strongly connected components of two or more nodes (Tarjan), sorted. */
export function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** For a cycle's report: the imports that run between the folders of one component. */
export function edgesWithin(edges: readonly ImportEdge[], component: readonly string[]): ImportEdge[] {
  const inside = new Set(component);
  return edges.filter(({ from, to }) => dirname(from) !== dirname(to) && inside.has(posix(dirname(from))) && inside.has(posix(dirname(to))));
}
