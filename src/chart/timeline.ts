// The membership timeline as an SVG: stacked columns of how many states held each status on
// 31 December of each year. Pure and deterministic (no clock, no random ids), so the release can
// ship it and the README can show it.
import type { StatusCounts, Status } from '../core';

export interface TimelineText {
  title: string;
  yAxis: string;
  xAxis: string;
  /** The line crediting the data: dataset, version, date it holds for, licence. */
  source: string;
  labels: Readonly<Record<ChartedStatus, string>>;
}

/** Statuses drawn, bottom to top; `withdrawn` has never occurred and is not a series. */
export const CHARTED_STATUSES = ['shanghai_five', 'member', 'accession_candidate', 'observer', 'dialogue_partner', 'sco_partner'] as const satisfies readonly Status[];
export type ChartedStatus = (typeof CHARTED_STATUSES)[number];

// Colour-blind-safe (Okabe-Ito) colours.
const COLOURS: Readonly<Record<ChartedStatus, string>> = {
  shanghai_five: '#999999',
  member: '#0072B2',
  accession_candidate: '#56B4E9',
  observer: '#E69F00',
  dialogue_partner: '#009E73',
  sco_partner: '#CC79A7',
};

export const ENGLISH_TIMELINE_LABELS: TimelineText['labels'] = {
  shanghai_five: 'Shanghai Five participants',
  member: 'Members',
  accession_candidate: 'Accession candidates',
  observer: 'Observers',
  dialogue_partner: 'Dialogue partners',
  sco_partner: 'SCO partners',
};

const WIDTH = 900;
const HEIGHT = 480;
const PLOT = { left: 56, right: 640, top: 64, bottom: 400 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fixed = (value: number) => (Math.round(value * 100) / 100).toString();

export function timelineSvg(counts: readonly StatusCounts[], text: TimelineText): string {
  if (counts.length === 0) throw new RangeError('the timeline needs at least one year of counts');
  const totals = counts.map((row) => CHARTED_STATUSES.reduce((sum, status) => sum + row[status], 0));
  const top = Math.max(5, Math.ceil(Math.max(...totals) / 5) * 5);
  const band = (PLOT.right - PLOT.left) / counts.length;
  const barWidth = band * 0.75;
  const y = (value: number) => PLOT.bottom - (value / top) * (PLOT.bottom - PLOT.top);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-labelledby="title">`,
    `<title id="title">${escapeXml(text.title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="32" font-size="18" font-weight="bold" text-anchor="middle">${escapeXml(text.title)}</text>`,
  );
  for (let tick = 0; tick <= top; tick += 5) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${fixed(y(tick))}" y2="${fixed(y(tick))}" stroke="#dddddd"/>`,
      `<text x="${PLOT.left - 8}" y="${fixed(y(tick) + 4)}" font-size="12" text-anchor="end">${tick}</text>`,
    );
  }
  counts.forEach((row, index) => {
    const x = PLOT.left + index * band + (band - barWidth) / 2;
    let base = 0;
    for (const status of CHARTED_STATUSES) {
      const value = row[status];
      if (value === 0) continue;
      parts.push(
        `<rect x="${fixed(x)}" y="${fixed(y(base + value))}" width="${fixed(barWidth)}" height="${fixed(y(base) - y(base + value))}" fill="${COLOURS[status]}"><title>${row.year}: ${value} ${escapeXml(text.labels[status])}</title></rect>`,
      );
      base += value;
    }
    // Label the first year, every fifth, and the last unless it would crowd a fifth-year label.
    const last = index === counts.length - 1 && row.year % 5 > 2;
    if (row.year % 5 === 0 || index === 0 || last) {
      parts.push(`<text x="${fixed(x + barWidth / 2)}" y="${PLOT.bottom + 18}" font-size="12" text-anchor="middle">${row.year}</text>`);
    }
  });
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#333333"/>`,
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 42}" font-size="13" text-anchor="middle">${escapeXml(text.xAxis)}</text>`,
    `<text transform="translate(18 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" font-size="13" text-anchor="middle">${escapeXml(text.yAxis)}</text>`,
  );
  [...CHARTED_STATUSES].reverse().forEach((status, index) => {
    const legendY = PLOT.top + 8 + index * 24;
    parts.push(
      `<rect x="${PLOT.right + 24}" y="${legendY}" width="14" height="14" fill="${COLOURS[status]}"/>`,
      `<text x="${PLOT.right + 46}" y="${legendY + 12}" font-size="13">${escapeXml(text.labels[status])}</text>`,
    );
  });
  parts.push(`<text x="${PLOT.left}" y="${HEIGHT - 16}" font-size="11" fill="#555555">${escapeXml(text.source)}</text>`, '</svg>', '');
  return parts.join('\n');
}
