// load/sco.pq: the Power Query loader. One table's declarations entry against a golden written by
// hand from templates/chairmanships.ts; the whole file parsed by Microsoft's Power Query parser;
// every column of every released table typed as its declaration says.
import assert from 'node:assert/strict';
import { TEMPLATES } from '../../src/core';
import { mTableTypes, mText, powerQueryLoader } from '../../src/exporter/powerquery';
import { RELEASE_TABLES } from '../../src/exporter/release';

/** Written by hand from templates/chairmanships.ts: day columns are dates, partial dates text. */
const CHAIRMANSHIPS_GOLDEN = `        #"chairmanships" = {
            {"chairmanship_id", type text},
            {"iso3", type text},
            {"country", type text},
            {"start_date", type text},
            {"start_precision", type text},
            {"start_day", type date},
            {"end_date", type text},
            {"end_precision", type text},
            {"end_day", type date},
            {"summit_id", type text},
            {"source_ids", type text},
            {"confidence", type text},
            {"note", type text}
        }`;

/** Written by hand from templates/status_counts.ts: integer counts and a boolean. */
const STATUS_COUNTS_GOLDEN = `        #"status_counts" = {
            {"year", Int64.Type},
            {"shanghai_five", Int64.Type},
            {"member", Int64.Type},
            {"accession_candidate", Int64.Type},
            {"observer", Int64.Type},
            {"dialogue_partner", Int64.Type},
            {"sco_partner", Int64.Type},
            {"status_certain", type logical}
        }`;

const templates = RELEASE_TABLES.map((id) => TEMPLATES[id]);
const loader = powerQueryLoader(templates);

/** The M code without comments and text literals, for counting keywords and brackets. */
const code = (text: string) =>
  text
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');

describe('Power Query loader (load/sco.pq)', () => {
  it('declares a table as its template says (goldens written by hand)', () => {
    assert.equal(mTableTypes(TEMPLATES.chairmanships), CHAIRMANSHIPS_GOLDEN);
    assert.equal(mTableTypes(TEMPLATES.status_counts), STATUS_COUNTS_GOLDEN);
  });

  it('writes M text literals with doubled quotes', () => {
    assert.equal(mText('say "hi"'), '"say ""hi"""');
    assert.equal(mText('a\nb'), '"a b"');
  });

  it('types every column of every released table, in CSV order', () => {
    // A reference for each declared type, from the M language's type names.
    const expected: Record<string, string> = {
      integer: 'Int64.Type',
      boolean: 'type logical',
      date: 'type date',
      string: 'type text',
      url: 'type text',
      partial_date: 'type text',
      category: 'type text',
    };
    for (const template of templates) {
      const entry = new RegExp(`#"${template.id}" = \\{\\n([\\s\\S]*?)\\n        \\}`).exec(loader);
      assert.ok(entry, `no entry for ${template.id}`);
      const pairs = entry[1]!.split(',\n').map((line) => /^\s*\{"([a-z0-9_]+)", (.+)\}$/.exec(line)?.slice(1));
      assert.deepEqual(
        pairs,
        template.columns.map((column) => [column.key, expected[column.type]]),
        template.id,
      );
    }
    assert.equal((loader.match(/^ {8}#"[a-z_0-9]+" = \{$/gm) ?? []).length, templates.length, 'one entry per table, no other');
  });

  it('balances let/in, brackets and braces', () => {
    const body = code(loader);
    const words = body.match(/\b(let|in)\b/g) ?? [];
    assert.ok(words.length >= 4);
    let open = 0;
    for (const word of words) {
      open += word === 'let' ? 1 : -1;
      assert.ok(open >= 0, 'an "in" before its "let"');
    }
    assert.equal(open, 0, 'every let has its in');
    for (const [start, end] of [
      ['(', ')'],
      ['[', ']'],
      ['{', '}'],
    ] as const) {
      assert.equal(body.split(start).length, body.split(end).length, `${start}${end} balanced`);
    }
    assert.match(loader, /\nin\n {4}Read\n$/, 'the query evaluates to the reader function');
  });

  it("parses with Microsoft's Power Query parser", async () => {
    const { DefaultSettings, TaskUtils } = await import('@microsoft/powerquery-parser');
    const task = await TaskUtils.tryLexParse(DefaultSettings, loader);
    assert.ok(TaskUtils.isParseStageOk(task), TaskUtils.isParseStageError(task) ? String(task.error.message) : `failed at ${task.stage}`);
    // A deliberate syntax error is caught: the check can fail.
    const broken = await TaskUtils.tryLexParse(DefaultSettings, loader.replace('\nin\n    Read', '\n    Read'));
    assert.equal(TaskUtils.isParseStageOk(broken), false);
  });
});
