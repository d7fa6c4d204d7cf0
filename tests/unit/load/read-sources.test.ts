import { mkdirSync, symlinkSync } from 'node:fs';
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
