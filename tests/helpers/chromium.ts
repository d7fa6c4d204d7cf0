import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// One headless Chromium per test worker (CHROME_PATH, else Debian's
// `chromium-headless-shell`, else its `chromium`), driven by playwright-core,
// which never downloads a browser of its own. A launch costs seconds of CPU
// across Chromium's processes, so the brief's page checks and the Mermaid
// drawings share it; each caller opens its own context or page. Playwright
// ends the browser when the worker exits.
//
// File access between file: URLs is allowed so that the Mermaid page can
// import Mermaid's ES modules from node_modules; the brief's own page is
// checked for asking for anything beyond itself.

// The headless shell draws with the same Blink for about half the CPU of the
// full browser (chromium.test.ts: 7.5-8.7 s of Chromium's CPU against 17-19 s).
export const CHROME =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

let launched: Promise<Browser> | undefined;

export function sharedBrowser(): Promise<Browser> {
  launched ??= (async () => {
    if (CHROME === undefined) throw new Error('no Chromium: apt-get install chromium, or set CHROME_PATH');
    // Chromium refuses its sandbox as root (containers, CI).
    return chromium.launch({ executablePath: CHROME, args: ['--allow-file-access-from-files', '--disable-gpu', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
  })();
  return launched;
}
