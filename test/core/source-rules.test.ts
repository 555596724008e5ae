// Source hygiene, rule by rule, on rows written here: each address below and the problem it must
// give (or none) were worked out by hand from the rules in src/core/source-rules.ts's comments
// and the data contract (https where offered, originals not mirrors, no tracking, one page once).
import assert from 'node:assert/strict';
import type { Source } from '../../src/core';
import { checkSources, localPath } from '../../src/core/source-rules';
import { Problems, type Located } from '../../src/core/validate';

const COLUMNS = ['source_id', 'publisher', 'title', 'url', 'published', 'language', 'source_type', 'note'];

function problemsOf(rows: Array<{ url: string | null; source_type?: Source['source_type']; note?: string | null }>) {
  const items: Located<Source>[] = rows.map((row, index) => ({
    row: { source_id: `s${index + 1}`, publisher: 'P', title: 'T', published: null, language: 'en', source_type: row.source_type ?? 'secondary', note: row.note ?? null, url: row.url } as Source,
    line: index + 2,
    cells: Object.fromEntries(COLUMNS.map((column, at) => [column, { line: index + 2, column: at + 1 }])),
  }));
  const problems = new Problems('data/');
  checkSources('sources.csv', items, problems);
  return problems.list.map((problem) => [problem.line, problem.column, problem.code, problem.params]);
}

const why = (url: string) => {
  const found = problemsOf([{ url }]);
  return found.length === 0 ? null : ((found[0]![3] as { why?: string }).why ?? found[0]![2]);
};

describe('source hygiene', () => {
  it('says why an address is malformed', () => {
    const cases: Array<[string, string | null]> = [
      ['https://example.org/a', null],
      ['HTTPS://Example.ORG/a', null],
      ['ftp://example.org/a', 'it is not scheme://host/path'],
      ['example.org/a', 'it is not scheme://host/path'],
      ['https:///a', 'it has no host'],
      ['https://example.org./a', 'its host ends with a dot'],
      ['https://exa_mple.org/a', 'its host has characters a host name cannot hold'],
      ['https://example..org/a', 'its host has characters a host name cannot hold'],
      ['https://.example.org/a', 'its host has characters a host name cannot hold'],
      ['https://-example.org/a', 'its host has characters a host name cannot hold'],
      ['https://ex-ample.org/a', null],
      ['https://intranet/a', 'its host is not a public site'],
      ['https://localhost/a', 'its host is not a public site'],
      ['https://127.0.0.1/a', 'its host is not a public site'],
      ['https://10.1.2.3/a', 'its host is not a public site'],
      ['https://192.168.1.1/a', 'its host is not a public site'],
      ['https://192.169.1.1/a', null],
      ['https://110.1.2.3/a', null],
      ['https://example.org:8080/a', null],
      ['https://example.org:123456/a', 'its port is not a number'],
      ['https://example.org/a.', "it ends with punctuation (a sentence's full stop caught in the address)"],
      ['https://example.org/a)', "it ends with punctuation (a sentence's full stop caught in the address)"],
      ['https://example.org/a;', "it ends with punctuation (a sentence's full stop caught in the address)"],
      ['https://example.org/a.html', null],
    ];
    for (const [url, expected] of cases) assert.equal(why(url), expected, url);
    assert.deepEqual(problemsOf([{ url: 'ftp://example.org/a' }]), [[2, 4, 'malformed_url', { value: 'ftp://example.org/a', why: 'it is not scheme://host/path' }]]);
    assert.deepEqual(problemsOf([{ url: null }]), []);
  });

  it('finds one page under two spellings: scheme, case, default port, trailing slash and fragment do not count', () => {
    assert.deepEqual(problemsOf([{ url: 'https://Example.org/a/' }, { url: 'https://example.org:443/a#part' }, { url: 'https://example.org/a?x=1' }, { url: 'https://example.org:8443/a' }]), [
      [3, 4, 'duplicate_url', { first: 's1' }],
    ]);
    assert.deepEqual(problemsOf([{ url: 'http://example.org:80/a' }, { url: 'http://example.org/a/' }]), [[3, 4, 'duplicate_url', { first: 's1' }]]);
    assert.deepEqual(problemsOf([{ url: 'https://example.org/' }, { url: 'https://example.org' }]), [[3, 4, 'duplicate_url', { first: 's1' }]]);
  });

  it('asks for https where the same site is cited over https elsewhere', () => {
    assert.deepEqual(problemsOf([{ url: 'http://a.example.org/x' }, { url: 'https://b.example.org/y' }, { url: 'https://a.example.org/z' }]), [
      [2, 4, 'http_where_https', { host: 'a.example.org', https_line: 4 }],
    ]);
    assert.deepEqual(problemsOf([{ url: 'http://a.example.org/x' }]), []);
  });

  it('refuses mirrors unless the row says it is one and that the original is gone', () => {
    const mirror = (url: string) => problemsOf([{ url }]).map((problem) => problem[2]);
    assert.deepEqual(mirror('https://web.archive.org/web/2017/https://example.org/'), ['mirror_host']);
    assert.deepEqual(mirror('https://archive.org/details/x'), ['mirror_host']);
    assert.deepEqual(mirror('https://www.archive.org/details/x'), ['mirror_host']);
    assert.deepEqual(mirror('https://example-org.translate.goog/x'), ['mirror_host']);
    assert.deepEqual(mirror('https://proxy.example.org/x'), ['mirror_host']);
    assert.deepEqual(mirror('https://myproxy.example.org/x'), []);
    assert.deepEqual(mirror('https://notarchive.org/x'), []);
    assert.deepEqual(problemsOf([{ url: 'https://archive.ph/abc', source_type: 'mirror', note: 'The Original page is gone.' }]), []);
    assert.deepEqual(problemsOf([{ url: 'https://archive.ph/abc', source_type: 'mirror', note: 'a copy' }]), [
      [2, 7, 'mirror_without_note', {}],
      [2, 4, 'mirror_host', { host: 'archive.ph' }],
    ]);
    assert.deepEqual(problemsOf([{ url: 'https://archive.ph/abc', note: 'the original is gone' }]), [[2, 4, 'mirror_host', { host: 'archive.ph' }]]);
    assert.deepEqual(problemsOf([{ url: null, source_type: 'mirror' }]), [[2, 7, 'mirror_without_note', {}]]);
  });

  it('names each tracking parameter, also when its name is percent-encoded', () => {
    assert.deepEqual(problemsOf([{ url: 'https://example.org/a?id=2&utm_source=x&FBCLID=y&%75tm_medium=z&ref=1&bad=%E0%A4%A' }]), [
      [2, 4, 'tracking_parameter', { parameter: 'utm_source' }],
      [2, 4, 'tracking_parameter', { parameter: 'FBCLID' }],
      [2, 4, 'tracking_parameter', { parameter: 'utm_medium' }],
    ]);
    assert.deepEqual(problemsOf([{ url: 'https://example.org/a?%E0%A4%A=1&gclid' }]), [[2, 4, 'tracking_parameter', { parameter: 'gclid' }]]);
    assert.deepEqual(problemsOf([{ url: 'https://example.org/a?utm_=1&xutm_source=1&utm_source_x=1' }]), [[2, 4, 'tracking_parameter', { parameter: 'utm_source_x' }]]);
  });

  it('finds a path into a local file system in a text, and nothing in a web address', () => {
    const cases: Array<[string, string | null]> = [
      ['see /home/ana/sco.csv for the list', '/home/ana/sco.csv'],
      ['copied to /Users/ana/x', '/Users/ana/x'],
      ['from C:\\Users\\ana\\sco.xlsx', 'C:\\Users\\ana\\sco.xlsx'],
      ['in ~/notes.txt', '~/notes.txt'],
      ['file:///etc/hosts', 'file:///etc/hosts'],
      ['https://example.org/home/ana/x', null],
      ['and/home/ana', null],
      ['/tmp alone', null],
      ['a ~/ b', null],
      ['the 1:2 ratio', null],
    ];
    for (const [text, expected] of cases) assert.equal(localPath(text), expected, text);
  });
});
