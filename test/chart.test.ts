import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVE_STATUSES, CHARTS, chartData, TEMPLATES } from '../src/core';
import { timelineSvg } from '../src/chart/timeline';
import { loadDataDir } from '../src/node/data-dir';
import { DATA_DIR, requireOrSkip } from './helpers';
import { scratchDir } from './scratch';

const CREDIT = { source: 'Source: test & <check>' };
const TO_YEAR = 2026;

describe('membership timeline chart', () => {
  const data = loadDataDir(DATA_DIR);
  const chart = chartData(data, 'membership_timeline', { toYear: TO_YEAR });
  const svg = timelineSvg(chart, CREDIT);

  it('draws, for every year from 1996, bars equal to the statuses rosterOn gives on 31 December', () => {
    const drawn = new Map<string, number>();
    for (const [, year, value, label] of svg.matchAll(/<title>(\d{4}): (\d+) ([^<]+)<\/title>/g)) drawn.set(`${year} ${label}`, Number(value));
    const headers = TEMPLATES.status_counts.columns;
    for (let year = 1996; year <= TO_YEAR; year++) {
      const roster = data.rosterOn(`${year}-12-31`);
      for (const status of ACTIVE_STATUSES) {
        const name = headers.find((column) => column.key === status)!.headers.en;
        const expected = roster.filter((entry) => entry.status === status).length;
        assert.equal(drawn.get(`${year} ${name}`) ?? 0, expected, `${year} ${status}`);
      }
    }
    assert.equal(chart.categories.length, TO_YEAR - 1996 + 1);
  });

  it('names its series with the table headers of the chosen language', () => {
    const russian = chartData(data, 'membership_timeline', { toYear: TO_YEAR, lang: 'ru' });
    assert.deepEqual(
      russian.series.map((series) => series.name),
      CHARTS.membership_timeline.series.map((key) => TEMPLATES.status_counts.columns.find((column) => column.key === key)!.headers.ru),
    );
    assert.ok(timelineSvg(russian, CREDIT).includes(CHARTS.membership_timeline.title.ru));
  });

  it('is the same text for the same data, and escapes its labels', () => {
    assert.equal(timelineSvg(chartData(data, 'membership_timeline', { toYear: TO_YEAR }), CREDIT), svg);
    assert.ok(svg.includes('Source: test &amp; &lt;check&gt;'));
    assert.ok(!svg.includes('<check>'));
  });

  it('is well-formed XML (xmllint)', function () {
    const xmllint = spawnSync('xmllint', ['--version']);
    requireOrSkip(this, xmllint.status === 0, 'xmllint (Debian libxml2-utils)');
    const file = join(scratchDir('sco-chart-'), 'timeline.svg');
    writeFileSync(file, svg);
    const result = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
