// How a problem is printed: every value from a data file escaped (no control, format, separator,
// surrogate, private-use or unassigned character reaches a log), long values cut, and JSON that
// carries the same message. Expected strings written by hand.
import assert from 'node:assert/strict';
import { formatProblem, problemsJson, type Problem } from '../../src/core';

const duplicate = (first: string, file = 'data/sources.csv'): Problem => ({ code: 'duplicate_url', file, line: 3, column: 48, params: { first } });
const message = (first: string) => formatProblem(duplicate(first)).replace(/^data\/sources\.csv:3:48: url is already the source "(.*)" \(cite ".*" instead: one page is one source\)$/, '$1');

describe('problems as text', () => {
  it('renders file:line:column: what is wrong (how to fix)', () => {
    assert.equal(formatProblem(duplicate('wikipedia_sco')), 'data/sources.csv:3:48: url is already the source "wikipedia_sco" (cite "wikipedia_sco" instead: one page is one source)');
  });

  it('escapes backslashes, quotes and every invisible or unassigned character as \\u{XXXX}', () => {
    assert.equal(message('a\\b'), 'a\\\\b');
    assert.equal(message('say "x"'), 'say \\"x\\"');
    assert.equal(message('a\u0000b\u0007c\u001b[31m'), 'a\\u{0000}b\\u{0007}c\\u{001B}[31m');
    assert.equal(message('\u202eevil\u2066'), '\\u{202E}evil\\u{2066}');
    assert.equal(message('\ufeffx\u200b'), '\\u{FEFF}x\\u{200B}');
    assert.equal(message('line\u2028para\u2029'), 'line\\u{2028}para\\u{2029}');
    assert.equal(message('lone \ud800 half'), 'lone \\u{D800} half');
    assert.equal(message('private \ue000'), 'private \\u{E000}');
    assert.equal(message('unassigned \u0378 \u{10ffff}'), 'unassigned \\u{0378} \\u{10FFFF}');
    assert.equal(message('Шанхай 上海 café 😀 tab'), 'Шанхай 上海 café 😀 tab');
    assert.equal(formatProblem(duplicate('x', 'data/a\u001b.csv')).slice(0, 22), 'data/a\\u{001B}.csv:3:4');
  });

  it('cuts a value longer than 300 characters (counted in code points) and marks the cut', () => {
    assert.equal(message('a'.repeat(300)), 'a'.repeat(300));
    assert.equal(message('a'.repeat(301)), `${'a'.repeat(300)}…`);
    assert.equal(message('😀'.repeat(300)), '😀'.repeat(300));
    assert.equal(message(`${'😀'.repeat(300)}b`), `${'😀'.repeat(300)}…`);
  });

  it('prints problems as a JSON array, each with its message, two-space indented, ending in a line break', () => {
    const json = problemsJson([duplicate('s"1')]);
    assert.equal(
      json,
      '[\n  {\n    "code": "duplicate_url",\n    "file": "data/sources.csv",\n    "line": 3,\n    "column": 48,\n    "params": {\n      "first": "s\\"1"\n    },\n    "message": "url is already the source \\"s\\\\\\"1\\" (cite \\"s\\\\\\"1\\" instead: one page is one source)"\n  }\n]\n',
    );
    assert.equal(problemsJson([]), '[]\n');
  });
});
