import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openGitHistory, type HistoryFile } from '../../../src/load/read-git-history.js';
import type { SourceFile } from '../../../src/load/read-sources.js';
import { removeTempDirs, tempData, type FileMap } from '../../helpers/temp-data.js';
import { gitSteps, newRepository } from '../../helpers/git-script.js';

afterAll(removeTempDirs);


function repo(files: FileMap): string {
  const dir = tempData(files);
  gitSteps(dir, newRepository('c'));
  return dir;
}

describe('openGitHistory: blobs streamed, each read once', () => {
  const blob = 'ministry: {code: B, name: B}\ntasks: []\n' + '#'.repeat(3000) + '\n';
  const files: FileMap = { 'data/huge.yaml': 'x'.repeat(9000), 'data/other.yaml': 'ministry: {code: O, name: O}\ntasks: []\n' };
  for (let i = 0; i < 30; i++) files[`data/d${String(i).padStart(2, '0')}.yaml`] = blob;

  it('hands every name its source, one buffer per blob, in one cat-file run; a file over the limit is only measured', async () => {
    const dir = repo(files);
    const opened = openGitHistory({ cwd: dir, dataDir: join(dir, 'data') });
    if (!opened.ok) throw new Error(opened.message);
    const { history } = opened;
    const sha = history.commits[0]!.sha;
    const at = (await history.filesAt([sha])).get(sha)!;
    expect(at).toHaveLength(32);
    const taken: [HistoryFile, SourceFile][] = [];
    const trace = join(dir, 'git-trace');
    process.env.GIT_TRACE = trace;
    try {
      expect(await history.read(at, 5000, (f, s) => taken.push([f, s]))).toEqual({ ok: true });
    } finally {
      delete process.env.GIT_TRACE;
    }
    // git's own trace: one size check and one content stream for the 32 names.
    const runs = readFileSync(trace, 'utf8').split('\n').filter((l) => /git cat-file --batch/.test(l)).map((l) => l.replace(/^.*git cat-file/, 'cat-file'));
    expect(runs).toEqual(['cat-file --batch-check', 'cat-file --batch']);
    expect(taken).toHaveLength(32);
    const copies = taken.filter(([f]) => /d\d\d\.yaml$/.test(f.file));
    // One buffer for the 30 names: the blob was read from git once.
    expect(new Set(copies.map(([, s]) => s.bytes)).size).toBe(1);
    expect(Buffer.from(copies[0]![1].bytes!).toString()).toBe(blob);
    // The names of one blob come one after another (the validator parses the blob once for them all).
    const order = taken.map(([f]) => f.oid);
    const firstCopy = order.indexOf(copies[0]![0].oid);
    expect(order.slice(firstCopy, firstCopy + 30).every((oid) => oid === copies[0]![0].oid)).toBe(true);
    expect(taken.find(([f]) => f.file === 'data/huge.yaml')![1]).toEqual({ file: 'data/huge.yaml', size: 9000 });
    expect(history.sizes([copies[0]![0].oid]).get(copies[0]![0].oid)).toBe(blob.length);
  });
});

describe('openGitHistory: where the folder is', () => {
  it('a folder whose name has spaces at its ends keeps its name, and its data is found', async () => {
    const dir = repo({ ' spaced /data/a.yaml': 'ministry: {code: A, name: A}\ntasks: []\n' });
    const cwd = join(dir, ' spaced ');
    const opened = openGitHistory({ cwd, dataDir: join(cwd, 'data') });
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.history.shallow).toBe(false);
    const sha = opened.history.commits[0]!.sha;
    expect((await opened.history.filesAt([sha])).get(sha)!.map((f) => f.file)).toEqual(['data/a.yaml']);
  });
});
