// `npm run certs`: the development certificates without sudo. office-addin-dev-certs' `install`
// trusts its CA system-wide and so calls sudo (or an administrator prompt); this makes the same
// files in ~/.office-addin-dev-certs (the folder the dev server and office-addin-debugging read)
// and prints how to trust the CA for the current user only, on each system.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CERT_DIR = join(homedir(), '.office-addin-dev-certs');
/** office-addin-dev-certs' default validity; the certificates are made again when older. */
export const CERT_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Trusting the CA for the current user, without sudo: the commands for one system. */
export function trustSteps(platform: NodeJS.Platform, caPath: string): string[] {
  switch (platform) {
    case 'win32':
      // The current user's Root store needs no administrator (Windows asks to confirm).
      return [`certutil -user -addstore Root "${caPath}"`];
    case 'darwin':
      // The login keychain is the user's own (macOS asks for the login password, not sudo).
      return [`security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${caPath}"`];
    default:
      // Chromium, Chrome and Edge on Linux read the user's NSS database (certutil: libnss3-tools).
      return [
        'mkdir -p ~/.pki/nssdb && certutil -d sql:$HOME/.pki/nssdb -N --empty-password 2>/dev/null || true',
        `certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Developer CA for Microsoft Office Add-ins" -i "${caPath}"`,
        'Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.',
      ];
  }
}

/** Whether the certificates must be made: missing, or older than their validity. */
export function needsCertificates(dir: string, now: number, force: boolean): boolean {
  if (force) return true;
  const files = ['ca.crt', 'localhost.crt', 'localhost.key'].map((name) => join(dir, name));
  if (!files.every((file) => existsSync(file))) return true;
  return now - statSync(join(dir, 'localhost.crt')).mtimeMs > (CERT_DAYS - 1) * DAY_MS;
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const ca = join(CERT_DIR, 'ca.crt');
  if (needsCertificates(CERT_DIR, Date.now(), force)) {
    const { generateCertificates } = await import('office-addin-dev-certs');
    await generateCertificates(ca, join(CERT_DIR, 'localhost.crt'), join(CERT_DIR, 'localhost.key'), CERT_DAYS);
    process.stdout.write(`Made the development certificates in ${CERT_DIR} (valid ${CERT_DAYS} days; run this again then).\n`);
  } else {
    process.stdout.write(`The development certificates in ${CERT_DIR} are current (--force makes new ones).\n`);
  }
  process.stdout.write(
    `\nTrust the CA for your user only (no sudo), once per new CA:\n${trustSteps(process.platform, ca)
      .map((step) => `  ${step}`)
      .join('\n')}\n`,
  );
  process.stdout.write('\nThen `npm run dev-server` serves https://localhost:3000/, and `npm start` (in another terminal) sideloads the add-in.\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
