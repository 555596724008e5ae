// The membership timeline as an SVG: stacked columns of how many states held each status on
// 31 December of each year. Pure and deterministic (no clock, no random ids), so the release can
// ship it and the README can show it.
import type { ChartData, Language } from '../core';

/** The words on the chart that are not in its template: the line crediting the data. */
export interface TimelineCredit {
  /** Dataset, version, the date it holds for, licence. */
  source: string;
}

// Colour-blind-safe (Okabe-Ito) colours, by series key (a status); others fall back to grey.
const COLOURS: Readonly<Record<string, string>> = {
  shanghai_five: '#999999',
  member: '#0072B2',
  accession_candidate: '#56B4E9',
  observer: '#E69F00',
  dialogue_partner: '#009E73',
  sco_partner: '#CC79A7',
};
const FALLBACK_COLOUR = '#666666';

// DejaVu Sans draws Latin and Cyrillic; Chinese needs a CJK face. The release's PNG draws with the
// bundled fonts of src/exporter/charts.ts; a browser showing the SVG takes the first it has.
const FONT_FAMILY: Readonly<Record<Language, string>> = {
  en: 'DejaVu Sans, Arial, sans-serif',
  ru: 'DejaVu Sans, Arial, sans-serif',
  zh: 'Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, sans-serif',
};

const WIDTH = 900;
const HEIGHT = 480;
const PLOT = { left: 56, right: 640, top: 64, bottom: 400 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colour = (key: string) => COLOURS[key] ?? FALLBACK_COLOUR;
const fixed = (value: number) => (Math.round(value * 100) / 100).toString();

export function timelineSvg(chart: ChartData, credit: TimelineCredit): string {
  const { categories, series, template, lang } = chart;
  if (categories.length === 0) throw new RangeError('the timeline needs at least one year of counts');
  const title = template.title[lang];
  const totals = categories.map((_, index) => series.reduce((sum, one) => sum + one.values[index]!, 0));
  const top = Math.max(5, Math.ceil(Math.max(...totals) / 5) * 5);
  const band = (PLOT.right - PLOT.left) / categories.length;
  const barWidth = band * 0.75;
  const y = (value: number) => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${FONT_FAMILY[lang]}" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="32" font-size="18" font-weight="bold" text-anchor="middle">${escapeXml(title)}</text>`,
  );
  for (let tick = 0; tick <= top; tick += 5) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}" stroke="#dddddd"/>`,
      `<text x="${PLOT.left - 8}" y="${fixed(y(tick) + 4)}" font-size="12" text-anchor="end">${tick}</text>`,
    );
  }
  categories.forEach((category, index) => {
    const x = PLOT.left + index * band + (band - barWidth) / 2;
    let base = 0;
    for (const one of series) {
      const value = one.values[index]!;
      if (value === 0) continue;
      parts.push(
        `<rect x="${fixed(x)}" y="${fixed(y(base + value))}" width="${fixed(barWidth)}" height="${fixed(y(base) - y(base + value))}" fill="${colour(one.key)}"><title>${escapeXml(category)}: ${value} ${escapeXml(one.name)}</title></rect>`,
      );
      base += value;
    }
    // Label the first year, every fifth, and the last unless it would crowd a fifth-year label.
    const year = Number(category);
    const last = index === categories.length - 1 && year % 5 > 2;
    if (year % 5 === 0 || index === 0 || last) {
      parts.push(`<text x="${fixed(x + barWidth / 2)}" y="${PLOT.bottom + 18}" font-size="12" text-anchor="middle">${escapeXml(category)}</text>`);
    }
  });
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#333333"/>`,
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 42}" font-size="13" text-anchor="middle">${escapeXml(template.categoryAxis[lang])}</text>`,
    `<text transform="translate(18 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" font-size="13" text-anchor="middle">${escapeXml(template.valueAxis[lang])}</text>`,
  );
  // The legend lists the series top to bottom, as they are stacked.
  [...series].reverse().forEach((one, index) => {
    const legendY = PLOT.top + 8 + index * 24;
    parts.push(
      `<rect x="${PLOT.right + 24}" y="${legendY}" width="14" height="14" fill="${colour(one.key)}"/>`,
      `<text x="${PLOT.right + 46}" y="${legendY + 12}" font-size="13">${escapeXml(one.name)}</text>`,
    );
  });
  parts.push(`<text x="${PLOT.left}" y="${HEIGHT - 16}" font-size="11" fill="#555555">${escapeXml(credit.source)}</text>`, '</svg>', '');
  return parts.join('\n');
}
