import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirs } from '../../../src/load/make-dirs.js';

const root = mkdtempSync(join(tmpdir(), 'p06-make-dirs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('makeDirs', () => {
  it('makes every missing level, and is happy when they exist', () => {
    const dir = join(root, 'a', 'b', 'c');
    makeDirs(dir);
    makeDirs(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('throws where a file stands in the way', () => {
    writeFileSync(join(root, 'file'), '');
    expect(() => makeDirs(join(root, 'file'))).toThrow(/EEXIST/);
    expect(() => makeDirs(join(root, 'file', 'below'))).toThrow(/ENOTDIR/);
  });

  // mkdirSync(…, { recursive: true }) spins forever on these (Node 20).
  it.runIf(process.platform === 'linux')('throws, rather than hanging, under /proc', () => {
    expect(() => makeDirs('/proc/p06-nope')).toThrow(/ENOENT/);
    expect(() => makeDirs('/proc/p06-nope/deeper/still')).toThrow(/ENOENT/);
  });
});
