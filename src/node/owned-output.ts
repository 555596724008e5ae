// The build's replacement for webpack's output.clean, which empties SCO_DIST_DIR whatever it holds.
// Each build records the files it emitted in BUILD_MANIFEST; the next one removes only files on
// that list that it no longer emits (an old content-hashed script), and refuses to overwrite a file
// it did not write. Everything else in the folder (a user's files, the exporter's release/) stays.
import { dirname, join } from 'node:path';
import type { Compiler } from 'webpack';

export const BUILD_MANIFEST = '.sco-build-files.json';

/** The file list of a manifest's text; null when it is not one this build wrote. */
export function parseBuildManifest(text: string): string[] | null {
  try {
    const json = JSON.parse(text) as { tool?: unknown; files?: unknown };
    const files = json.files;
    const safe = (path: unknown) => typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '' || part === '.');
    return json.tool === 'sco-data build' && Array.isArray(files) && files.every(safe) ? (files as string[]) : null;
  } catch {
    return null;
  }
}

export const buildManifestText = (files: readonly string[]): string => `${JSON.stringify({ tool: 'sco-data build', files: [...files].sort() }, null, 2)}\n`;

/** Files the previous build wrote that this one does not: the only files a build removes. */
export const staleFiles = (previous: readonly string[], emitted: readonly string[]): string[] => previous.filter((file) => !emitted.includes(file));

/** Files this build would overwrite although no earlier build wrote them. */
export const foreignFiles = (existing: readonly string[], previous: readonly string[]): string[] => existing.filter((file) => !previous.includes(file));

type Fs = Compiler['outputFileSystem'] & object;

const call = <T>(action: (done: (error?: NodeJS.ErrnoException | null, result?: T) => void) => void) =>
  new Promise<T | undefined>((resolve, reject) => action((error, result) => (error && error.code !== 'ENOENT' ? reject(error) : resolve(error ? undefined : result))));

interface LinkStats {
  isSymbolicLink(): boolean;
  isDirectory(): boolean;
}

/**
 * True when `file` and every folder between it and `out` are still what a build makes: no symbolic
 * link (a user who replaced dist/old/ by a link to a folder of theirs would lose its files) and
 * no folder turned into a file.
 */
async function writtenPlace(fs: Fs, out: string, file: string): Promise<boolean> {
  const lstat = (path: string) => call<LinkStats>((done) => fs.lstat!(path, done as never));
  const leaf = await lstat(join(out, file));
  if (leaf === undefined || leaf.isSymbolicLink() || leaf.isDirectory()) return false;
  for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) {
    const stats = await lstat(join(out, dir));
    if (stats === undefined || stats.isSymbolicLink() || !stats.isDirectory()) return false;
  }
  return true;
}

/** True when writing `file` below `out` would go through a symbolic link: the file itself, or a folder on the way, is one. */
async function behindLink(fs: Fs, out: string, file: string): Promise<boolean> {
  for (let path = file; path !== '.'; path = dirname(path)) {
    const stats = await call<LinkStats>((done) => fs.lstat!(join(out, path), done as never));
    if (stats?.isSymbolicLink()) return true;
  }
  return false;
}

export class OwnedOutputPlugin {
  apply(compiler: Compiler): void {
    const previousFiles = async (fs: Fs, out: string): Promise<string[]> => {
      const text = await call<string | Buffer>((done) => fs.readFile(join(out, BUILD_MANIFEST), done));
      if (text === undefined) return [];
      const files = parseBuildManifest(text.toString());
      if (files === null) throw new Error(`${join(out, BUILD_MANIFEST)} is not a build manifest (delete it if you made it; the build keeps every file it did not write)`);
      return files;
    };
    compiler.hooks.emit.tapPromise('OwnedOutputPlugin', async (compilation) => {
      const fs = compiler.outputFileSystem as Fs;
      const out = compilation.outputOptions.path!;
      const previous = await previousFiles(fs, out);
      const existing: string[] = [];
      const linked: string[] = [];
      for (const { name } of compilation.getAssets()) {
        if (await behindLink(fs, out, name)) linked.push(name);
        else if ((await call((done) => fs.stat(join(out, name), done))) !== undefined) existing.push(name);
      }
      if (linked.length > 0) {
        // A link the user put where the build writes leads to their own files: never write through it.
        throw new Error(
          `${out}: ${linked.map((file) => JSON.stringify(file)).join(', ')} is a symbolic link or lies behind one: the build does not write through it (remove the link, or set SCO_DIST_DIR to another folder)`,
        );
      }
      const foreign = foreignFiles(existing, previous);
      if (foreign.length > 0) {
        throw new Error(
          `${out} holds ${foreign.map((file) => JSON.stringify(file)).join(', ')}, which no earlier build wrote: the build does not overwrite them (move them away, or set SCO_DIST_DIR to another folder)`,
        );
      }
    });
    compiler.hooks.afterEmit.tapPromise('OwnedOutputPlugin', async (compilation) => {
      const fs = compiler.outputFileSystem as Fs;
      const out = compilation.outputOptions.path!;
      const emitted = compilation.getAssets().map((asset) => asset.name);
      for (const file of staleFiles(await previousFiles(fs, out), emitted)) {
        if (!(await writtenPlace(fs, out, file))) continue;
        await call((done) => fs.unlink!(join(out, file), done));
        // Folders the build emitted into and that are now empty (never the output folder itself).
        for (let dir = dirname(file); dir !== '.'; dir = dirname(dir)) {
          const left = await call<unknown[]>((done) => fs.readdir!(join(out, dir), done as never));
          if (left === undefined || left.length > 0) break;
          await call((done) => fs.rmdir!(join(out, dir), done));
        }
      }
      await call((done) => fs.writeFile(join(out, BUILD_MANIFEST), buildManifestText(emitted), done));
    });
  }
}
