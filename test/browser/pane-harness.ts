// Serving a built task pane to Debian's Chromium with the fake Office host in place of office.js
// (route interception, so the production HTML is unchanged). Shared by the browser test and
// bench/addin.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.xml': 'text/xml', '.json': 'application/json' };

export interface Served {
  origin: string;
  close(): void;
}

/** Serves a folder on a free loopback port. */
export async function serveDir(dir: string): Promise<Served> {
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path)) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** The fake Office host, bundled for the browser. */
export async function fakeOfficeHost(): Promise<string> {
  const bundled = await build({ entryPoints: [join(__dirname, 'fake-office-host.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022' });
  return bundled.outputFiles[0]!.text;
}

export interface PaneOptions {
  displayLanguage?: string;
  /** Sees every request the page makes. */
  onRequest?: (url: string) => void;
  /** 320 x 1100 unless given. */
  viewport?: { width: number; height: number };
  apiVersion?: string;
  savedWorkbook?: string;
  cellEditMode?: boolean;
  officeTheme?: Record<string, string>;
  /** Emulated media: forced-colors and prefers-color-scheme. */
  forcedColors?: 'active' | 'none';
  /**
   * What answers for office.js: the fake host (default), the real library packaged in
   * @microsoft/office-js served from node_modules (as from Microsoft's CDN, outside any Office
   * host), or nothing (the request fails, as offline or behind a blocker).
   */
  officeJs?: 'fake' | 'packaged' | 'blocked';
}

/** The packaged office.js and the files it loads next to itself. */
export const PACKAGED_OFFICE_JS = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_JS_DIR = OFFICE_JS.slice(0, OFFICE_JS.lastIndexOf('/') + 1);

/**
 * A page whose office.js is the fake host and that may reach `origin` only: any other request is
 * aborted. Pages record their uncaught errors in the returned list.
 */
export async function newPanePage(browser: Browser, origin: string, fakeHost: string, options: PaneOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 320, height: 1100 } });
  await page.addInitScript(
    (init) =>
      Object.assign(window, {
        __FAKE_DISPLAY_LANGUAGE: init.language,
        __FAKE_API_VERSION: init.apiVersion,
        __FAKE_SAVED_WORKBOOK: init.savedWorkbook,
        __FAKE_CELL_EDIT_MODE: init.cellEditMode,
        __FAKE_OFFICE_THEME: init.officeTheme,
      }),
    {
      language: options.displayLanguage ?? 'en-US',
      apiVersion: options.apiVersion,
      savedWorkbook: options.savedWorkbook,
      cellEditMode: options.cellEditMode ?? false,
      officeTheme: options.officeTheme,
    },
  );
  if (options.forcedColors) await page.emulateMedia({ forcedColors: options.forcedColors });
  const officeJs = options.officeJs ?? 'fake';
  await page.route('**/*', (route) => {
    const url = route.request().url();
    options.onRequest?.(url);
    if (url.startsWith(origin)) return route.continue();
    if (officeJs === 'fake' && url === OFFICE_JS) return route.fulfill({ body: fakeHost, contentType: 'text/javascript' });
    if (officeJs === 'packaged' && url.startsWith(OFFICE_JS_DIR)) {
      const file = join(PACKAGED_OFFICE_JS, new URL(url).pathname.slice(new URL(OFFICE_JS_DIR).pathname.length));
      if (file.startsWith(PACKAGED_OFFICE_JS) && existsSync(file)) return route.fulfill({ body: readFileSync(file), contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
    }
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}
