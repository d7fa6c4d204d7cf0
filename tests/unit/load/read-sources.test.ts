import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConfig } from '../../../src/load/find-config.js';
import { findDataFiles } from '../../../src/load/find-data-files.js';
import { displayPath, isDirectory, readDataDir, readSource } from '../../../src/load/read-sources.js';
import { removeTempDirs, tempData } from '../../helpers/temp-data.js';

let root: string;

beforeAll(() => {
  root = tempData({
    'p06.yaml': 'timezone: UTC\n',
    'data/moj.yaml': 'ministry: {code: MOJ, name: Justice}\ntasks: []\n',
    'data/provinces/thanhhoa.yml': 'x: 1\n',
    'data/UPPER.YAML': 'x: 1\n',
    'data/notes.txt': 'not data\n',
    'data/moj.yaml.bak': 'not data\n',
    'data/deep/er/mof.yaml': 'x: 1\n',
    'elsewhere/outside.yaml': 'x: 1\n',
    'sub/dir/keep.txt': '',
  });
  // Symbolic links are not followed: one to a file, one to a folder outside, one that loops.
  symlinkSync(join(root, 'data/moj.yaml'), join(root, 'data/link.yaml'));
  symlinkSync(join(root, 'elsewhere'), join(root, 'data/elsewhere'));
  symlinkSync(join(root, 'data'), join(root, 'data/loop'));
  mkdirSync(join(root, 'data/empty-folder'));
});

afterAll(removeTempDirs);

describe('findDataFiles', () => {
  it('finds *.yaml and *.yml recursively, in a stable order, without following links', () => {
    const found = findDataFiles(join(root, 'data')).map((path) => displayPath(root, path));
    expect(found).toEqual(['data/UPPER.YAML', 'data/deep/er/mof.yaml', 'data/moj.yaml', 'data/provinces/thanhhoa.yml']);
  });
});

describe('readSource and readDataDir', () => {
  it('reads the bytes and names the file relative to the working directory, with /', () => {
    const source = readSource(join(root, 'data/moj.yaml'), root, 1000);
    expect(source.file).toBe('data/moj.yaml');
    expect(source.size).toBe(47);
    expect(Buffer.from(source.bytes!).toString('utf8')).toBe('ministry: {code: MOJ, name: Justice}\ntasks: []\n');
  });

  it('only measures a file over the limit', () => {
    expect(readSource(join(root, 'data/moj.yaml'), root, 46)).toEqual({ file: 'data/moj.yaml', size: 47 });
  });

  it('names files from another working directory with ../', () => {
    const names = readDataDir(join(root, 'data'), join(root, 'sub/dir'), 1000).map((s) => s.file);
    expect(names).toEqual(['../../data/UPPER.YAML', '../../data/deep/er/mof.yaml', '../../data/moj.yaml', '../../data/provinces/thanhhoa.yml']);
  });

  it.each([
    ['data', true],
    ['data/moj.yaml', false],
    ['missing', false],
  ])('isDirectory(%j) → %j', (path, expected) => {
    expect(isDirectory(join(root, path))).toBe(expected);
  });
});

describe('findConfig', () => {
  it.each([
    ['.', 'p06.yaml'],
    ['data', 'p06.yaml'],
    ['sub/dir', 'p06.yaml'],
  ])('from %j finds %j', (from, expected) => {
    expect(findConfig(join(root, from))).toBe(join(root, expected));
  });
});

describe('findConfig stays inside what the user controls (CVE-2022-24765)', () => {
  const me = { uid: 1000 };
  const tree = (files: Record<string, string>, owners: Record<string, number> = {}, modes: Record<string, number> = {}) => {
    const dir = tempData(files);
    for (const [path, uid] of Object.entries({ '.': 1000, ...owners })) chownSync(join(dir, path), uid, uid);
    for (const [path, mode] of Object.entries(modes)) chmodSync(join(dir, path), mode);
    return dir;
  };

  it('stops at the repository root: a p06.yaml above the folder holding .git is not used', () => {
    const dir = tree({ 'p06.yaml': 'data: /\n', 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/src/keep': '' }, { repo: 1000, 'repo/src': 1000, 'p06.yaml': 1000 });
    expect(findConfig(join(dir, 'repo/src'), me)).toBeUndefined();
    writeFileSync(join(dir, 'repo/p06.yaml'), 'data: data\n');
    chownSync(join(dir, 'repo/p06.yaml'), 1000, 1000);
    expect(findConfig(join(dir, 'repo/src'), me)).toBe(join(dir, 'repo/p06.yaml'));
  });

  it('does not climb into a folder anyone may write (/tmp), nor take a p06.yaml another user owns', () => {
    const dir = tree({ 'p06.yaml': 'data: /\n', 'work/project/keep': '' }, { work: 1000, 'work/project': 1000, 'p06.yaml': 2000 }, { '.': 0o1777 });
    chownSync(join(dir, '.'), 0, 0);
    expect(findConfig(join(dir, 'work/project'), me)).toBeUndefined();
    // Another user's file in a folder of the user's own is not taken either.
    writeFileSync(join(dir, 'work/p06.yaml'), 'data: /\n');
    chownSync(join(dir, 'work/p06.yaml'), 2000, 2000);
    expect(findConfig(join(dir, 'work/project'), me)).toBeUndefined();
    chownSync(join(dir, 'work/p06.yaml'), 1000, 1000);
    expect(findConfig(join(dir, 'work/project'), me)).toBe(join(dir, 'work/p06.yaml'));
  });

  it('does not climb into a folder another user owns', () => {
    const dir = tree({ 'p06.yaml': 'x: 1\n', 'home/me/keep': '' }, { '.': 2000, home: 0, 'home/me': 1000, 'p06.yaml': 2000 });
    expect(findConfig(join(dir, 'home/me'), me)).toBeUndefined();
  });
});

describe('readSource: only regular files are read', () => {
  it('a FIFO is refused at once (it would wait for a writer forever)', () => {
    const dir = tempData({});
    execFileSync('mkfifo', [join(dir, 'p06.yaml')]);
    expect(readSource(join(dir, 'p06.yaml'), dir, 1000)).toEqual({ file: 'p06.yaml', size: 0, error: 'not a regular file' });
  });

  it('a folder is refused', () => {
    const dir = tempData({ 'p06.yaml/x': '' });
    expect(readSource(join(dir, 'p06.yaml'), dir, 1000)).toEqual({ file: 'p06.yaml', size: 0, error: 'not a regular file' });
  });
});

describe('readDataDir: what cannot be read is named, never dropped', () => {
  it('a file name that is not UTF-8 is reported under a readable name, not as ENOENT under a mangled one', () => {
    const dir = tempData({ 'data/ok.yaml': 'x: 1\n' });
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'data') + '/bad'), Buffer.from([0xff, 0xfe]), Buffer.from('.yaml')]), 'x: 1\n');
    const sources = readDataDir(join(dir, 'data'), dir, 1000);
    expect(sources.map((s) => [s.file, s.error])).toEqual([
      ['data/bad\\xFF\\xFE.yaml', 'the file name is not valid UTF-8; rename the file'],
      ['data/ok.yaml', undefined],
    ]);
  });

  it('stops reading once the files together pass the total limit: the rest are named as unread', () => {
    const dir = tempData({ 'data/a.yaml': 'a'.repeat(600), 'data/b.yaml': 'b'.repeat(600), 'data/c.yaml': 'c'.repeat(10) });
    const sources = readDataDir(join(dir, 'data'), dir, 1000, 1000);
    expect(sources.map((s) => [s.file, s.size, s.bytes?.length, s.error])).toEqual([
      ['data/a.yaml', 600, 600, undefined],
      ['data/b.yaml', 600, undefined, 'the data files together are over 1000 bytes, the most p06 reads in one run'],
      ['data/c.yaml', 10, 10, undefined],
    ]);
  });
});
