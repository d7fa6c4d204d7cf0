import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listRevision, locateRevision, readGitFile, readGitRevision, type RevisionListing } from '../../../src/load/read-git-revision.js';
import { revisionWords } from '../../../src/cli/revision-error.js';
import { en } from '../../../src/i18n/en.js';
import { removeTempDirs, tempData, writeFiles, type FileMap } from '../../helpers/temp-data.js';
import { gitRunsOf } from '../../helpers/git-runs.js';
import { runMain } from '../../helpers/run-main.js';
import { commitSteps, gitSteps, INIT } from '../../helpers/git-script.js';

afterAll(removeTempDirs);

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' }).trim();

function repo(files: FileMap, prepare?: (dir: string) => void): { dir: string; sha: string } {
  const dir = tempData(files);
  const commit = [...commitSteps('c'), ['rev-parse', 'HEAD']];
  if (prepare === undefined) return { dir, sha: gitSteps(dir, [INIT, ...commit]) };
  gitSteps(dir, [INIT]);
  prepare(dir);
  return { dir, sha: gitSteps(dir, commit) };
}

const read = (dir: string, extra: { maxTotal?: number; data?: string; onObject?: (oid: string) => void } = {}) =>
  readGitRevision({
    cwd: dir,
    dataDir: join(dir, extra.data ?? 'data'),
    rev: 'HEAD',
    maxBytes: 1 << 20,
    ...(extra.maxTotal ? { maxTotal: extra.maxTotal } : {}),
    ...(extra.onObject ? { onObject: extra.onObject } : {}),
  });

describe('readGitRevision: only a missing data folder is an empty dataset', () => {
  it('a missing folder: no data yet', async () => {
    const { dir } = repo({ 'README.md': 'x\n' });
    expect(await read(dir)).toMatchObject({ ok: true, sources: [] });
  });

  it('a committed symbolic link in place of the folder is an error, not an empty base', async () => {
    const { dir } = repo({ 'real/a.yaml': 'x: 1\n' }, (d) => symlinkSync('real', join(d, 'data')));
    const r = await read(dir);
    expect(r).toEqual({ ok: false, why: 'not-a-folder', path: 'data', rev: 'HEAD', kind: 'link' });
    if (!r.ok) expect(revisionWords(r, en)).toBe('data at HEAD is a symbolic link, not a folder; p06 reads the data folder itself (commit the files, not a link to them)');
  });

  it('a linked parent folder is seen too', async () => {
    const { dir } = repo({ 'real/data/a.yaml': 'x: 1\n' }, (d) => symlinkSync('real', join(d, 'sub')));
    expect(await read(dir, { data: 'sub/data' })).toEqual({ ok: false, why: 'not-a-folder', path: 'sub', rev: 'HEAD', kind: 'link' });
  });

  it('a submodule in place of the folder is an error', async () => {
    const { dir, sha } = repo({ 'README.md': 'x\n' });
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${sha},data`);
    git(dir, 'commit', '-q', '--no-verify', '-m', 'submodule');
    expect(await read(dir)).toEqual({ ok: false, why: 'not-a-folder', path: 'data', rev: 'HEAD', kind: 'submodule' });
  });

  it('a file in place of the folder is an error', async () => {
    const { dir } = repo({ data: 'not a folder\n' });
    expect(await read(dir)).toEqual({ ok: false, why: 'not-a-folder', path: 'data', rev: 'HEAD', kind: 'file' });
  });

  it('a file on the way to the folder is named, not taken for a missing folder', async () => {
    const { dir } = repo({ sub: 'a file\n' });
    expect(await read(dir, { data: 'sub/data' })).toEqual({ ok: false, why: 'not-a-folder', path: 'sub', rev: 'HEAD', kind: 'file' });
  });

  it('a folder on the way that lacks the data folder: no data yet', async () => {
    const { dir } = repo({ 'sub/other/a.yaml': 'x: 1\n' });
    expect(await read(dir, { data: 'sub/data' })).toMatchObject({ ok: true, sources: [] });
  });

  it('a folder whose name holds pattern characters is read by its name alone', async () => {
    const { dir } = repo({ 'd[x]/a.yaml': 'x: 1\n', 'dx/b.yaml': 'x: 2\n', 'd[x]2/c.yaml': 'x: 3\n' });
    const r = await read(dir, { data: 'd[x]' });
    expect(r.ok && r.sources.map((f) => f.file)).toEqual(['d[x]/a.yaml']);
  });
});

describe('locateRevision: the working folder in its repository and the commit, from one git run', () => {
  it('gives the prefix of a folder below the top and the full commit id', () => {
    const { dir, sha } = repo({ 'sub/keep': '' });
    expect(locateRevision(join(dir, 'sub'), 'main')).toEqual({ ok: true, prefix: 'sub/', sha });
    expect(locateRevision(dir, 'HEAD')).toEqual({ ok: true, prefix: '', sha });
  });

  it('a folder whose name holds a line break or spaces at its ends keeps its name', () => {
    const { dir, sha } = repo({ ' two\nlines /keep': '' });
    expect(locateRevision(join(dir, ' two\nlines '), 'main')).toEqual({ ok: true, prefix: ' two\nlines /', sha });
  });

  it('an unknown revision, a name git would read as an option, and a folder outside any repository are told apart', () => {
    const { dir } = repo({ 'a.txt': '' });
    expect(locateRevision(dir, 'origin/nope')).toEqual({ ok: false, why: 'unknown-revision', rev: 'origin/nope', shallow: false });
    expect(locateRevision(dir, '--all')).toEqual({ ok: false, why: 'unknown-revision', rev: '--all', shallow: false });
    const outside = tempData({ 'a.txt': '' });
    const r = locateRevision(outside, 'main');
    expect(r).toMatchObject({ ok: false, why: 'not-a-repository' });
    expect(!r.ok && r.why === 'not-a-repository' && r.git).toMatch(/^fatal: not a git repository/);
  });
});

describe('readGitRevision: one blob under many names', () => {
  const blob = 'ministry: {code: B, name: B}\ntasks: []\n' + '#'.repeat(1000) + '\n';
  const many = (n: number): FileMap => Object.fromEntries(Array.from({ length: n }, (_, i) => [`data/d${String(i).padStart(2, '0')}/b.yaml`, blob]));

  it('reads the object once and shares its bytes between the names', async () => {
    const { dir } = repo({ ...many(20), 'data/other.yaml': 'ministry: {code: O, name: O}\ntasks: []\n' });
    const reads: string[] = [];
    const r = await read(dir, { onObject: (oid) => reads.push(oid) });
    if (!r.ok) throw new Error(r.why);
    expect(r.sources).toHaveLength(21);
    // Two objects, each read once from git's stream, though one of them has 20 names.
    expect(reads).toHaveLength(2);
    expect(new Set(reads).size).toBe(2);
    const shared = r.sources.filter((s) => s.file.endsWith('/b.yaml'));
    expect(new Set(shared.map((s) => s.bytes)).size).toBe(1);
    expect(Buffer.from(shared[0]!.bytes!).toString()).toBe(blob);
  });

  it('past the total limit, counting every name, the revision is not read: one line names it and the limit', async () => {
    const { dir } = repo(many(20));
    const reads: string[] = [];
    const r = await read(dir, { maxTotal: 5 * blob.length, onObject: (oid) => reads.push(oid) });
    expect(r).toEqual({ ok: false, why: 'over-total', rev: 'HEAD', total: 20 * blob.length, files: 20, maxTotal: 5 * blob.length, side: false });
    if (!r.ok) {
      expect(revisionWords(r, en)).toBe(
        `the data files at HEAD come to ${((20 * blob.length) / 1024).toFixed(1)} KiB in 20 files (a file committed under several names counts once per name), over the ${((5 * blob.length) / 1024).toFixed(1)} KiB p06 reads of one revision`,
      );
    }
    expect(reads).toEqual([]);
  });

  it('a file over max_file_bytes is measured, not read, and does not count toward the total', async () => {
    const { dir } = repo({ ...many(3), 'data/huge.yaml': 'x'.repeat(5000) });
    const reads: string[] = [];
    const r = await readGitRevision({ cwd: dir, dataDir: join(dir, 'data'), rev: 'HEAD', maxBytes: 4000, maxTotal: 4 * blob.length, onObject: (oid) => reads.push(oid) });
    if (!r.ok) throw new Error(r.why);
    expect(r.sources.map((s) => [s.file, s.size, s.bytes === undefined])).toEqual([
      ['data/d00/b.yaml', blob.length, false],
      ['data/d01/b.yaml', blob.length, false],
      ['data/d02/b.yaml', blob.length, false],
      ['data/huge.yaml', 5000, true],
    ]);
    expect(reads).toHaveLength(1);
  });
});

describe('readGitRevision: a blob this clone lacks', () => {
  it('is named as missing, not left out (git lists its size as BAD)', async () => {
    const { dir } = repo({ 'data/a.yaml': 'ministry: {code: A, name: A}\ntasks: []\n', 'data/b.yaml': 'ministry: {code: B, name: B}\ntasks: []\n' });
    const oid = git(dir, 'rev-parse', 'HEAD:data/b.yaml');
    rmSync(join(dir, '.git/objects', oid.slice(0, 2), oid.slice(2)));
    const r = await read(dir);
    if (!r.ok) throw new Error(r.why);
    expect(r.sources.map((s) => [s.file, s.error])).toEqual([
      ['data/a.yaml', undefined],
      ['data/b.yaml', 'missing from this clone'],
    ]);
  });
});

describe('readGitFile', () => {
  it('reads one file at a commit, or nothing when it is not there', () => {
    const { dir, sha } = repo({ 'p06.yaml': 'data: old\n', 'sub/keep': '' });
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'p06.yaml'), 'data: new\n');
    const r = readGitFile(join(dir, 'sub'), { prefix: 'sub/', sha }, join(dir, 'p06.yaml'), 1000);
    expect(r.ok && r.source && Buffer.from(r.source.bytes!).toString()).toBe('data: old\n');
    expect(r.ok && r.source?.file).toBe('../p06.yaml');
    const top = { prefix: '', sha };
    expect(readGitFile(dir, top, join(dir, 'other.yaml'), 1000)).toEqual({ ok: true });
    expect(readGitFile(dir, top, join(dir, 'p06.yaml'), 5)).toEqual({ ok: true, source: { file: 'p06.yaml', size: 10 } });
  });

  it('a folder or a link where the file should be is named', () => {
    const { dir, sha } = repo({ 'p06.yaml/inside': 'x\n', 'cfg.yaml': 'data: d\n' }, (d) => symlinkSync('cfg.yaml', join(d, 'link.yaml')));
    const top = { prefix: '', sha };
    expect(readGitFile(dir, top, join(dir, 'p06.yaml'), 1000)).toEqual({ ok: false, why: 'not-a-file', path: 'p06.yaml', rev: sha.slice(0, 12), kind: 'folder' });
    expect(readGitFile(dir, top, join(dir, 'link.yaml'), 1000)).toEqual({ ok: false, why: 'not-a-file', path: 'link.yaml', rev: sha.slice(0, 12), kind: 'link' });
  });
});

describe('listRevision: the configuration file and the data folder from one ls-tree', () => {
  const TASKS = 'ministry: {code: AA, name: A}\ntasks:\n  - {id: AA-1, title: T, owner: O, deadline: 2030, status: in_progress, result: R}\n';

  it('answers each path as listing it alone does, folders, links and missing paths included', async () => {
    const { dir, sha } = repo({ 'p06.yaml': 'data: data\n', 'data/a.yaml': TASKS, 'data/sub/b.yaml': TASKS, 'real/c.yaml': TASKS }, (d) => symlinkSync('real', join(d, 'linked')));
    const at = { prefix: '', sha };
    let listing: RevisionListing | undefined;
    expect(await gitRunsOf(async () => (listing = listRevision(dir, at, [join(dir, 'p06.yaml'), join(dir, 'data')])))).toEqual(['ls-tree --full-tree']);
    expect(await gitRunsOf(async () => [listing!.at('p06.yaml'), listing!.at('data')])).toEqual([]);
    // A path under a link or a missing folder takes one more run to say what is on the way, as alone.
    const paths = ['p06.yaml', 'data', 'linked/data', 'nothing/here'];
    listing = listRevision(dir, at, paths.map((p) => join(dir, p)));
    for (const path of paths) expect(listing.at(path), path).toEqual(listRevision(dir, at, [join(dir, path)]).at(path));
    expect(listing!.at('linked/data')).toMatchObject({ ok: true, kind: 'link', path: 'linked' });
    expect(listing!.at('nothing/here')).toMatchObject({ ok: true, kind: 'missing' });
    // A path it was not made for is listed when asked.
    expect(await gitRunsOf(async () => expect(listing!.at('real')).toMatchObject({ ok: true, kind: 'tree' }))).toEqual(['ls-tree --full-tree']);
  });

  it('a review reads the base in four git runs; a base that configures another folder lists that one too', async () => {
    const { dir } = repo({ 'p06.yaml': 'data: data\n', 'data/a.yaml': TASKS });
    const review = (cwd: string) => gitRunsOf(async () => expect((await runMain(['review', '--base', 'HEAD', '--as-of', '2024-07-01'], { cwd })).exitCode).toBe(0));
    expect(await review(dir)).toEqual(['rev-parse --show-prefix', 'ls-tree --full-tree', 'cat-file blob', 'cat-file --batch']);
    // The base read its data from old/, as its own p06.yaml says: AA-1 is there, so nothing was removed.
    const moved = repo({ 'p06.yaml': 'data: old\n', 'old/a.yaml': TASKS });
    rmSync(join(moved.dir, 'old'), { recursive: true });
    writeFiles(moved.dir, { 'p06.yaml': 'data: data\n', 'data/a.yaml': TASKS });
    expect(await review(moved.dir)).toEqual(['rev-parse --show-prefix', 'ls-tree --full-tree', 'cat-file blob', 'ls-tree --full-tree', 'cat-file --batch']);
  });
});
