// The release's charts: the SVG from src/chart, and a PNG of it drawn by resvg with the DejaVu
// fonts the package ships (never the machine's fonts), so every machine draws the same pixels.
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CHARTS, chartData, type ChartId, type ChartTemplate, type ReleaseInfo, type ScoData } from '../core';
import { timelineSvg } from '../chart/timeline';

export const CHART_DIR = 'charts';
const FONT_DIR = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(FONT_DIR, file));
/** The PNG is drawn at twice the SVG's size, sharp on high-density screens and in print. */
const PNG_SCALE = 2;

export interface RenderedChart {
  template: ChartTemplate;
  /** The chart's display size in pixels (the PNG holds PNG_SCALE times as many, for sharpness). */
  width: number;
  height: number;
  svgPath: string;
  pngPath: string;
  svg: string;
  png: Uint8Array;
}

/** The line under a chart: which release it shows, short enough to fit under the plot. */
export function chartCredit(release: ReleaseInfo): string {
  return `Source: sco-data ${release.version}, data as of ${release.data_as_of} (CC BY 4.0)`;
}

/** A chart of the years 1996 to the one the data holds for, its last year read on that day. */
export function renderChart(data: ScoData, id: ChartId, release: ReleaseInfo): RenderedChart {
  const options = { toYear: Number(release.data_as_of.slice(0, 4)), until: release.data_as_of };
  const svg = timelineSvg(chartData(data, id, options), { source: chartCredit(release) });
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: false, fontFiles: FONTS, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  }).render();
  const png = rendered.asPng();
  return { template: CHARTS[id], width: rendered.width / PNG_SCALE, height: rendered.height / PNG_SCALE, svgPath: `${CHART_DIR}/${id}.svg`, pngPath: `${CHART_DIR}/${id}.png`, svg, png };
}
