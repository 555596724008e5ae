import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHARTED_STATUSES, ENGLISH_TIMELINE_LABELS, timelineSvg } from '../src/chart/timeline';
import { loadDataDir } from '../src/node/data-dir';
import { DATA_DIR, requireOrSkip } from './helpers';

const TEXT = { title: 'T & <t>', yAxis: 'States', xAxis: 'Year', source: 'Source: test', labels: ENGLISH_TIMELINE_LABELS };

describe('membership timeline chart', () => {
  const data = loadDataDir(DATA_DIR);
  const counts = data.statusCountsByYear(1996, 2026);
  const svg = timelineSvg(counts, TEXT);

  it('draws, for every year, bars that add up to the counts behind them', () => {
    const drawn = new Map<string, number>();
    for (const [, year, value, label] of svg.matchAll(/<title>(\d{4}): (\d+) ([^<]+)<\/title>/g)) drawn.set(`${year} ${label}`, Number(value));
    for (const row of counts) {
      for (const status of CHARTED_STATUSES) {
        assert.equal(drawn.get(`${row.year} ${ENGLISH_TIMELINE_LABELS[status]}`) ?? 0, row[status], `${row.year} ${status}`);
      }
    }
  });

  it('is the same text for the same counts, and escapes its labels', () => {
    assert.equal(timelineSvg(counts, TEXT), svg);
    assert.ok(svg.includes('T &amp; &lt;t&gt;'));
    assert.ok(!svg.includes('<t>'));
  });

  it('is well-formed XML (xmllint)', function () {
    const xmllint = spawnSync('xmllint', ['--version']);
    requireOrSkip(this, xmllint.status === 0, 'xmllint (Debian libxml2-utils)');
    const file = join(mkdtempSync(join(tmpdir(), 'sco-chart-')), 'timeline.svg');
    writeFileSync(file, svg);
    const result = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
