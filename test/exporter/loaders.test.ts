// load/ and the codebooks (codebook.md, .ru.md, .zh.md) in a built release: the R loader (readr col_types, factors) and the pandas
// loader (dtypes, categoricals) read every table, each column with the type its declaration calls
// for (the mapping below is written by hand); a partial date stays text. The Stata do-file cannot
// run here: its structure is checked, its syntax was reviewed by hand.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { TEMPLATES, type ColumnType } from '../../src/core';
import { COLUMN_TEXT } from '../../templates/column_text';
import { RELEASE_TABLES, type ReleaseResult } from '../../src/exporter/release';
import { DATA_DIR, requireOrSkip } from '../helpers';
import { PYTHON_WITH_PANDAS, RSCRIPT_WITH_READERS, fixtureRelease } from './support';

const R_CLASS: Record<ColumnType, string> = { string: 'character', url: 'character', partial_date: 'character', integer: 'integer', boolean: 'logical', date: 'Date', category: 'factor' };
const PANDAS_DTYPE: Record<ColumnType, string> = { string: 'string', url: 'string', partial_date: 'string', integer: 'Int64', boolean: 'boolean', date: 'datetime64[ns]', category: 'category' };

interface Report {
  table: string;
  rows: number;
  columns: { name: string; type: string; levels: string[] | null }[];
  sri_lanka?: string[];
}

describe('exporter: load/ and codebook.md', function () {
  this.timeout(300_000);
  let release: ReleaseResult;
  before(async () => {
    release = await fixtureRelease({ dataDir: DATA_DIR });
  });
  const csvRows = (id: string) => Papa.parse(readFileSync(join(release.dir, 'csv', `${id}.csv`), 'utf8'), { skipEmptyLines: true }).data.length - 1;

  const check = (reports: Report[], expected: Record<ColumnType, string>) => {
    assert.deepEqual(reports.map((report) => report.table).sort(), [...RELEASE_TABLES].sort());
    for (const report of reports) {
      const template = TEMPLATES[report.table as (typeof RELEASE_TABLES)[number]];
      assert.equal(report.rows, csvRows(report.table), `${report.table} rows`);
      assert.deepEqual(
        report.columns.map((column) => column.name),
        template.columns.map((column) => column.key),
        report.table,
      );
      template.columns.forEach((column, c) => {
        assert.equal(report.columns[c]!.type, expected[column.type], `${report.table}.${column.key}`);
        if (column.categories) assert.deepEqual(report.columns[c]!.levels, [...column.categories], `${report.table}.${column.key} levels`);
      });
    }
  };

  it('R: sco_read() gives every column its declared type; coded columns are factors over every code', function () {
    requireOrSkip(this, RSCRIPT_WITH_READERS, 'Rscript with readr');
    const script = `
      source("load/sco.R")
      for (table in names(sco_specs)) {
        data <- sco_read(table)
        columns <- vapply(names(data), function(name) {
          x <- data[[name]]
          levels <- if (is.factor(x)) paste0('[', paste0('"', levels(x), '"', collapse = ','), ']') else 'null'
          sprintf('{"name":"%s","type":"%s","levels":%s}', name, class(x)[1], levels)
        }, character(1))
        extra <- if (table == "status_events") sprintf(',"sri_lanka":["%s","%s"]', data$effective_date[data$event_id == "lka_1"], format(data$effective_day[data$event_id == "lka_1"])) else ''
        cat(sprintf('{"table":"%s","rows":%d,"columns":[%s]%s}\\n', table, nrow(data), paste(columns, collapse = ','), extra))
      }`;
    const run = spawnSync('Rscript', ['-e', script], { cwd: release.dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const reports = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Report);
    check(reports, R_CLASS);
    // Sri Lanka's dialogue partnership took effect in May 2010: text, and no day.
    assert.deepEqual(reports.find((report) => report.table === 'status_events')!.sri_lanka, ['2010-05', 'NA']);
  });

  it('pandas: sco.read() gives every column its declared dtype; coded columns are categoricals over every code', function () {
    requireOrSkip(this, PYTHON_WITH_PANDAS !== undefined, 'python3 with pandas');
    const script = `
import json, sys
sys.path.insert(0, "load")
import sco
for table in sco.SPECS:
    frame = sco.read(table)
    columns = [{"name": name, "type": str(frame[name].dtype), "levels": list(frame[name].cat.categories) if str(frame[name].dtype) == "category" else None} for name in frame.columns]
    report = {"table": table, "rows": len(frame), "columns": columns}
    if table == "status_events":
        row = frame[frame["event_id"] == "lka_1"].iloc[0]
        report["sri_lanka"] = [row["effective_date"], "NA" if row["effective_day"] is sco.pd.NaT else str(row["effective_day"])]
    print(json.dumps(report))
`;
    const run = spawnSync(PYTHON_WITH_PANDAS!, ['-c', script], { cwd: release.dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const reports = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Report);
    check(reports, PANDAS_DTYPE);
    assert.deepEqual(reports.find((report) => report.table === 'status_events')!.sri_lanka, ['2010-05', 'NA']);
  });

  it('Stata: one block per table: import delimited as text, destring the integers, label define/values the codes, save', () => {
    const doFile = readFileSync(join(release.dir, 'load', 'sco.do'), 'utf8');
    for (const id of RELEASE_TABLES) {
      assert.match(doFile, new RegExp(`^import delimited using "csv/${id}\\.csv", clear varnames\\(1\\) encoding\\("utf-8"\\) stringcols\\(_all\\)`, 'm'), id);
      assert.match(doFile, new RegExp(`^save "sco_${id}\\.dta", replace$`, 'm'), id);
    }
    assert.match(doFile, /^destring ccode1 ccode2 year, replace$/m);
    assert.match(doFile, /^label define status_events_status 1 `"Shanghai Five participant \(1996-2001\)"' 2 `"Member state"'/m);
    assert.match(doFile, /^label values status status_events_status$/m);
    assert.match(doFile, /^generate effective_day_d = date\(effective_day, "YMD"\)$/m);
    // Partial dates are never turned into Stata dates.
    assert.doesNotMatch(doFile, /date\(effective_date,/);
  });

  it('codebook.md lists every variable of every table with its type and every code with its label, and the rules', () => {
    const codebook = readFileSync(join(release.dir, 'codebook.md'), 'utf8');
    for (const id of RELEASE_TABLES) {
      assert.ok(codebook.includes(`### ${id}: `), id);
      for (const column of TEMPLATES[id].columns) assert.ok(codebook.includes(`| \`${column.key}\` |`), `${id}.${column.key}`);
    }
    for (const text of [
      '`member` Member state',
      '`observer` Observer',
      '`month` Known to the month',
      '`inferred` Inferred',
      "certain from the period's last day",
      '| `observer` Observer | 3 |',
      'cow_igo_v3_rule',
      '-1 before 1996',
    ]) {
      assert.ok(codebook.includes(text), text);
    }
  });

  // The expected words are the declarations' (templates/column_text.ts, table titles) and, for the
  // codebook's own words, written out here by hand.
  const LOCALIZED = {
    ru: {
      words: [
        '# Кодовая книга: ',
        '## Правила точности дат',
        '## Таблицы соответствия кодировок',
        '## Правила панелей',
        '| Переменная | Тип | Значения | Смысл |',
        '`member` Государство-член',
        '`observer` Наблюдатель',
        '| `observer` Наблюдатель | 3 |',
        '-1 до 1996 года',
        'первичный ключ: `event_id`.',
        'неполная дата (текст: YYYY-MM-DD, YYYY-MM или YYYY)',
      ],
      script: /[а-яё]/i,
    },
    zh: {
      words: [
        '# 编码手册：',
        '## 日期精度规则',
        '## 编码对照',
        '## 面板规则',
        '| 变量 | 类型 | 取值 | 含义 |',
        '`member` 成员国',
        '`observer` 观察员国',
        '| `observer` 观察员国 | 3 |',
        '1996 年之前为 -1',
        '主键：`event_id`。',
        '不完整日期（文本：YYYY-MM-DD、YYYY-MM 或 YYYY）',
      ],
      script: /[\u4e00-\u9fff]/u,
    },
  } as const;
  for (const lang of ['ru', 'zh'] as const) {
    it(`codebook.${lang}.md: the same variables and codes, every heading, rule, type, label and description in ${lang}`, () => {
      const codebook = readFileSync(join(release.dir, `codebook.${lang}.md`), 'utf8');
      const english = readFileSync(join(release.dir, 'codebook.md'), 'utf8');
      for (const id of RELEASE_TABLES) {
        assert.ok(codebook.includes(`### ${id}: ${TEMPLATES[id].title[lang]}\n`), id);
        for (const column of TEMPLATES[id].columns) {
          const text = COLUMN_TEXT[id]![column.key]![lang].replace(/\|/g, '\\|');
          assert.ok(codebook.includes(`| \`${column.key}\` |`) && codebook.includes(` | ${text} |\n`), `${id}.${column.key}`);
        }
      }
      for (const text of LOCALIZED[lang].words) assert.ok(codebook.includes(text), text);
      // The same shape as the English one: as many lines, and the same variables in each table row.
      const rows = (text: string) => text.split('\n').map((line) => /^\| `([a-z0-9_]+)` \|/.exec(line)?.[1] ?? null);
      assert.deepEqual(rows(codebook), rows(english));
      // No English sentence is left: every line with words is in the language's script.
      for (const line of codebook.split('\n')) {
        if (
          /[a-z]{4,} [a-z]{4,} [a-z]{4,}/i.test(
            line
              .replace(/`[^`]*`/g, '')
              .replace(/Pevehouse.*Datasets\. Journal of Peace Research/, '')
              .replace(/sco-data: membership.*Organisation/, ''),
          )
        ) {
          assert.match(line, LOCALIZED[lang].script, `an English line in codebook.${lang}.md: ${line}`);
        }
      }
      assert.ok(!codebook.includes("certain from the period's last day"));
    });
  }
});
