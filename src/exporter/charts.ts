// The release's charts: the SVG from src/chart, and a PNG of it drawn by resvg with fonts the
// project bundles (never the machine's), so every machine draws the same pixels: DejaVu (the
// package dejavu-fonts-ttf) for Latin and Cyrillic, and for Chinese a subset of Noto Sans CJK SC
// vendored in vendor/fonts/noto-sans-cjk-sc (see its README: which characters, how it was made).
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CHARTS, chartData, chartText, fillText, type ChartId, type ChartTemplate, type Language, type ReleaseInfo, type ScoData } from '../core';
import { timelineSvg } from '../chart/timeline';
import { encodePng } from './png';

export const CHART_DIR = 'charts';
const DEJAVU_DIR = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
/** The Chinese faces, beside the sources' root as src/ and bin/cli/ are (two folders up). */
export const CJK_FONT_DIR = join(__dirname, '..', '..', 'vendor', 'fonts', 'noto-sans-cjk-sc');
export const CHART_FONTS = [
  ...['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(DEJAVU_DIR, file)),
  ...['NotoSansCJKsc-Regular.subset.otf', 'NotoSansCJKsc-Bold.subset.otf'].map((file) => join(CJK_FONT_DIR, file)),
];
/** The PNG is drawn at twice the SVG's size, sharp on high-density screens and in print. */
const PNG_SCALE = 2;

/** How resvg draws a chart: at PNG_SCALE, with the bundled fonts only. */
export const RESVG_OPTIONS = {
  fitTo: { mode: 'zoom', value: PNG_SCALE },
  font: { loadSystemFonts: false, fontFiles: CHART_FONTS, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
} as const satisfies ConstructorParameters<typeof Resvg>[1];

export interface RenderedChart {
  template: ChartTemplate;
  lang: Language;
  /** The chart's display size in pixels (the PNG holds PNG_SCALE times as many, for sharpness). */
  width: number;
  height: number;
  svgPath: string;
  pngPath: string;
  svg: string;
  png: Uint8Array;
}

/** The line under a chart: which release it shows, in the chart's language. */
export function chartCredit(release: ReleaseInfo, lang: Language = 'en'): string {
  return fillText(chartText.credit[lang], { version: release.version, dataAsOf: release.data_as_of });
}

/** A chart's file, without extension: charts/<id> in English, charts/<id>.<lang> in the others. */
export const chartFile = (id: ChartId, lang: Language) => `${CHART_DIR}/${id}${lang === 'en' ? '' : `.${lang}`}`;

/** A chart of the years 1996 to the one the data holds for, its last year read on that day. */
export function renderChart(data: ScoData, id: ChartId, release: ReleaseInfo, lang: Language = 'en'): RenderedChart {
  const options = { toYear: Number(release.data_as_of.slice(0, 4)), until: release.data_as_of, lang };
  const svg = timelineSvg(chartData(data, id, options), { source: chartCredit(release, lang) });
  const rendered = new Resvg(svg, RESVG_OPTIONS).render();
  // Our encoder rather than rendered.asPng(): the same pixels in a 2.4x smaller file (see png.ts).
  const png = encodePng(rendered.pixels, rendered.width, rendered.height);
  const file = chartFile(id, lang);
  return { template: CHARTS[id], lang, width: rendered.width / PNG_SCALE, height: rendered.height / PNG_SCALE, svgPath: `${file}.svg`, pngPath: `${file}.png`, svg, png };
}
