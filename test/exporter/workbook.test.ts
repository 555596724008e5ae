// The prebuilt workbook as openpyxl loads it: no warning, the picture kept on a two-cell anchor,
// headers wide enough, print setup, time order, and the README sheet and data dictionary in the
// language asked for. Expected values are written here by hand.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TEMPLATES, headerRow, type Language } from '../../src/core';
import { RELEASE_TABLES, type ReleaseResult } from '../../src/exporter/release';
import { DATA_DIR, requireOrSkip } from '../helpers';
import { PYTHON_WITH_OPENPYXL, fixtureRelease } from './support';

interface SheetLayout {
  headers: (string | null)[];
  widths: (number | null)[];
  orientation: string | null;
  fitToWidth: number | null;
  fitToHeight: number | null;
  fitToPage: boolean;
  paperSize: number | null;
  printTitleRows: string | null;
  firstColumn: (string | number | null)[];
  cells: (string | number | null)[][];
  images: string[];
}
interface Layout {
  warnings: string[];
  sheets: Record<string, SheetLayout>;
  anchors: [kind: 'one' | 'two', picture: boolean][];
  pillow: boolean;
}

function layout(release: ReleaseResult): Layout {
  const run = spawnSync(PYTHON_WITH_OPENPYXL!, [join(__dirname, 'readers', 'workbook-layout.py'), join(release.dir, 'sco-data.xlsx')], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Layout;
}

// The least width (in Excel character units) a header needs to show whole beside its filter
// button: one unit a character, two for a CJK one, plus two for the button.
const leastWidth = (header: string) => [...header].reduce((sum, char) => sum + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 2 : 1), 0) + 2;

// README labels written out by hand, per language.
const README_LABELS: Record<Language, string[]> = {
  en: ['Version', 'Release date', 'Data as of', 'How to cite', 'Data licence', 'Code licence', 'Sheet', 'Dates', 'Confidence'],
  ru: ['Версия', 'Дата выпуска', 'Данные на', 'Как цитировать', 'Лицензия данных', 'Лицензия кода', 'Лист', 'Даты', 'Достоверность'],
  zh: ['版本', '发布日期', '数据截至', '引用方式', '数据许可', '代码许可', '工作表', '日期', '可信度'],
};
const DICTIONARY_HEADERS: Record<Language, string[]> = {
  en: ['table', 'column', 'header', 'type', 'allowed values', 'primary key', 'description'],
  ru: ['таблица', 'столбец', 'заголовок', 'тип', 'допустимые значения', 'первичный ключ', 'описание'],
  zh: ['表', '列', '表头', '类型', '允许值', '主键', '说明'],
};

describe('exporter: the workbook as openpyxl loads it', function () {
  this.timeout(300_000);
  const releases = new Map<Language, Layout>();
  before(async function () {
    requireOrSkip(this, PYTHON_WITH_OPENPYXL !== undefined, 'python3 with openpyxl (Debian python3-openpyxl)');
    for (const lang of ['en', 'ru', 'zh'] as const) releases.set(lang, layout(await fixtureRelease({ dataDir: DATA_DIR, lang })));
  });

  it('loads without a single warning, the README picture on a two-cell anchor (exceljs #2777)', () => {
    for (const [lang, book] of releases) {
      assert.deepEqual(book.warnings, [], lang);
      assert.deepEqual(book.anchors, [['two', true]], lang);
      // openpyxl keeps pictures only with Pillow (Debian python3-pil, which .ci/run installs); the
      // anchors above are read from the drawing part with openpyxl's own parser either way.
      if (book.pillow) assert.deepEqual(book.sheets.README!.images, ['TwoCellAnchor']);
    }
  });

  it('sets every table sheet to print on A4, fitted to one page wide, the header row repeated, wide sheets landscape', () => {
    const book = releases.get('en')!;
    for (const id of [...RELEASE_TABLES, 'data_dictionary']) {
      const sheet = book.sheets[id]!;
      assert.equal(sheet.fitToPage, true, id);
      assert.equal(sheet.fitToWidth, 1, id);
      assert.equal(sheet.fitToHeight, 0, id);
      assert.equal(sheet.paperSize, 9, id);
      assert.equal(sheet.printTitleRows, '$1:$1', id);
      const total = sheet.widths.reduce<number>((sum, width) => sum + (width ?? 0), 0);
      assert.equal(sheet.orientation, total > 100 ? 'landscape' : 'portrait', `${id}: ${total} characters wide`);
    }
    assert.equal(book.sheets.country_year!.orientation, 'landscape');
  });

  const book = (lang: Language) => releases.get(lang)!;
  for (const lang of ['en', 'ru', 'zh'] as const) {
    it(`${lang}: no header is cut: every column is at least as wide as its header`, () => {
      const book = releases.get(lang)!;
      for (const id of RELEASE_TABLES) {
        const sheet = book.sheets[id]!;
        assert.deepEqual(sheet.headers, headerRow(TEMPLATES[id], lang), id);
        sheet.headers.forEach((header, c) => assert.ok((sheet.widths[c] ?? 0) >= leastWidth(header!), `${id} "${header}": width ${sheet.widths[c]} < ${leastWidth(header!)}`));
      }
      const readme = book.sheets.README!;
      for (const label of README_LABELS[lang]) assert.ok((readme.widths[0] ?? 0) >= leastWidth(label), `README column A too narrow for "${label}"`);
    });

    it(`${lang}: README sheet and data dictionary headers in that language`, () => {
      const book = releases.get(lang)!;
      const firstColumn = book.sheets.README!.firstColumn;
      for (const label of README_LABELS[lang]) assert.ok(firstColumn.includes(label), `README lacks "${label}"`);
      if (lang !== 'en') for (const label of README_LABELS.en) assert.ok(!firstColumn.includes(label), `README still says "${label}"`);
      assert.deepEqual(book.sheets.data_dictionary!.headers, DICTIONARY_HEADERS[lang]);
      const descriptions = book.sheets.README!.cells.filter((row) => RELEASE_TABLES.includes(row[0] as never)).map((row) => String(row[3]));
      assert.equal(descriptions.length, RELEASE_TABLES.length);
      // The table descriptions are translated: none is the English template text.
      if (lang !== 'en') for (const id of RELEASE_TABLES) assert.ok(!descriptions.includes(TEMPLATES[id].description), `${id} description in English`);
      if (lang === 'ru') for (const text of descriptions) assert.match(text, /[а-яё]/i);
      if (lang === 'zh') for (const text of descriptions) assert.match(text, /[\u4e00-\u9fff]/u);
    });

    it(`${lang}: the data dictionary describes every column of every table in that language`, () => {
      const rows = book(lang).sheets.data_dictionary!.cells.slice(1);
      const expected = RELEASE_TABLES.flatMap((id) => TEMPLATES[id].columns.map((column) => `${id}.${column.key}`));
      assert.deepEqual(
        rows.map((row) => `${row[0]}.${row[1]}`),
        expected,
      );
      for (const row of rows) {
        const [table = '', key = '', , , allowed = '', , text = ''] = row.map((cell) => String(cell ?? ''));
        const column = TEMPLATES[table as (typeof RELEASE_TABLES)[number]].columns.find((candidate) => candidate.key === key)!;
        const english = column.description;
        // Coded values keep their code and gain a label in the workbook's language: "member (Государство-член)".
        if (column.categories && lang !== 'en') assert.match(allowed, lang === 'ru' ? /^[a-z_]+ \([^)]*[а-яё]/i : /^[a-z_]+ \([^)]*[\u4e00-\u9fff]/u, `${table}.${key} allowed values`);
        if (lang === 'en') assert.equal(text, english, `${table}.${key}`);
        else assert.notEqual(text, english, `${table}.${key} still in English`);
        if (lang === 'ru') assert.match(text, /[а-яё]/i, `${table}.${key}`);
        if (lang === 'zh') assert.match(text, /[\u4e00-\u9fff]/u, `${table}.${key}`);
      }
    });
  }

  it('lists summits from the first Shanghai Five meeting (1996) on, and chairmanships in time order', () => {
    const book = releases.get('en')!;
    assert.equal(book.sheets.summits!.firstColumn[1], 's5_1996');
    const chairs = book.sheets.chairmanships!.firstColumn.slice(1).map(String);
    // ids end with the chairmanship's years (e.g. kaz_2023_2024): their order is time order here.
    const years = chairs.map((id) => id.match(/\d{4}/)?.[0] ?? '');
    assert.deepEqual(years, [...years].sort());
  });
});
