// Offline checks of the add-in manifest: Microsoft's XSDs (vendored in vendor/office-manifest-xsd,
// run with xmllint-wasm so no system package is needed); the manifest as Microsoft's own reader
// (office-addin-manifest) understands it; and what the schemas cannot say: every resid resolves,
// every URL is https, and a production manifest no longer points at the dev server.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { OfficeAddinManifest, type ManifestInfo } from 'office-addin-manifest';
import { validateXML } from 'xmllint-wasm';

export const DEV_URL = 'https://localhost:3000/';
export const ROOT = join(__dirname, '..', '..');
export const XSD_DIR = join(ROOT, 'vendor', 'office-manifest-xsd');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';

export interface ManifestProblem {
  line: number;
  message: string;
}

export interface ManifestReport {
  file: string;
  problems: ManifestProblem[];
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The project's own rules, on the manifest's text. */
export function checkManifestText(text: string, production: boolean): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const defined = new Set([...text.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((match) => match[1]!));
  for (const match of text.matchAll(/resid="([^"]*)"/g)) {
    if (!defined.has(match[1]!)) {
      problems.push({ line: lineAt(text, match.index), message: `resid "${match[1]}" is not defined under <Resources> (add a bt:Image, bt:Url or bt:String with id="${match[1]}")` });
    }
  }
  for (const match of text.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)) {
    if (!match[1]!.startsWith('https://')) problems.push({ line: lineAt(text, match.index), message: `${match[1]} is not https (Office loads add-ins over https only)` });
  }
  for (const match of text.matchAll(/<SourceLocation\s+DefaultValue="([^"]*)"/g)) {
    if (!match[1]!.startsWith('https://')) problems.push({ line: lineAt(text, match.index), message: 'SourceLocation must be an https URL' });
  }
  if (!/<Host\s+Name="Workbook"\s*\/>/.test(text)) problems.push({ line: 1, message: 'the manifest does not declare the Workbook host (Excel)' });
  if (!/<Set\s+Name="ExcelApi"\s+MinVersion="1\.\d+"/.test(text)) problems.push({ line: 1, message: 'the manifest declares no ExcelApi requirement set' });
  if (/<AppDomain>/.test(text)) problems.push({ line: lineAt(text, text.indexOf('<AppDomain>')), message: 'AppDomains are not needed: the task pane navigates nowhere else' });
  problems.push(...sharedRuntimeProblems(text));
  if (production) {
    const at = text.indexOf(DEV_URL);
    if (at >= 0) problems.push({ line: lineAt(text, at), message: `the production manifest still points at the development server ${DEV_URL} (build with ADDIN_PROD_URL set)` });
  }
  return problems;
}

/**
 * The worksheet functions and the task pane must share one runtime: the functions' Page, the task
 * pane's SourceLocation and a long-lived Runtime are one URL, and SharedRuntime 1.1 is required.
 */
function sharedRuntimeProblems(text: string): ManifestProblem[] {
  const functions = /<ExtensionPoint\s+xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(text);
  if (!functions) return [];
  const line = lineAt(text, functions.index);
  const page = /<Page>\s*<SourceLocation\s+resid="([^"]+)"/.exec(functions[1]!)?.[1];
  const runtimes = [...text.matchAll(/<Runtime\s+resid="([^"]+)"\s+lifetime="long"/g)].map((match) => match[1]);
  const panes = [...text.matchAll(/<Action\s+xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation\s+resid="([^"]+)"/g)].map((match) => match[1]);
  const problems: ManifestProblem[] = [];
  if (page === undefined || !runtimes.includes(page)) {
    problems.push({ line, message: 'the custom functions\' Page is not a long-lived <Runtime> (add <Runtime resid="…" lifetime="long"/> with the Page\'s resid)' });
  }
  if (page !== undefined && panes.some((pane) => pane !== page)) {
    problems.push({ line, message: 'the task pane and the custom functions load different pages, so they would not share a runtime (use one resid for both)' });
  }
  if (!/<Set\s+Name="SharedRuntime"\s+MinVersion="1\.1"/.test(text)) problems.push({ line, message: 'a shared runtime needs <Set Name="SharedRuntime" MinVersion="1.1"/> under <Requirements>' });
  return problems;
}

/** In a built manifest, every URL under the add-in's own address must be a file the build wrote. */
export function missingBuiltFiles(text: string, distDir: string): ManifestProblem[] {
  const page = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(text)?.[1];
  if (page === undefined) return [];
  const base = page.slice(0, page.lastIndexOf('/') + 1);
  const problems: ManifestProblem[] = [];
  for (const match of text.matchAll(/DefaultValue="([^"]+)"/g)) {
    const url = match[1]!;
    if (!url.startsWith(base)) continue;
    const path = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]!);
    if (!existsSync(join(distDir, path)))
      problems.push({ line: lineAt(text, match.index), message: `${url} is not in the build (${path} is missing from ${relative(process.cwd(), distDir) || '.'})` });
  }
  return problems;
}

/** Validates against the vendored XSDs. */
async function schemaProblems(file: string, text: string): Promise<ManifestProblem[]> {
  const schemas = readdirSync(XSD_DIR)
    .filter((name) => name.endsWith('.xsd'))
    .sort()
    .map((name) => ({ fileName: name, contents: readFileSync(join(XSD_DIR, name), 'utf8') }));
  const main = schemas.find((schema) => schema.fileName === MAIN_XSD);
  if (main === undefined) throw new Error(`${join(XSD_DIR, MAIN_XSD)} is missing (the vendored manifest schemas are part of the project)`);
  const result = await validateXML({
    xml: [{ fileName: basename(file), contents: text }],
    schema: main,
    preload: schemas.filter((schema) => schema !== main),
  });
  return result.errors.map((error) => ({ line: error.loc?.lineNumber ?? 1, message: `XSD: ${error.message}` }));
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What Office reads from the manifest, as Microsoft's office-addin-manifest parses it: an Excel
 * task pane add-in with a GUID id, a name, a provider and the version of package.json (Office
 * wants four parts: package.json's version followed by `.0`).
 */
export function manifestInfoProblems(info: ManifestInfo, packageVersion: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const problem = (message: string) => problems.push({ line: 1, message });
  if (info.id === undefined || !GUID.test(info.id)) problem(`<Id> must be a GUID (found ${JSON.stringify(info.id ?? '')}; keep the published one)`);
  if (info.officeAppType !== 'TaskPaneApp') problem(`the manifest must be a TaskPaneApp (found ${JSON.stringify(info.officeAppType ?? '')})`);
  if (!(info.hosts ?? []).includes('Workbook')) problem('<Hosts> must contain <Host Name="Workbook"/> (Excel)');
  for (const [field, value] of [
    ['DisplayName', info.displayName],
    ['ProviderName', info.providerName],
    ['Description', info.description],
  ] as const) {
    if (!value?.trim()) problem(`<${field}> is empty (Office shows it to users)`);
  }
  if (info.version !== `${packageVersion}.0`)
    problem(`<Version> is ${JSON.stringify(info.version ?? '')}, but package.json's version is ${packageVersion} (set <Version>${packageVersion}.0</Version>)`);
  return problems;
}

async function readerProblems(file: string, root: string): Promise<ManifestProblem[]> {
  let info: ManifestInfo;
  try {
    info = await OfficeAddinManifest.readManifestFile(file);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // The XML parser (sax) counts lines from 0.
    const line = Number(/Line: (\d+)/.exec(text)?.[1] ?? 0) + 1;
    return [{ line, message: `office-addin-manifest cannot read the manifest: ${text.trim().replace(/\s*\n\s*/g, '; ')}` }];
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return manifestInfoProblems(info, version);
}

/** Checks a manifest file; `production` for a built one, which must carry the production URL. */
export async function validateManifest(file: string, production: boolean, root = ROOT): Promise<ManifestReport> {
  const text = readFileSync(file, 'utf8');
  const problems = checkManifestText(text, production);
  if (production) problems.push(...missingBuiltFiles(text, dirname(file)));
  problems.push(...(await readerProblems(file, root)), ...(await schemaProblems(file, text)));
  problems.sort((a, b) => a.line - b.line);
  return { file, problems };
}

/**
 * `npm run validate`'s manifest part: the source manifest, and dist/manifest.xml when built.
 * Prints every problem as file:line: message; returns the exit code.
 */
export async function validateManifestCommand(root = ROOT): Promise<number> {
  const targets: [string, boolean][] = [[join(root, 'manifest.xml'), false]];
  const built = join(root, 'dist', 'manifest.xml');
  if (existsSync(built)) targets.push([built, true]);
  let failed = 0;
  for (const [file, production] of targets) {
    const report = await validateManifest(file, production, root);
    const shown = relative(process.cwd(), file) || file;
    for (const problem of report.problems) process.stderr.write(`${shown}:${problem.line}: ${problem.message}\n`);
    if (report.problems.length > 0) failed++;
    else process.stdout.write(`${shown}: valid${production ? ' (production build)' : ''}\n`);
  }
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  validateManifestCommand().then((code) => (process.exitCode = code));
}
