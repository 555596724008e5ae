// `npm run certs`: trusting the CA per user (no sudo) on each system, and when to make new files;
// the files themselves come from office-addin-dev-certs' generator, which installs nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { needsCertificates, trustSteps } from '../../src/node/dev-certs';
import { scratchDir } from '../scratch';

describe('development certificates without sudo', () => {
  it('trusts the CA for the current user only, on every system', () => {
    const ca = '/home/u/.office-addin-dev-certs/ca.crt';
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const steps = trustSteps(platform, ca).join('\n');
      assert.doesNotMatch(steps, /\bsudo\b/, platform);
      assert.ok(steps.includes(ca), platform);
    }
    assert.match(trustSteps('win32', ca)[0]!, /^certutil -user -addstore Root /);
    assert.match(trustSteps('darwin', ca)[0]!, /login\.keychain-db/);
    assert.match(trustSteps('linux', ca).join('\n'), /certutil -d sql:\$HOME\/\.pki\/nssdb -A -t "C,,"/);
  });

  it('makes the files when one is missing, when they are older than 29 days, or when forced', () => {
    const dir = scratchDir('sco-certs-');
    const now = Date.UTC(2026, 11, 2);
    assert.equal(needsCertificates(dir, now, false), true, 'none yet');
    for (const name of ['ca.crt', 'localhost.crt', 'localhost.key']) writeFileSync(join(dir, name), 'x');
    utimesSync(join(dir, 'localhost.crt'), new Date(now - 28 * 86_400_000), new Date(now - 28 * 86_400_000));
    assert.equal(needsCertificates(dir, now, false), false, '28 days old');
    assert.equal(needsCertificates(dir, now, true), true, 'forced');
    utimesSync(join(dir, 'localhost.crt'), new Date(now - 30 * 86_400_000), new Date(now - 30 * 86_400_000));
    assert.equal(needsCertificates(dir, now, false), true, '30 days old');
  });

  it("office-addin-dev-certs' generator makes the three files in a folder of our choosing, as a normal user would", async function () {
    this.timeout(60_000);
    const dir = scratchDir('sco-certs-gen-');
    const { generateCertificates } = await import('office-addin-dev-certs');
    await generateCertificates(join(dir, 'ca.crt'), join(dir, 'localhost.crt'), join(dir, 'localhost.key'), 30);
    for (const name of ['ca.crt', 'localhost.crt']) assert.match(readFileSync(join(dir, name), 'utf8'), /^-----BEGIN CERTIFICATE-----/);
    assert.match(readFileSync(join(dir, 'localhost.key'), 'utf8'), /-----BEGIN (RSA )?PRIVATE KEY-----/);
    assert.equal(existsSync(join(dir, 'ca.crt')), true);
  });
});
