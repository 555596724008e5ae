// Source hygiene (src/core/source-rules.ts), the cases test/core/source-rules.test.ts leaves open:
// which spellings are one page (ports per scheme, trailing slashes, an empty query), https asked
// for whatever the case of the scheme, the private address ranges by their exact prefixes, and
// brackets that belong to the address. Each expected problem worked out by hand from the rules.
import assert from 'node:assert/strict';
import type { Source } from '../../src/core';
import { checkSources } from '../../src/core/source-rules';
import { Problems, type Located } from '../../src/core/validate';

const COLUMNS = ['source_id', 'publisher', 'title', 'url', 'published', 'language', 'source_type', 'note'];

/** The problems of sources.csv rows holding these URLs (line 2 onward; the url is column 4), as [line, code, params]. */
function problemsOf(...urls: string[]) {
  const items: Located<Source>[] = urls.map((url, index) => ({
    row: { source_id: `s${index + 1}`, publisher: 'P', title: 'T', published: null, language: 'en', source_type: 'secondary', note: null, url } as Source,
    line: index + 2,
    cells: Object.fromEntries(COLUMNS.map((column, at) => [column, { line: index + 2, column: at + 1 }])),
  }));
  const problems = new Problems('data/');
  checkSources('sources.csv', items, problems);
  return problems.list.map((problem) => [problem.line, problem.code, problem.params]);
}

const duplicateOfFirst = (line: number) => [line, 'duplicate_url', { first: 's1' }];
const malformed = (line: number, value: string, why: string) => [line, 'malformed_url', { value, why }];

describe('source hygiene: one page under several spellings', () => {
  it('drops a port only where it is the scheme’s default (443 for https, 80 for http)', () => {
    assert.deepEqual(problemsOf('https://example.org/a', 'https://example.org:80/a'), []);
    assert.deepEqual(problemsOf('http://example.org/b', 'http://example.org:443/b'), []);
    assert.deepEqual(problemsOf('http://example.org/c', 'http://example.org:8080/c'), []);
    assert.deepEqual(problemsOf('http://example.org/d', 'http://example.org:80/d'), [duplicateOfFirst(3)]);
    assert.deepEqual(problemsOf('https://example.org:8443/e', 'https://example.org:8443/e/'), [duplicateOfFirst(3)]);
    // An empty port (a colon alone) is no port.
    assert.deepEqual(problemsOf('https://example.org/f', 'https://example.org:/f'), [duplicateOfFirst(3)]);
  });

  it('drops every trailing slash, and an empty query', () => {
    assert.deepEqual(problemsOf('https://example.org/a', 'https://example.org/a//'), [duplicateOfFirst(3)]);
    assert.deepEqual(problemsOf('https://example.org/a', 'https://example.org/a?'), [duplicateOfFirst(3)]);
    assert.deepEqual(problemsOf('https://example.org/a/b', 'https://example.org/a'), []);
    assert.deepEqual(problemsOf('https://example.org/a?x=1', 'https://example.org/a?x=2'), []);
    assert.deepEqual(problemsOf('https://example.org/a?x=1', 'https://example.org/a/?x=1'), [duplicateOfFirst(3)]);
  });

  it('names the first row of a page for every later spelling of it', () => {
    assert.deepEqual(problemsOf('https://example.org/a', 'https://example.org/a/', 'https://example.org/a#x'), [duplicateOfFirst(3), duplicateOfFirst(4)]);
  });

  it('keeps different hosts apart, and reads the host in any case', () => {
    assert.deepEqual(problemsOf('https://a.example.org/x', 'https://b.example.org/x'), []);
    assert.deepEqual(problemsOf('https://A.Example.org/x', 'http://a.example.ORG/x'), [duplicateOfFirst(3), [3, 'http_where_https', { host: 'a.example.org', https_line: 2 }]]);
  });
});

describe('source hygiene: https where the site offers it', () => {
  it('counts a site as offering https whatever the case of the scheme', () => {
    assert.deepEqual(problemsOf('http://a.example.org/x', 'HTTPS://a.example.org/z'), [[2, 'http_where_https', { host: 'a.example.org', https_line: 3 }]]);
    assert.deepEqual(problemsOf('HTTP://a.example.org/x', 'https://a.example.org/z'), [[2, 'http_where_https', { host: 'a.example.org', https_line: 3 }]]);
  });

  it('names the first line that cites the site over https', () => {
    assert.deepEqual(problemsOf('https://a.example.org/1', 'https://a.example.org/2', 'http://a.example.org/3'), [[4, 'http_where_https', { host: 'a.example.org', https_line: 2 }]]);
  });
});

describe('source hygiene: malformed addresses', () => {
  it('takes 127., 10. and 192.168. as private only as the host’s first labels', () => {
    assert.deepEqual(problemsOf('https://1275.example.org/a'), []);
    assert.deepEqual(problemsOf('https://192-168.example.org/a'), []);
    assert.deepEqual(problemsOf('https://www.10.example.org/a'), []);
    assert.deepEqual(problemsOf('https://192.168.0.1/a'), [malformed(2, 'https://192.168.0.1/a', 'its host is not a public site')]);
  });

  it('lets a closing bracket end the address when the address opened it', () => {
    assert.deepEqual(problemsOf('https://en.wikipedia.org/wiki/Qingdao_summit_(2018)'), []);
    assert.deepEqual(problemsOf('https://example.org/list[2]'), []);
    const punctuation = "it ends with punctuation (a sentence's full stop caught in the address)";
    assert.deepEqual(problemsOf('https://example.org/list]'), [malformed(2, 'https://example.org/list]', punctuation)]);
    assert.deepEqual(problemsOf('https://example.org/a_(b))'), [malformed(2, 'https://example.org/a_(b))', punctuation)]);
    assert.deepEqual(problemsOf('https://example.org/a,'), [malformed(2, 'https://example.org/a,', punctuation)]);
    assert.deepEqual(problemsOf('https://example.org/a:'), [malformed(2, 'https://example.org/a:', punctuation)]);
    // A bracket opened in the address but not the last character: the rule does not apply.
    assert.deepEqual(problemsOf('https://example.org/(a).'), [malformed(2, 'https://example.org/(a).', punctuation)]);
  });

  it('checks each row on its own: a malformed one does not stop the next', () => {
    assert.deepEqual(problemsOf('ftp://example.org/a', 'https://example.org/b?utm_source=x'), [
      malformed(2, 'ftp://example.org/a', 'it is not scheme://host/path'),
      [3, 'tracking_parameter', { parameter: 'utm_source' }],
    ]);
  });
});

describe('source hygiene: tracking parameters', () => {
  it('matches a tracking name whole, not a name that starts with one', () => {
    assert.deepEqual(problemsOf('https://example.org/a?gclidx=1&_gax=2&spm=3'), [[2, 'tracking_parameter', { parameter: 'spm' }]]);
    assert.deepEqual(problemsOf('https://example.org/a?msclkid&ref_src=twsrc'), [
      [2, 'tracking_parameter', { parameter: 'msclkid' }],
      [2, 'tracking_parameter', { parameter: 'ref_src' }],
    ]);
  });
});
