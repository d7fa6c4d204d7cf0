import { YAML_FILE } from './find-data-files.js';
import { posix, relative } from 'node:path';
import { MAX_TOTAL_BYTES, type SourceFile } from './read-sources.js';
import { streamObjects } from './stream-blobs.js';
import { pathInRepo, pathThenLastLines, plausibleRev, runGit, toPosix, type GitRun } from './run-git.js';

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

/** Where the working folder sits in its repository, and the commit a revision names. */
export interface Located {
  /** The working folder's path from the top of the repository, "" or ending in "/". */
  prefix: string;
  sha: string;
}

/**
 * Where the working folder is in its repository and the commit `rev` names,
 * from one git run, or why not: git missing, not a repository, or an unknown
 * revision (and whether the clone is shallow, which would explain it).
 */
export function locateRevision(cwd: string, rev: string): ({ ok: true } & Located) | ({ ok: false } & RevisionFailure) {
  const plausible = plausibleRev(rev);
  const found = git(cwd, plausible ? ['rev-parse', '--show-prefix', '--verify', '--quiet', `${rev}^{commit}`] : ['rev-parse', '--show-prefix']);
  if (found.ok && plausible) {
    const [prefix, sha] = pathThenLastLines(found.stdout, 1);
    return { ok: true, prefix, sha: sha! };
  }
  // --verify --quiet says an unknown revision by exit status 1 alone; outside a repository git exits 128.
  if (!found.ok && (found.notFound || found.status !== 1 || !plausible)) {
    return found.notFound ? { ok: false, why: 'no-git' } : { ok: false, why: 'not-a-repository', git: found.message };
  }
  const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']);
  return { ok: false, why: 'unknown-revision', rev, shallow: shallow.ok && shallow.stdout.toString('utf8').trim() === 'true' };
}

/** What paths are at one commit: from one listing made for them together, else each from its own. */
export interface RevisionListing {
  at(path: string): Listed;
}

/**
 * Lists several paths at a commit with one ls-tree (a review asks for the
 * configuration file and the data folder together). A path not among them is
 * listed on its own when asked for; if the one listing fails, each is listed
 * on its own, so a failure is reported for the path it concerns.
 */
export function listRevision(cwd: string, at: Located, absolutes: readonly string[]): RevisionListing {
  const paths = [...new Set(absolutes.map((a) => pathInRepo(cwd, at.prefix, a)).filter((p): p is string => p !== undefined))];
  const known = new Map<string, Listed>();
  if (paths.length > 1) {
    const listed = lsTree(cwd, at.sha, paths);
    if (listed.ok) {
      const entries = treeEntries(listed.stdout);
      for (const path of paths) known.set(path, listedFrom(cwd, at.sha, path, entries));
    }
  }
  return { at: (path) => known.get(path) ?? listAt(cwd, at.sha, path) };
}

export async function readGitRevision(request: GitRevisionRequest, located?: Located, listing?: RevisionListing): Promise<GitRevision> {
  const { cwd, rev } = request;
  let at = located;
  if (at === undefined) {
    const found = locateRevision(cwd, rev);
    if (!found.ok) return found;
    at = found;
  }
  const { prefix, sha } = at;

  const inRepo = pathInRepo(cwd, prefix, request.dataDir);
  if (inRepo === undefined) return { ok: false, why: 'outside', dir: toPosix(relative(cwd, request.dataDir)) || '.' };
  // Only a missing path means "no data yet" (the pull request adds the first
  // file). A link, a submodule or a file where the folder should be would
  // otherwise read as an empty base, and every task in the head would look
  // new while every removal went unseen.
  const found = listing?.at(inRepo) ?? listAt(cwd, sha, inRepo);
  if (!found.ok) return gitFailed(found, found.step, inRepo, rev);
  if (found.kind === 'missing') return { ok: true, commit: sha, sources: [] };
  if (found.kind !== 'tree') return { ok: false, why: 'not-a-folder', path: found.path, rev, kind: found.kind };

  const here = `/${prefix.replace(/\/$/, '')}`;
  const displayOf = (path: string) => posix.relative(here, posix.join('/', path)) || '.';
  const wanted: { file: string; size: number; oid: string }[] = [];
  const sources: SourceFile[] = [];
  const entries = found.entries
    .filter((e) => e.type === 'blob' && REGULAR_FILE.has(e.mode) && YAML_FILE.test(e.path.slice(e.path.lastIndexOf('/') + 1)))
    .map((e) => ({ file: displayOf(e.path), size: e.size, oid: e.oid }))
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
  return { ok: true, commit: sha, sources };
}

/** An entry of `git ls-tree -l`: its path from the top of the repository, and -1 for the size of a blob the clone lacks. */
interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  path: string;
}

type Listed =
  | { ok: true; kind: PathKind | 'tree' | 'missing'; path: string; self?: TreeEntry; entries: TreeEntry[] }
  | { ok: false; message: string; notFound: boolean; step: 'path' | 'list' };

function treeEntries(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of out.toString('utf8').split('\0')) {
    const m = LS_TREE_ENTRY.exec(line);
    if (m !== null) entries.push({ mode: m[1]!, type: m[2]!, oid: m[3]!, size: m[4] === 'BAD' ? -1 : m[4] === '-' ? 0 : Number(m[4]), path: m[5]! });
  }
  return entries;
}

/**
 * What `path` is at `commit`, and if it is a folder every entry below it, from
 * one `ls-tree` that shows the folders on the way (-t): each component is
 * checked, so a linked parent folder is seen too. ls-tree shows no file, link
 * or submodule on the way to a path, so when the path is not listed and a
 * component above it is not shown as a folder, one more run says what that
 * component is.
 */
function listAt(cwd: string, commit: string, path: string): Listed {
  const listed = lsTree(cwd, commit, [path]);
  if (!listed.ok) return { ...listed, step: path === '.' ? 'list' : 'path' };
  return listedFrom(cwd, commit, path, treeEntries(listed.stdout));
}

/** Every entry under `paths` at `commit`, with the folders on the way; "." is the whole tree. */
function lsTree(cwd: string, commit: string, paths: readonly string[]): GitRun {
  return git(cwd, ['ls-tree', '--full-tree', '-r', '-t', '-z', '-l', commit, ...(paths.includes('.') ? [] : ['--', ...paths])]);
}

/** What `path` is, from a listing that holds it (and perhaps other paths). */
function listedFrom(cwd: string, commit: string, path: string, entries: TreeEntry[]): Listed {
  if (path === '.') return { ok: true, kind: 'tree', path, entries };
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const self = byPath.get(path);
  if (self !== undefined) {
    if (self.type !== 'tree') return { ok: true, kind: KIND[self.mode] ?? 'file', path, self, entries: [] };
    return { ok: true, kind: 'tree', path, self, entries: entries.filter((e) => e.path.startsWith(`${path}/`)) };
  }
  const parts = path.split('/');
  let shown = 1;
  while (shown < parts.length && byPath.get(parts.slice(0, shown).join('/'))?.type === 'tree') shown++;
  const sub = parts.slice(0, shown).join('/');
  if (shown === parts.length) return { ok: true, kind: 'missing', path: sub, entries: [] };
  const one = git(cwd, ['ls-tree', '--full-tree', '-z', '-l', commit, '--', sub]);
  if (!one.ok) return { ...one, step: 'path' };
  const entry = treeEntries(one.stdout).find((e) => e.path === sub);
  if (entry === undefined) return { ok: true, kind: 'missing', path: sub, entries: [] };
  return { ok: true, kind: entry.type === 'tree' ? 'tree' : (KIND[entry.mode] ?? 'file'), path: sub, entries: [] };
}

/** One file at a revision (the configuration, for a review that reads the base as the base configured it). */
export type GitFile = { ok: true; source?: SourceFile } | ({ ok: false } & RevisionFailure);

export function readGitFile(cwd: string, at: Located, absolute: string, maxBytes: number, listing?: RevisionListing): GitFile {
  const short = at.sha.slice(0, 12);
  const inRepo = pathInRepo(cwd, at.prefix, absolute);
  const file = toPosix(relative(cwd, absolute)) || '.';
  if (inRepo === undefined) return { ok: true };
  const found = listing?.at(inRepo) ?? listAt(cwd, at.sha, inRepo);
  if (!found.ok) return gitFailed(found, 'path', inRepo, short);
  if (found.kind === 'missing') return { ok: true };
  if (found.kind !== 'file') return { ok: false, why: 'not-a-file', path: found.path, rev: short, kind: found.kind === 'tree' ? 'folder' : found.kind };
  const size = found.self?.size ?? -1;
  if (size > maxBytes) return { ok: true, source: { file, size } };
  const blob = git(cwd, ['cat-file', 'blob', found.self?.oid ?? `${at.sha}:${inRepo}`], undefined, maxBytes + 1024);
  if (!blob.ok) return gitFailed(blob, 'file', inRepo, short);
  return { ok: true, source: { file, size: blob.stdout.length, bytes: new Uint8Array(blob.stdout) } };
}

const NOT_INSTALLED = 'git is not installed (or not on PATH); p06 review reads revisions through git';

function git(cwd: string, args: string[], input?: Buffer, maxBuffer = 64 * 1024 * 1024): GitRun {
  return runGit(cwd, args, { input, maxBuffer, notInstalled: NOT_INSTALLED });
}
