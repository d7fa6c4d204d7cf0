import { YAML_FILE } from './find-data-files.js';
import { spawnSync } from 'node:child_process';
import { posix, relative, sep } from 'node:path';
import type { SourceFile } from './read-sources.js';

// The one module that asks git. A revision is read from git's object database
// (ls-tree, then one cat-file --batch for every file), never by checking
// anything out: the working tree and the index stay untouched, so a review
// runs on a dirty clone and in CI alike. git is spawned with argument arrays,
// never through a shell.

export interface GitRevisionRequest {
  /** The working directory: display paths are relative to it, as for files read from disk. */
  cwd: string;
  /** Absolute path of the data directory in the working tree; the same path is read at the revision. */
  dataDir: string;
  /** A revision as the user wrote it: a branch, tag, commit, origin/main, HEAD~1... */
  rev: string;
  maxBytes: number;
}

/** The data files at a revision, or a one-line message for the user. */
export type GitRevision = { ok: true; commit: string; sources: SourceFile[] } | { ok: false; message: string };

// Regular files only: 120000 is a symbolic link (not followed, as on disk), 160000 a submodule.
const REGULAR_FILE = new Set(['100644', '100755']);
const LS_TREE_ENTRY = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t([^]*)$/;

export function readGitRevision(request: GitRevisionRequest): GitRevision {
  const { cwd, rev } = request;
  const where = git(cwd, ['rev-parse', '--show-prefix']);
  if (!where.ok) {
    return { ok: false, message: where.notFound ? where.message : `this directory is not in a git repository, and p06 review compares git revisions (git: ${where.message})` };
  }
  const prefix = where.stdout.toString('utf8').trim();

  const commit = resolveCommit(cwd, rev);
  if (!commit.ok) return commit;

  const inRepo = posix.normalize(posix.join(prefix, toPosix(relative(cwd, request.dataDir))));
  if (inRepo === '..' || inRepo.startsWith('../') || posix.isAbsolute(inRepo)) {
    return { ok: false, message: `the data directory ${toPosix(relative(cwd, request.dataDir)) || '.'} is outside this git repository` };
  }
  const treeish = inRepo === '.' ? `${commit.sha}^{tree}` : `${commit.sha}:${inRepo}`;
  // No data directory at that revision (the pull request adds the first file): an empty dataset.
  const type = git(cwd, ['cat-file', '-t', treeish]);
  if (!type.ok || type.stdout.toString('utf8').trim() !== 'tree') return { ok: true, commit: commit.sha, sources: [] };

  const listing = git(cwd, ['ls-tree', '--full-tree', '-r', '-z', '-l', treeish]);
  if (!listing.ok) return { ok: false, message: `cannot list ${inRepo} at ${rev}: ${listing.message}` };

  const here = `/${prefix.replace(/\/$/, '')}`;
  const displayOf = (path: string) => posix.relative(here, posix.join('/', inRepo, path)) || '.';
  const wanted: { file: string; size: number; oid: string }[] = [];
  const sources: SourceFile[] = [];
  for (const entry of listing.stdout.toString('utf8').split('\0')) {
    const m = LS_TREE_ENTRY.exec(entry);
    if (!m || m[2] !== 'blob' || !REGULAR_FILE.has(m[1]!)) continue;
    const path = m[5]!;
    if (!YAML_FILE.test(path.slice(path.lastIndexOf('/') + 1))) continue;
    const file = displayOf(path);
    const size = Number(m[4]);
    // Like the disk reader: a file over the limit is only measured, never read whole.
    if (size > request.maxBytes) sources.push({ file, size });
    else wanted.push({ file, size, oid: m[3]! });
  }

  if (wanted.length > 0) {
    const total = wanted.reduce((n, w) => n + w.size + w.oid.length + 32, 0);
    const batch = git(cwd, ['cat-file', '--batch'], Buffer.from(wanted.map((w) => `${w.oid}\n`).join('')), total + 1024 * 1024);
    if (!batch.ok) return { ok: false, message: `cannot read the files of ${rev}: ${batch.message}` };
    const blobs = splitBatch(batch.stdout);
    for (const w of wanted) {
      const bytes = blobs.get(w.oid);
      if (bytes !== undefined) sources.push({ file: w.file, size: bytes.length, bytes });
    }
  }
  sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: true, commit: commit.sha, sources };
}

function resolveCommit(cwd: string, rev: string): { ok: true; sha: string } | { ok: false; message: string } {
  // A name that git could read as an option is never passed to it.
  const plausible = rev !== '' && !rev.startsWith('-') && !/[\0\n\r]/.test(rev);
  const found = plausible ? git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]) : undefined;
  if (found?.ok) return { ok: true, sha: found.stdout.toString('utf8').trim() };
  if (found !== undefined && !found.ok && found.notFound) return found;
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']);
  const name = JSON.stringify(rev);
  if (shallow.ok && shallow.stdout.toString('utf8').trim() === 'true') {
    return { ok: false, message: `unknown revision ${name}: this clone is shallow and may not have it; fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)` };
  }
  return { ok: false, message: `unknown revision ${name}: name a branch, tag or commit this clone has (git fetch first for a remote branch such as origin/main)` };
}

/** `git cat-file --batch` output: per object "<oid> <type> <size>\n<bytes>\n", or "<oid> missing\n". */
function splitBatch(out: Buffer): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const [oid, type, size] = out.subarray(at, eol).toString('latin1').split(' ');
    at = eol + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    if (type === 'blob') blobs.set(oid!, new Uint8Array(out.subarray(at, at + n)));
    at += n + 1;
  }
  return blobs;
}

type GitRun = { ok: true; stdout: Buffer } | { ok: false; message: string; notFound: boolean };

function git(cwd: string, args: string[], input?: Buffer, maxBuffer = 64 * 1024 * 1024): GitRun {
  const run = spawnSync('git', args, { cwd, input, maxBuffer, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  if (run.error !== undefined) {
    const notFound = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, notFound, message: notFound ? 'git is not installed (or not on PATH); p06 review reads revisions through git' : `git ${args[0]} failed: ${run.error.message}` };
  }
  if (run.status !== 0) {
    const said = run.stderr.toString('utf8').split('\n').find((l) => l.trim() !== '');
    return { ok: false, notFound: false, message: said?.trim() ?? `git ${args[0]} exited with ${run.status ?? run.signal}` };
  }
  return { ok: true, stdout: run.stdout };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
