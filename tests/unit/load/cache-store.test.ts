import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDir, fileCache, hashKey } from '../../../src/load/cache-store.js';
import { sourceKeyParts } from '../../../src/load/read-sources.js';
import { isCheckedConfig, isValidation } from '../../../src/validate/cached-shapes.js';
import { removeTempDirs, tempData } from '../../helpers/temp-data.js';

afterAll(removeTempDirs);

const key = (n: number) => hashKey([String(n)]);
const anything = (v: unknown): v is unknown => true;

describe('cacheDir: a per-user folder, never the working folder', () => {
  it.each<[string, Record<string, string>, string, string | undefined]>([
    ['P06_CACHE_DIR first', { P06_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' }, '/home/u', '/c'],
    ['then XDG_CACHE_HOME', { XDG_CACHE_HOME: '/x' }, '/home/u', '/x/p06'],
    ['a relative XDG_CACHE_HOME is ignored (the XDG spec says so)', { XDG_CACHE_HOME: 'cache' }, '/home/u', '/home/u/.cache/p06'],
    ['then the home folder', {}, '/home/u', '/home/u/.cache/p06'],
    ['HOME="" is no home: no cache, not ./.cache', {}, '', undefined],
    ['a relative HOME is no home either', {}, 'relative', undefined],
  ])('%s', (_name, env, home, expected) => {
    expect(cacheDir(env, () => home)).toBe(expected);
  });

  it('a missing home is no cache, not a crash', () => {
    expect(
      cacheDir({}, () => {
        throw new Error('no passwd entry');
      }),
    ).toBeUndefined();
  });
});

describe('fileCache', () => {
  it('prunes only its own entries: a package.json or notes.json in the folder stay', () => {
    const dir = tempData({ 'package.json': '{"name": "mine"}', 'notes.json': '[]' });
    const cache = fileCache(dir);
    for (let i = 0; i < 40; i++) cache.set(key(i), i);
    const names = readdirSync(dir);
    expect(names).toContain('package.json');
    expect(names).toContain('notes.json');
    expect(names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n))).toHaveLength(32);
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{"name": "mine"}');
  });

  it('removes its temporary file when a write fails', () => {
    const dir = tempData({});
    // The entry's name is taken by a folder: the rename fails after the temporary file was written.
    mkdirSync(join(dir, `${key(1)}.json`));
    fileCache(dir).set(key(1), { big: 'x'.repeat(1000) });
    expect(readdirSync(dir)).toEqual([`${key(1)}.json`]);
  });

  it('removes the temporary files of writes that never finished, once they are old', () => {
    const dir = tempData({});
    const stale = `.${key(9)}.123.abcdef01.tmp`;
    const fresh = `.${key(8)}.124.abcdef02.tmp`;
    writeFileSync(join(dir, stale), '{"half');
    writeFileSync(join(dir, fresh), '{"half');
    utimesSync(join(dir, stale), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    fileCache(dir).set(key(1), 1);
    expect(readdirSync(dir).sort()).toEqual([fresh, `${key(1)}.json`].sort());
  });

  it('a value of the wrong shape is a miss', () => {
    const dir = tempData({});
    const cache = fileCache(dir);
    cache.set(key(1), { tasks: 'not a list' });
    expect(cache.get(key(1), anything)).toEqual({ tasks: 'not a list' });
    expect(cache.get(key(1), isValidation)).toBeUndefined();
  });

  it('a folder anyone may write is not used at all', () => {
    const open = tempData({});
    const dir = join(open, 'cache');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const cache = fileCache(dir);
    cache.set(key(1), 1);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, `${key(2)}.json`), JSON.stringify({ format: 1, key: key(2), value: 2 }));
    expect(cache.get(key(2), anything)).toBeUndefined();
  });

  it('makes its folder readable by the user alone', () => {
    const dir = join(tempData({}), 'new', 'p06');
    fileCache(dir).set(key(1), 1);
    expect(existsSync(dir)).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});

describe('cache keys', () => {
  it('an empty file and an unreadable file have different keys', () => {
    const empty = hashKey(sourceKeyParts({ file: 'data/a.yaml', size: 0, bytes: new Uint8Array() }));
    const unreadable = hashKey(sourceKeyParts({ file: 'data/a.yaml', size: 0, error: 'EACCES' }));
    const otherError = hashKey(sourceKeyParts({ file: 'data/a.yaml', size: 0, error: 'EISDIR' }));
    expect(new Set([empty, unreadable, otherError]).size).toBe(3);
  });
});

describe('cached shapes: what a run believes of an entry', () => {
  const task = { id: 'A-1', ministry: 'A', title: 't', owner: 'o', status: 'in_progress', dependsOn: [], coordinating: [], extensions: [], file: 'f', line: 1, index: 0 };
  const valid = { ministries: [{ code: 'A', name: 'A', file: 'f', line: 1 }], tasks: [task], files: [{ file: 'f', tasks: 1, errors: 0, warnings: 0 }], problems: [] };

  it.each<[string, unknown, boolean]>([
    ['a whole validation', valid, true],
    ['tasks not a list', { ...valid, tasks: 'x' }, false],
    ['a task without an id', { ...valid, tasks: [{ ...task, id: undefined }] }, false],
    ['a status that is not one', { ...valid, tasks: [{ ...task, status: 'overdue' }] }, false],
    ['a deadline with text but no due day', { ...valid, tasks: [{ ...task, deadline: { text: '2024' } }] }, false],
    ['a due day that is not a whole number', { ...valid, tasks: [{ ...task, deadline: { text: '2024', due: 1.5 } }] }, false],
    ['dependencies that are not text', { ...valid, tasks: [{ ...task, dependsOn: [1] }] }, false],
    ['a problem with an unknown rule', { ...valid, problems: [{ file: 'f', line: 1, column: 1, severity: 'error', rule: 'made-up', message: 'm' }] }, false],
    ['null', null, false],
  ])('%s → %s', (_name, value, ok) => {
    expect(isValidation(value)).toBe(ok);
  });

  it.each<[string, unknown, boolean]>([
    ['settings and problems', { settings: { atRiskDays: 14, maxFileBytes: 1024, agencies: { SBV: 'State Bank' }, requireLeader: false, escalateAfterDays: 90 }, problems: [] }, true],
    ['agencies with a number for a name', { settings: { atRiskDays: 14, maxFileBytes: 1024, agencies: { SBV: 1 }, requireLeader: false, escalateAfterDays: 90 }, problems: [] }, false],
    ['no size limit', { settings: { atRiskDays: 14, agencies: {} }, problems: [] }, false],
  ])('config: %s → %s', (_name, value, ok) => {
    expect(isCheckedConfig(value)).toBe(ok);
  });
});
