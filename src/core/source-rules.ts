// Source hygiene (issue 14): https wherever the site offers it, the original rather than a mirror,
// no tracking parameters, one source per page, well-formed addresses. URLs are read by a small
// parser of our own so that core needs no platform URL class.
import type { Source } from './schema';
import type { Located, Problems } from './validate';

interface ParsedUrl {
  scheme: 'http' | 'https';
  host: string;
  port: string;
  path: string;
  query: string;
}

const URL_SHAPE = /^(https?):\/\/([^/?#:@]*)(?::([0-9]*))?([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i;

function parseUrl(url: string): ParsedUrl | null {
  const match = URL_SHAPE.exec(url);
  if (!match) return null;
  return { scheme: match[1]!.toLowerCase() as 'http' | 'https', host: match[2]!.toLowerCase(), port: match[3] ?? '', path: match[4]!, query: match[5] ?? '' };
}

/** Why a URL that has the shape scheme://host/path is malformed, or null. */
function malformation(url: string, parsed: ParsedUrl): string | null {
  const { host, port } = parsed;
  if (host === '') return 'it has no host';
  if (host.endsWith('.')) return 'its host ends with a dot';
  if (!/^[a-z0-9.-]+$/.test(host) || host.includes('..') || host.startsWith('.') || host.startsWith('-')) return 'its host has characters a host name cannot hold';
  if (!host.includes('.') || host === 'localhost' || /^(127|10|192\.168)\./.test(host)) return 'its host is not a public site';
  if (port !== '' && !/^[0-9]{1,5}$/.test(port)) return 'its port is not a number';
  // A closing bracket that closes one opened in the address belongs to it (Wikipedia's "Title_(2017)").
  const closesOwnBracket = (close: string, open: string) => url.endsWith(close) && url.split(open).length === url.split(close).length;
  if (/[.,;:)\]]$/.test(url) && !closesOwnBracket(')', '(') && !closesOwnBracket(']', '[')) return "it ends with punctuation (a sentence's full stop caught in the address)";
  return null;
}

/** The same page under every spelling: no scheme, host in lower case, no default port, no trailing slash, no fragment. */
function canonicalUrl(parsed: ParsedUrl): string {
  const defaultPort = (parsed.scheme === 'https' && parsed.port === '443') || (parsed.scheme === 'http' && parsed.port === '80') || parsed.port === '';
  // Compared only with other keys; its parts without separators to choose (no empty placeholder
  // whose replacement would group the same URLs).
  return JSON.stringify([parsed.host, defaultPort ? null : parsed.port, parsed.path.replace(/\/+$/, ''), parsed.query]);
}

/** Hosts that copy or proxy other sites' pages. */
const MIRROR_HOSTS = [
  'web.archive.org',
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'archive.md',
  'archive.vn',
  'ghostarchive.org',
  'webcitation.org',
  'webcache.googleusercontent.com',
  'cachedview.nl',
  'translate.google.com',
  'translate.goog',
  'proxy.',
];

const isMirrorHost = (host: string): boolean => MIRROR_HOSTS.some((mirror) => (mirror.endsWith('.') ? host.startsWith(mirror) : host === mirror || host.endsWith(`.${mirror}`)));

const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|spm)$/i;

/** A mirror's note must say that the original is gone. */
const SAYS_NO_ORIGINAL = /original/i;

export function checkSources(file: string, sources: Located<Source>[], problems: Problems): void {
  // Stryker disable next-line ConditionalExpression: equivalent, parseUrl would also answer null for no URL (RegExp exec reads null as the text "null", which has no scheme)
  const parsed = sources.map((item) => ({ item, url: item.row.url, parsed: item.row.url === null ? null : parseUrl(item.row.url) }));
  const httpsHosts = new Map<string, number>();
  for (const { item, parsed: url } of parsed) if (url?.scheme === 'https' && !httpsHosts.has(url.host)) httpsHosts.set(url.host, item.line);
  const canonical = new Map<string, string>();
  for (const { item, url, parsed: parts } of parsed) {
    const { row } = item;
    // Stryker disable next-line StringLiteral: equivalent, an empty note and the mutant's text both lack the word "original"
    const declaredMirror = row.source_type === 'mirror' && SAYS_NO_ORIGINAL.test(row.note ?? '');
    if (row.source_type === 'mirror' && !declaredMirror) problems.at(file, item, 'source_type', 'mirror_without_note');
    if (url === null) continue;
    const malformed = (why: string) => problems.at(file, item, 'url', 'malformed_url', { value: url, why });
    if (parts === null) {
      malformed('it is not scheme://host/path');
      continue;
    }
    const why = malformation(url, parts);
    if (why !== null) {
      malformed(why);
      continue;
    }
    const key = canonicalUrl(parts);
    const first = canonical.get(key);
    if (first !== undefined) problems.at(file, item, 'url', 'duplicate_url', { first });
    else canonical.set(key, row.source_id);
    const httpsLine = httpsHosts.get(parts.host);
    if (parts.scheme === 'http' && httpsLine !== undefined) problems.at(file, item, 'url', 'http_where_https', { host: parts.host, https_line: httpsLine });
    if (isMirrorHost(parts.host) && !declaredMirror) problems.at(file, item, 'url', 'mirror_host', { host: parts.host });
    for (const pair of parts.query.split('&')) {
      const name = decodeURIComponentSafe(pair.split('=')[0]!);
      if (TRACKING.test(name)) problems.at(file, item, 'url', 'tracking_parameter', { parameter: name });
    }
  }
}

// Stryker disable BlockStatement: equivalent, a name that is not valid percent-encoding keeps a '%' and so spells no tracking parameter (letters and underscores), whatever the catch returns; a next-line comment cannot reach the catch block (it attaches to the return before it)
function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
// Stryker restore BlockStatement

// A path on someone's computer: /home/..., /Users/..., C:\..., file://..., ~/...
const LOCAL_PATH = /(?:file:\/\/\S+|(?<![\w/.:])\/(?:home|Users|tmp|root|mnt|var|work|private)\/\S+|\b[A-Za-z]:\\\S+|(?<!\S)~\/\S+)/;

/** Notes (and any text) must not point into a local file system. */
export function localPath(text: string): string | null {
  return LOCAL_PATH.exec(text)?.[0] ?? null;
}
