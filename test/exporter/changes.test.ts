// --previous: changes.csv lists exactly what differs from an earlier release, and CHANGELOG.md
// summarises it.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { VALID_FIXTURE } from '../helpers';
import { fixtureRelease, tempDir } from './support';

describe('exporter: changes since a previous release', () => {
  it('lists an added, a removed and a changed row of a modified previous release', async () => {
    const first = await fixtureRelease({ version: '1.0.0' });
    const previous = join(tempDir(), 'previous');
    cpSync(first.dir, previous, { recursive: true });
    const summitsFile = join(previous, 'csv', 'summits.csv');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(summitsFile, 'utf8'), { header: true, skipEmptyLines: true });
    const rows = parsed.data;
    const changed = rows.find((row) => row.summit_id === 'chs_2005')!;
    const correctedCity = changed.city_en;
    changed.city_en = 'Almaty';
    const dropped = rows.findIndex((row) => row.summit_id === 'chs_2017');
    rows.splice(dropped, 1);
    rows.push({ ...rows[0]!, summit_id: 'chs_2099' });
    writeFileSync(summitsFile, `${Papa.unparse(rows, { newline: '\n', columns: parsed.meta.fields })}\n`);

    const second = await fixtureRelease({ version: '1.1.0', previous });
    const changes = Papa.parse<Record<string, string>>(readFileSync(join(second.dir, 'changes.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    assert.deepEqual(changes, [
      { table: 'summits', key: 'summit_id=chs_2005', change: 'changed', field: 'city_en', old_value: 'Almaty', new_value: correctedCity },
      { table: 'summits', key: 'summit_id=chs_2017', change: 'added', field: '', old_value: '', new_value: '' },
      { table: 'summits', key: 'summit_id=chs_2099', change: 'removed', field: '', old_value: '', new_value: '' },
    ]);
    const changelog = readFileSync(join(second.dir, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /## 1\.1\.0 .*\n[\s\S]*Changes since version 1\.0\.0/);
    assert.match(changelog, /\| summits \| 1 \| 1 \| 1 \|/);
    assert.match(changelog, new RegExp(`summits \\[summit_id=chs_2005\\] city_en: "Almaty" → "${correctedCity}"`));
    // The earlier release's entry is carried below the new one.
    assert.ok(changelog.indexOf('## 1.1.0') < changelog.indexOf('## 1.0.0'));
    const pkg = JSON.parse(readFileSync(join(second.dir, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    assert.ok(pkg.resources.some((resource) => resource.path === 'changes.csv'));
    assert.match(readFileSync(join(second.dir, 'SHA256SUMS'), 'utf8'), / {2}changes\.csv$/m);
  });

  it('finds no change against a release of the same data', async () => {
    const first = await fixtureRelease({ dataDir: VALID_FIXTURE });
    const second = await fixtureRelease({ previous: first.dir });
    assert.equal(readFileSync(join(second.dir, 'changes.csv'), 'utf8'), 'table,key,change,field,old_value,new_value\n');
    assert.match(readFileSync(join(second.dir, 'CHANGELOG.md'), 'utf8'), /No fact changed since version 1\.2\.3\./);
  });

  it('refuses a previous release holding formula-like text, naming file, line and column', async () => {
    const first = await fixtureRelease({ version: '1.0.0' });
    const previous = join(tempDir(), 'previous');
    cpSync(first.dir, previous, { recursive: true });
    const summitsFile = join(previous, 'csv', 'summits.csv');
    const lines = readFileSync(summitsFile, 'utf8').split('\n');
    // Row 3's second field (series) becomes a formula.
    const column = lines[2]!.indexOf(',') + 2;
    lines[2] = lines[2]!.replace(/^([a-z0-9_]+),[a-z_]+,/, '$1,=1+1,');
    writeFileSync(summitsFile, lines.join('\n'));
    await assert.rejects(fixtureRelease({ version: '1.1.0', previous }), (error: Error) => error.message.startsWith(`${summitsFile}:3:${column}: "=1+1" begins like a spreadsheet formula`));
  });
});
