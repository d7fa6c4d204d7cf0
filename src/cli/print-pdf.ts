import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { en } from '../i18n/en.js';
import { sayUserError } from '../i18n/errors.js';

// The headless shells first: the same Blink prints the same pages, without
// the full browser's start-up (a brief printed in 1.4 s instead of 3.1 s here).
const BROWSERS = ['chromium-headless-shell', 'chrome-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** CHROME_PATH, else the first Chromium or Chrome on PATH; undefined when there is none. */
export function findChrome(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of BROWSERS) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export const NO_CHROME = en.write.noChrome;

/**
 * Prints a self-contained HTML page to a PDF with a headless Chromium
 * installed on the machine (never one downloaded by npm). The page is written
 * to a private temporary folder, with a throwaway browser profile beside it.
 */
export function printPdf(html: string, env: Readonly<Record<string, string | undefined>>, isRoot: boolean): Uint8Array {
  const chrome = findChrome(env);
  if (chrome === undefined) throw sayUserError((w) => w.write.noChrome);
  const dir = mkdtempSync(join(tmpdir(), 'p06-brief-'));
  try {
    const page = join(dir, 'brief.html');
    const pdf = join(dir, 'brief.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      // Chromium refuses to run its sandbox as root (containers, CI).
      ...(isRoot ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    const run = spawnSync(chrome, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, windowsHide: true });
    if (run.error !== undefined) {
      const why = run.error.message;
      throw sayUserError((w) => ((run.error as NodeJS.ErrnoException).code === 'ENOENT' ? w.write.chromeMissing(chrome) : w.write.cannotRunChrome(chrome, why)));
    }
    try {
      return readFileSync(pdf);
    } catch {
      const said = run.stderr.toString('utf8').split('\n').find((l) => /error/i.test(l)) ?? `exit ${run.status ?? run.signal}`;
      throw sayUserError((w) => w.write.chromeFailed(chrome, said.trim()));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
