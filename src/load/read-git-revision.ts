import { YAML_FILE } from './find-data-files.js';
import { posix, relative } from 'node:path';
import { MAX_TOTAL_BYTES, type SourceFile } from './read-sources.js';
import { streamObjects } from './stream-blobs.js';
import { runGit, toPosix, type GitRun } from './run-git.js';

// The one module that asks git. A revision is read from git's object database
// (ls-tree, then one streamed cat-file --batch for every object), never by checking
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
  /** The most bytes read from the revision in all (default MAX_TOTAL_BYTES). */
  maxTotal?: number;
  /** The revision is one side of a review (said when the files are past maxTotal). */
  side?: boolean;
  /** Told each object id as its content is read (tests count the reads). */
  onObject?: (oid: string) => void;
}

/** What a path at a revision is, when it is not what p06 reads. */
export type PathKind = 'link' | 'submodule' | 'file' | 'folder';

/**
 * Why a revision (or a file at it) was not read: a reason and its facts, for
 * the CLI to word in the reader's language; `git` is git's own line, as it said it.
 */
export type RevisionFailure =
  | { why: 'no-git' }
  | { why: 'not-a-repository'; git: string }
  | { why: 'unknown-revision'; rev: string; shallow: boolean }
  | { why: 'outside'; dir: string }
  | { why: 'git-failed'; step: 'path' | 'list' | 'files' | 'file'; path: string; rev: string; git: string }
  | { why: 'not-a-folder'; path: string; rev: string; kind: PathKind }
  | { why: 'not-a-file'; path: string; rev: string; kind: PathKind }
  | { why: 'over-total'; rev: string; total: number; files: number; maxTotal: number; side: boolean };

/** The data files at a revision, or why not. */
export type GitRevision = { ok: true; commit: string; sources: SourceFile[] } | ({ ok: false } & RevisionFailure);

/** A failed git run as a reason: git missing, or git's own words about `step`. */
const gitFailed = (run: { notFound: boolean; message: string }, step: 'path' | 'list' | 'files' | 'file', path: string, rev: string): { ok: false } & RevisionFailure =>
  run.notFound ? { ok: false, why: 'no-git' } : { ok: false, why: 'git-failed', step, path, rev, git: run.message };

// Regular files only: 120000 is a symbolic link (not followed, as on disk), 160000 a submodule.
const REGULAR_FILE = new Set(['100644', '100755']);
// git writes BAD for the size of a blob this clone does not have.
const LS_TREE_ENTRY = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+|BAD)\t([^]*)$/;
const MISSING = 'missing from this clone';
const KIND: Record<string, PathKind> = { '120000': 'link', '160000': 'submodule' };

export async function readGitRevision(request: GitRevisionRequest): Promise<GitRevision> {
  const { cwd, rev } = request;
  const where = git(cwd, ['rev-parse', '--show-prefix']);
  if (!where.ok) {
    return where.notFound ? { ok: false, why: 'no-git' } : { ok: false, why: 'not-a-repository', git: where.message };
  }
  const prefix = where.stdout.toString('utf8').trim();

  const commit = resolveCommit(cwd, rev);
  if (!commit.ok) return commit;

  const inRepo = posix.normalize(posix.join(prefix, toPosix(relative(cwd, request.dataDir))));
  if (inRepo === '..' || inRepo.startsWith('../') || posix.isAbsolute(inRepo)) {
    return { ok: false, why: 'outside', dir: toPosix(relative(cwd, request.dataDir)) || '.' };
  }
  const treeish = inRepo === '.' ? `${commit.sha}^{tree}` : `${commit.sha}:${inRepo}`;
  // Only a missing path means "no data yet" (the pull request adds the first
  // file). A link, a submodule or a file where the folder should be would
  // otherwise read as an empty base, and every task in the head would look
  // new while every removal went unseen.
  if (inRepo !== '.') {
    const found = pathAt(cwd, commit.sha, inRepo);
    if (!found.ok) return gitFailed(found, 'path', inRepo, rev);
    if (found.kind === 'missing') return { ok: true, commit: commit.sha, sources: [] };
    if (found.kind !== 'tree') return { ok: false, why: 'not-a-folder', path: found.path, rev, kind: found.kind };
  }

  const listing = git(cwd, ['ls-tree', '--full-tree', '-r', '-z', '-l', treeish]);
  if (!listing.ok) return gitFailed(listing, 'list', inRepo, rev);

  const here = `/${prefix.replace(/\/$/, '')}`;
  const displayOf = (path: string) => posix.relative(here, posix.join('/', inRepo, path)) || '.';
  const wanted: { file: string; size: number; oid: string }[] = [];
  const sources: SourceFile[] = [];
  const entries = listing.stdout
    .toString('utf8')
    .split('\0')
    .map((entry) => LS_TREE_ENTRY.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null && m[2] === 'blob' && REGULAR_FILE.has(m[1]!) && YAML_FILE.test(m[5]!.slice(m[5]!.lastIndexOf('/') + 1)))
    .map((m) => ({ file: displayOf(m[5]!), size: m[4] === 'BAD' ? -1 : Number(m[4]), oid: m[3]! }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // The total counts every name: each name is a file of its own to parse and
  // check, so one 1 MiB blob listed under 5,000 names is 5,000 MiB of data
  // (it once aborted node). Past the total the revision is not read at all:
  // one line says so and the command fails, rather than leaving some files
  // unread and their tasks unchecked. A file over max_file_bytes is only
  // measured, as on disk.
  const maxTotal = request.maxTotal ?? MAX_TOTAL_BYTES;
  let total = 0;
  for (const e of entries) {
    // A blob the clone lacks is named as such, never left out: its tasks would look removed.
    if (e.size < 0) sources.push({ file: e.file, size: 0, error: MISSING });
    else if (e.size > request.maxBytes) sources.push({ file: e.file, size: e.size });
    else {
      total += e.size;
      wanted.push(e);
    }
  }
  const overTotal = { ok: false, why: 'over-total', rev, total, files: wanted.length, maxTotal, side: request.side ?? false } as const;
  if (total > maxTotal) return overTotal;

  // Each object once, however many names it has, streamed from one cat-file;
  // its names share the one buffer.
  const oids = [...new Set(wanted.map((w) => w.oid))];
  const blobs = new Map<string, Uint8Array>();
  const streamed = await streamObjects(cwd, oids, {
    maxTotal,
    notInstalled: NOT_INSTALLED,
    onObject: (oid, type, bytes) => {
      request.onObject?.(oid);
      if (type === 'blob') blobs.set(oid, bytes);
    },
  });
  if (!streamed.ok) return streamed.overTotal ? overTotal : gitFailed({ notFound: streamed.notFound ?? false, message: streamed.message }, 'files', inRepo, rev);
  for (const w of wanted) {
    const bytes = blobs.get(w.oid);
    sources.push(bytes === undefined ? { file: w.file, size: w.size, error: MISSING } : { file: w.file, size: bytes.length, bytes });
  }
  sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: true, commit: commit.sha, sources };
}

type PathAt = { ok: true; kind: PathKind | 'tree' | 'missing'; path: string } | { ok: false; message: string; notFound: boolean };

/** What `path` is at `commit`, checked component by component, so a linked parent folder is seen too. */
function pathAt(cwd: string, commit: string, path: string): PathAt {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join('/');
    const listed = git(cwd, ['ls-tree', '--full-tree', '-z', commit, '--', sub]);
    if (!listed.ok) return listed;
    const m = listed.stdout
      .toString('utf8')
      .split('\0')
      .map((e) => LS_TREE_ENTRY.exec(e.replace(/^(\d{6} \w+ [0-9a-f]+)\t/, '$1 -\t')))
      .find((e) => e !== null && e[5] === sub);
    if (m === undefined || m === null) return { ok: true, kind: 'missing', path: sub };
    if (m[2] !== 'tree') return { ok: true, kind: KIND[m[1]!] ?? 'file', path: sub };
  }
  return { ok: true, kind: 'tree', path };
}

/** One file at a revision (the configuration, for a review that reads the base as the base configured it). */
export type GitFile = { ok: true; source?: SourceFile } | ({ ok: false } & RevisionFailure);

export function readGitFile(cwd: string, commit: string, absolute: string, maxBytes: number): GitFile {
  const where = git(cwd, ['rev-parse', '--show-prefix']);
  const at = commit.slice(0, 12);
  if (!where.ok) return where.notFound ? { ok: false, why: 'no-git' } : { ok: false, why: 'not-a-repository', git: where.message };
  const inRepo = posix.normalize(posix.join(where.stdout.toString('utf8').trim(), toPosix(relative(cwd, absolute))));
  const file = toPosix(relative(cwd, absolute)) || '.';
  if (inRepo === '..' || inRepo.startsWith('../') || posix.isAbsolute(inRepo)) return { ok: true };
  const found = pathAt(cwd, commit, inRepo);
  if (!found.ok) return gitFailed(found, 'path', inRepo, at);
  if (found.kind === 'missing') return { ok: true };
  if (found.kind !== 'file') return { ok: false, why: 'not-a-file', path: found.path, rev: at, kind: found.kind === 'tree' ? 'folder' : found.kind };
  const size = git(cwd, ['cat-file', '-s', `${commit}:${inRepo}`]);
  if (!size.ok) return gitFailed(size, 'file', inRepo, at);
  const n = Number(size.stdout.toString('utf8').trim());
  if (n > maxBytes) return { ok: true, source: { file, size: n } };
  const blob = git(cwd, ['cat-file', 'blob', `${commit}:${inRepo}`], undefined, maxBytes + 1024);
  if (!blob.ok) return gitFailed(blob, 'file', inRepo, at);
  return { ok: true, source: { file, size: blob.stdout.length, bytes: new Uint8Array(blob.stdout) } };
}

/** The commit a revision names, or why not (no git, outside a repository, unknown, shallow). */
export function resolveCommit(cwd: string, rev: string): { ok: true; sha: string } | ({ ok: false } & RevisionFailure) {
  // A name that git could read as an option is never passed to it.
  const plausible = rev !== '' && !rev.startsWith('-') && !/[\0\n\r]/.test(rev);
  const found = plausible ? git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]) : undefined;
  if (found?.ok) return { ok: true, sha: found.stdout.toString('utf8').trim() };
  if (found !== undefined && !found.ok && found.notFound) return { ok: false, why: 'no-git' };
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']);
  return { ok: false, why: 'unknown-revision', rev, shallow: shallow.ok && shallow.stdout.toString('utf8').trim() === 'true' };
}

const NOT_INSTALLED = 'git is not installed (or not on PATH); p06 review reads revisions through git';

function git(cwd: string, args: string[], input?: Buffer, maxBuffer = 64 * 1024 * 1024): GitRun {
  return runGit(cwd, args, { input, maxBuffer, notInstalled: NOT_INSTALLED });
}
