import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChrome } from '../../../src/cli/print-pdf.js';
import { removeTempDirs, tempData } from '../../helpers/temp-data.js';

// Which browser `brief --format pdf` runs: CHROME_PATH, else the first name
// on PATH, folder by folder, the headless shells before the full browsers.

afterAll(removeTempDirs);

/** A new folder holding the named files: executable unless marked `-x`. */
function folder(...names: string[]): string {
  const files = names.map((entry) => (entry.endsWith(' -x') ? { name: entry.slice(0, -3), mode: 0o644 } : { name: entry, mode: 0o755 }));
  const dir = tempData(Object.fromEntries(files.map((f) => [f.name, '#!/bin/sh\n'])));
  for (const f of files) chmodSync(join(dir, f.name), f.mode);
  return dir;
}

describe('findChrome', () => {
  it('takes the headless shell before the full browser in the same folder', () => {
    const dir = folder('chromium', 'google-chrome', 'chromium-headless-shell');
    expect(findChrome({ PATH: dir })).toBe(join(dir, 'chromium-headless-shell'));
  });

  it("takes Chrome for Testing's headless shell by its own name", () => {
    const dir = folder('chrome', 'chrome-headless-shell');
    expect(findChrome({ PATH: dir })).toBe(join(dir, 'chrome-headless-shell'));
  });

  it('without a headless shell, takes chromium, then chromium-browser, then Chrome', () => {
    const dir = folder('chrome', 'google-chrome-stable', 'chromium-browser', 'chromium');
    expect(findChrome({ PATH: dir })).toBe(join(dir, 'chromium'));
    const other = folder('chrome', 'google-chrome', 'chromium-browser');
    expect(findChrome({ PATH: other })).toBe(join(other, 'chromium-browser'));
  });

  it('an earlier folder on PATH wins over a better name in a later one', () => {
    const first = folder('google-chrome');
    const second = folder('chromium-headless-shell');
    expect(findChrome({ PATH: `${first}:${second}` })).toBe(join(first, 'google-chrome'));
  });

  it('skips a file that cannot be run, and an empty PATH entry', () => {
    const first = folder('chromium-headless-shell -x');
    const second = folder('chromium');
    expect(findChrome({ PATH: `:${first}::${second}` })).toBe(join(second, 'chromium'));
  });

  it('CHROME_PATH wins, found or not; nothing on PATH is undefined', () => {
    const dir = folder('chromium-headless-shell');
    expect(findChrome({ PATH: dir, CHROME_PATH: '/opt/browser/chrome' })).toBe('/opt/browser/chrome');
    expect(findChrome({ PATH: folder('firefox') })).toBeUndefined();
    expect(findChrome({})).toBeUndefined();
  });
});
