import { YAML_FILE } from './find-data-files.js';
import { posix, relative } from 'node:path';
import { formatBytes, MAX_TOTAL_BYTES, type SourceFile } from './read-sources.js';
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

/** The data files at a revision, or a one-line message for the user. */
export type GitRevision = { ok: true; commit: string; sources: SourceFile[] } | { ok: false; message: string };

// Regular files only: 120000 is a symbolic link (not followed, as on disk), 160000 a submodule.
const REGULAR_FILE = new Set(['100644', '100755']);
const LS_TREE_ENTRY = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t([^]*)$/;
const KIND: Record<string, string> = { '120000': 'a symbolic link', '160000': 'a submodule' };

export async function readGitRevision(request: GitRevisionRequest): Promise<GitRevision> {
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
  // Only a missing path means "no data yet" (the pull request adds the first
  // file). A link, a submodule or a file where the folder should be would
  // otherwise read as an empty base, and every task in the head would look
  // new while every removal went unseen.
  if (inRepo !== '.') {
    const found = pathAt(cwd, commit.sha, inRepo);
    if (!found.ok) return { ok: false, message: `cannot read ${inRepo} at ${rev}: ${found.message}` };
    if (found.kind === 'missing') return { ok: true, commit: commit.sha, sources: [] };
    if (found.kind !== 'tree') return { ok: false, message: `${found.path} at ${rev} is ${found.kind}, not a folder; p06 reads the data folder itself (commit the files, not a link to them)` };
  }

  const listing = git(cwd, ['ls-tree', '--full-tree', '-r', '-z', '-l', treeish]);
  if (!listing.ok) return { ok: false, message: `cannot list ${inRepo} at ${rev}: ${listing.message}` };

  const here = `/${prefix.replace(/\/$/, '')}`;
  const displayOf = (path: string) => posix.relative(here, posix.join('/', inRepo, path)) || '.';
  const wanted: { file: string; size: number; oid: string }[] = [];
  const sources: SourceFile[] = [];
  const entries = listing.stdout
    .toString('utf8')
    .split('\0')
    .map((entry) => LS_TREE_ENTRY.exec(entry))
    .filter((m): m is RegExpExecArray => m !== null && m[2] === 'blob' && REGULAR_FILE.has(m[1]!) && YAML_FILE.test(m[5]!.slice(m[5]!.lastIndexOf('/') + 1)))
    .map((m) => ({ file: displayOf(m[5]!), size: Number(m[4]), oid: m[3]! }))
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
    if (e.size > request.maxBytes) sources.push({ file: e.file, size: e.size });
    else {
      total += e.size;
      wanted.push(e);
    }
  }
  if (total > maxTotal) return { ok: false, message: revisionOverTotal(rev, total, wanted.length, maxTotal, request.side) };

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
  if (!streamed.ok) return { ok: false, message: streamed.overTotal ? revisionOverTotal(rev, total, wanted.length, maxTotal, request.side) : `cannot read the files of ${rev}: ${streamed.message}` };
  for (const w of wanted) {
    const bytes = blobs.get(w.oid);
    sources.push(bytes === undefined ? { file: w.file, size: w.size, error: 'missing from this clone' } : { file: w.file, size: bytes.length, bytes });
  }
  sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: true, commit: commit.sha, sources };
}

type PathKind = { ok: true; kind: string; path: string } | { ok: false; message: string };

/** What `path` is at `commit`, checked component by component, so a linked parent folder is seen too. */
function pathAt(cwd: string, commit: string, path: string): PathKind {
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
    if (m[2] !== 'tree') return { ok: true, kind: KIND[m[1]!] ?? 'a file', path: sub };
  }
  return { ok: true, kind: 'tree', path };
}

/** One file at a revision (the configuration, for a review that reads the base as the base configured it). */
export type GitFile = { ok: true; source?: SourceFile } | { ok: false; message: string };

export function readGitFile(cwd: string, commit: string, absolute: string, maxBytes: number): GitFile {
  const where = git(cwd, ['rev-parse', '--show-prefix']);
  if (!where.ok) return where;
  const inRepo = posix.normalize(posix.join(where.stdout.toString('utf8').trim(), toPosix(relative(cwd, absolute))));
  const file = toPosix(relative(cwd, absolute)) || '.';
  if (inRepo === '..' || inRepo.startsWith('../') || posix.isAbsolute(inRepo)) return { ok: true };
  const found = pathAt(cwd, commit, inRepo);
  if (!found.ok) return found;
  if (found.kind === 'missing') return { ok: true };
  if (found.kind !== 'a file') return { ok: false, message: `${found.path} at ${commit.slice(0, 12)} is ${found.kind === 'tree' ? 'a folder' : found.kind}, not a file` };
  const size = git(cwd, ['cat-file', '-s', `${commit}:${inRepo}`]);
  if (!size.ok) return size;
  const n = Number(size.stdout.toString('utf8').trim());
  if (n > maxBytes) return { ok: true, source: { file, size: n } };
  const blob = git(cwd, ['cat-file', 'blob', `${commit}:${inRepo}`], undefined, maxBytes + 1024);
  if (!blob.ok) return blob;
  return { ok: true, source: { file, size: blob.stdout.length, bytes: new Uint8Array(blob.stdout) } };
}

/** The commit a revision names, or a one-line message (outside a repository, unknown, shallow). */
export function resolveCommit(cwd: string, rev: string): { ok: true; sha: string } | { ok: false; message: string } {
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

/** Why a revision was not read: its data files, counted once per name, are past what one run (or one side of a review) reads. */
export function revisionOverTotal(rev: string, total: number, files: number, maxTotal: number, side = false): string {
  return `the data files at ${rev} come to ${formatBytes(total)} in ${files} files (a file committed under several names counts once per name), over the ${formatBytes(maxTotal)} p06 reads ${side ? 'of each side of a review' : 'of one revision'}`;
}

const NOT_INSTALLED = 'git is not installed (or not on PATH); p06 review reads revisions through git';

function git(cwd: string, args: string[], input?: Buffer, maxBuffer = 64 * 1024 * 1024): GitRun {
  return runGit(cwd, args, { input, maxBuffer, notInstalled: NOT_INSTALLED });
}
