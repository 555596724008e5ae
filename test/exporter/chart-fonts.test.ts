// The charts in every language draw every character with a bundled font: each word the chart
// can show (its template's title and axes, its series' headers, the credit line) and each text of
// the drawn SVG is in the character map of the face that draws it, so a new Chinese word cannot
// silently render as empty boxes. The font files are read here with a small reader of the OpenType
// `cmap` and `name` tables (written from the OpenType specification, not taken from the exporter).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { CHARTS, LANGUAGES, TEMPLATES, chartText, type ChartId } from '../../src/core';
import { CHART_FONTS, renderChart } from '../../src/exporter/charts';
import { currentRelease } from '../../src/exporter/update-docs';
import { loadDataDir } from '../../src/node/data-dir';
import { DATA_DIR, ROOT } from '../helpers';
import { fixtureRelease } from './support';

interface Face {
  family: string;
  chars: Set<number>;
}

/** The table directory of an OpenType file: tag -> offset (https://learn.microsoft.com/typography/opentype/spec/otff). */
function tables(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  const found = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    found.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  return found;
}

/** Every code point of the Unicode subtables of `cmap` (formats 4 and 12, the ones fonts carry for Unicode). */
function codePoints(font: Buffer, cmap: number): Set<number> {
  const chars = new Set<number>();
  const subtables = font.readUInt16BE(cmap + 2);
  for (let index = 0; index < subtables; index++) {
    const platform = font.readUInt16BE(cmap + 4 + index * 8);
    const encoding = font.readUInt16BE(cmap + 6 + index * 8);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap + font.readUInt32BE(cmap + 8 + index * 8);
    const format = font.readUInt16BE(at);
    if (format === 4) {
      const segments = font.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let segment = 0; segment < segments; segment++) {
        const end = font.readUInt16BE(ends + segment * 2);
        const start = font.readUInt16BE(starts + segment * 2);
        const delta = font.readInt16BE(deltas + segment * 2);
        const rangeOffset = font.readUInt16BE(rangeOffsets + segment * 2);
        for (let code = start; code <= end && code !== 0xffff; code++) {
          const glyph = rangeOffset === 0 ? (code + delta) & 0xffff : font.readUInt16BE(rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2);
          if (glyph !== 0) chars.add(code);
        }
      }
    } else if (format === 12) {
      const groups = font.readUInt32BE(at + 12);
      for (let group = 0; group < groups; group++) {
        const start = font.readUInt32BE(at + 16 + group * 12);
        const end = font.readUInt32BE(at + 20 + group * 12);
        for (let code = start; code <= end; code++) chars.add(code);
      }
    }
  }
  return chars;
}

/** The typographic family (name id 16), else the family (id 1), from a Windows Unicode name record. */
function family(font: Buffer, name: number): string {
  const count = font.readUInt16BE(name + 2);
  const strings = name + font.readUInt16BE(name + 4);
  const names = new Map<number, string>();
  for (let index = 0; index < count; index++) {
    const record = name + 6 + index * 12;
    const [platform, , language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((field) => font.readUInt16BE(record + field)) as [number, number, number, number, number, number];
    if (platform !== 3 || language !== 0x409 || names.has(id)) continue;
    names.set(
      id,
      font
        .subarray(strings + offset, strings + offset + length)
        .swap16()
        .toString('utf16le'),
    );
  }
  return names.get(16) ?? names.get(1) ?? '';
}

function readFace(path: string): Face {
  const font = Buffer.from(readFileSync(path));
  const directory = tables(font);
  return { family: family(font, directory.get('name')!), chars: codePoints(font, directory.get('cmap')!) };
}

const FACES = new Map(CHART_FONTS.map((path) => [path, readFace(path)]));
const regularOf = (name: string) => [...FACES].find(([path, face]) => face.family === name && !path.includes('Bold'))?.[1];
const boldOf = (name: string) => [...FACES].find(([path, face]) => face.family === name && path.includes('Bold'))?.[1];

/** The family the SVG names first that a bundled font provides: the one resvg draws with. */
function drawingFamily(svg: string): string {
  const families = /font-family="([^"]+)"/
    .exec(svg)![1]!
    .split(',')
    .map((name) => name.trim());
  const bundled = families.find((name) => regularOf(name) !== undefined);
  assert.ok(bundled, `no bundled font for any of ${families.join(', ')}`);
  return bundled;
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const missing = (text: string, face: Face) => [...new Set(text)].filter((char) => !/\s/.test(char) && !face.chars.has(char.codePointAt(0)!));

describe('exporter: chart fonts (every character drawn is in a bundled font)', () => {
  const data = loadDataDir(DATA_DIR);
  const release = currentRelease();
  const charts = LANGUAGES.map((lang) => renderChart(data, 'membership_timeline', release, lang));

  it('bundles DejaVu Sans and Noto Sans CJK SC, regular and bold, under the names the SVGs use', () => {
    assert.deepEqual([...FACES.values()].map((face) => face.family).sort(), ['DejaVu Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Sans CJK SC']);
    assert.deepEqual(
      charts.map((chart) => drawingFamily(chart.svg)),
      ['DejaVu Sans', 'DejaVu Sans', 'Noto Sans CJK SC'],
    );
    assert.ok(
      CHART_FONTS.every((path) => !path.startsWith('/usr/')),
      'a chart font comes from the machine',
    );
    assert.ok(readFileSync(join(ROOT, 'vendor', 'fonts', 'noto-sans-cjk-sc', 'OFL.txt'), 'utf8').includes('SIL OPEN FONT LICENSE Version 1.1'));
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: every word a chart can show is in the regular and the bold face it is drawn with`, () => {
      const svg = charts[LANGUAGES.indexOf(lang)]!.svg;
      const name = drawingFamily(svg);
      for (const id of Object.keys(CHARTS) as ChartId[]) {
        const template = CHARTS[id];
        const headers = template.series.map((key) => TEMPLATES[template.table as keyof typeof TEMPLATES].columns.find((column) => column.key === key)!.headers[lang]);
        const words = [template.title[lang], template.categoryAxis[lang], template.valueAxis[lang], ...headers, chartText.credit[lang], '0123456789-.']; // digits: years, counts, version, date
        for (const word of words) {
          for (const face of [regularOf(name)!, boldOf(name)!]) assert.deepEqual(missing(word, face), [], `"${word}" (${lang}) has characters ${face.family} lacks: run tools/subset-cjk-font.py`);
        }
      }
    });

    it(`${lang}: every text of the drawn SVG is in its face (bold text in the bold face)`, () => {
      const svg = charts[LANGUAGES.indexOf(lang)]!.svg;
      const name = drawingFamily(svg);
      const texts = [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)];
      assert.ok(texts.length > 10);
      for (const [, attributes, content] of texts) {
        const face = attributes!.includes('font-weight="bold"') ? boldOf(name)! : regularOf(name)!;
        assert.deepEqual(missing(unescapeXml(content!), face), [], `${lang} "${content}"`);
      }
    });
  }

  it('draws the words in the chosen language: the ru and zh pictures differ from the English one and from each other', () => {
    const [en, ru, zh] = charts as [(typeof charts)[number], (typeof charts)[number], (typeof charts)[number]];
    assert.ok(zh.svg.includes('>上合组织各年末各地位国家数<') && zh.svg.includes('>成员国<') && zh.svg.includes('>来源：sco-data '));
    assert.ok(ru.svg.includes('>Государства ШОС по статусу на конец каждого года<') && ru.svg.includes('>Источник: sco-data '));
    assert.ok(!/[\u4e00-\u9fff]/u.test(en.svg) && !/[а-я]/i.test(en.svg));
    const pngs = [en, ru, zh].map((chart) => Buffer.from(chart.png));
    assert.notDeepEqual(pngs[2], pngs[0]);
    assert.notDeepEqual(pngs[1], pngs[0]);
    assert.notDeepEqual(pngs[2], pngs[1]);
    for (const png of pngs) assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1800, 960]);
    // The same input draws the same bytes.
    assert.ok(Buffer.from(renderChart(data, 'membership_timeline', release, 'zh').png).equals(pngs[2]!));
  });

  it('a zh release ships all three languages of the chart and shows the Chinese one on the README sheet', async function () {
    this.timeout(300_000);
    const result = await fixtureRelease({ lang: 'zh' });
    const read = (path: string) => readFileSync(join(result.dir, path));
    const paths = result.files.map((file) => file.path).filter((path) => path.startsWith('charts/'));
    // charts/<id>.svg and .png in English, charts/<id>.<lang>.svg and .png in the others.
    const expected = ['', '.ru', '.zh'].flatMap((suffix) => ['png', 'svg'].map((extension) => `charts/membership_timeline${suffix}.${extension}`));
    assert.deepEqual(paths, expected.sort());
    const zip = await JSZip.loadAsync(read('sco-data.xlsx'));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('xl/media/') && !zip.files[name]!.dir);
    assert.equal(media.length, 1);
    assert.ok(Buffer.from(await zip.file(media[0]!)!.async('uint8array')).equals(read('charts/membership_timeline.zh.png')));
    assert.ok(read('charts/membership_timeline.zh.svg').toString('utf8').includes('<title id="title">上合组织各年末各地位国家数</title>'));
  });
});
