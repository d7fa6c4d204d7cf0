import { posix, relative } from 'node:path';
import { YAML_FILE } from './find-data-files.js';
import type { SourceFile } from './read-sources.js';
import { pathInRepo, pathThenLastLines, plausibleRev, runGit, toPosix, type GitRun } from './run-git.js';
import { streamObjects } from './stream-blobs.js';

// The data directory's history, read from git's object database for many
// commits at once: one `git log` for the commits, then `git cat-file --batch`
// rounds for the trees (each tree read once, however many commits share it)
// and one for the blobs (each blob read once, streamed, and let go once it
// is checked). Nothing is checked out; git is
// spawned with argument arrays, never through a shell. `read-git-revision.ts`
// reads one revision for `review`; this module serves `changes`, `trend` and
// `brief`, which need tens or hundreds of revisions.

export interface HistoryCommit {
  sha: string;
  /** Committer time, seconds since the epoch. */
  time: number;
}

/** A data file at a commit: where it is shown, its blob id and size. */
export interface HistoryFile {
  file: string;
  oid: string;
  size: number;
}

export interface GitHistory {
  /** The commits of the current branch along first parents, oldest first. */
  commits: HistoryCommit[];
  /** The clone is shallow: its oldest commit stands in for history it does not have. */
  shallow: boolean;
  /** A revision as the user wrote it, resolved to a commit; a message when git does not know it. */
  resolve(rev: string): { ok: true; sha: string } | { ok: false; message: string; shallow: boolean };
  /** The nearest tag reachable from HEAD whose name starts with `prefix`, or undefined. */
  lastTag(prefix: string): string | undefined;
  /** Committer time of any commit (for a revision off the first-parent line). */
  commitTime(sha: string): number;
  /** The data files at each commit (an empty list where the data directory did not exist yet). */
  filesAt(shas: readonly string[]): Promise<Map<string, HistoryFile[]>>;
  /** Blob sizes (from one `cat-file --batch-check`); a blob this clone lacks has none. */
  sizes(oids: readonly string[]): Map<string, number>;
  /**
   * The files' contents, streamed: each blob is read once and handed to
   * `take` under each of its names (one shared buffer) before the next is
   * read, so the caller can check it and let it go. A file over `maxBytes`
   * is only measured, as on disk. Fails when git does: with git's own
   * words, or `notFound` when git is not there.
   */
  read(files: readonly HistoryFile[], maxBytes: number, take: (file: HistoryFile, source: SourceFile) => void): Promise<{ ok: true } | { ok: false; notFound: boolean; git: string }>;
}

export interface GitHistoryRequest {
  cwd: string;
  /** Absolute path of the data directory in the working tree. */
  dataDir: string;
  /** A revision the command names (not a date), resolved by the same git run that opens the history. */
  rev?: string;
}

/** Why the history cannot be opened, for the reader's language (with git's own words, `git`, where it gave some). */
export type HistoryFailure =
  | { why: 'no-git' }
  | { why: 'not-a-repository'; git: string }
  | { why: 'outside'; dir: string }
  | { why: 'line-break'; dir: string }
  | { why: 'no-commits'; git: string };

export type OpenedHistory = { ok: true; history: GitHistory } | ({ ok: false; message: string } & HistoryFailure);

export function openGitHistory(request: GitHistoryRequest): OpenedHistory {
  const { cwd } = request;
  // One git run for where this folder is in the repository (an empty line at its top), whether the clone is
  // shallow, and the commit a named revision is (--verify --quiet: an unknown one is exit status 1 alone).
  const named = request.rev !== undefined && plausibleRev(request.rev) ? request.rev : undefined;
  const where = git(cwd, ['rev-parse', '--show-prefix', '--is-shallow-repository', ...(named === undefined ? [] : ['--verify', '--quiet', `${named}^{commit}`])]);
  const unknown = !where.ok && !where.notFound && where.status === 1 && named !== undefined;
  if (!where.ok && !unknown) {
    if (where.notFound) return { ok: false, message: where.message, why: 'no-git' };
    return { ok: false, message: `this directory is not in a git repository, and the history of the data comes from git (git: ${where.message})`, why: 'not-a-repository', git: where.message };
  }
  const [prefix, shallowWord, namedSha] = pathThenLastLines(where.stdout ?? Buffer.alloc(0), where.ok && named !== undefined ? 2 : 1);
  const shallow = shallowWord === 'true';
  const inRepo = pathInRepo(cwd, prefix, request.dataDir);
  if (inRepo === undefined) {
    const dir = toPosix(relative(cwd, request.dataDir)) || '.';
    return { ok: false, message: `the data directory ${dir} is outside this git repository`, why: 'outside', dir };
  }
  // Trees are asked of cat-file by path, one per line: a path with a line
  // break would be read as two requests, and the history as some other folder's.
  if (/[\n\r]/.test(inRepo)) {
    return { ok: false, message: `the path of the data directory ${JSON.stringify(inRepo)} has a line break`, why: 'line-break', dir: inRepo };
  }
  const log = git(cwd, ['log', '--first-parent', '--format=%H %ct', 'HEAD', '--']);
  if (!log.ok) return { ok: false, message: `this repository has no commits yet, so the data has no history (git: ${log.message})`, why: 'no-commits', git: log.message };
  const commits = log.stdout
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha, time] = line.split(' ');
      return { sha: sha!, time: Number(time) };
    })
    .reverse();

  const here = `/${prefix.replace(/\/$/, '')}`;
  const displayOf = (path: string) => posix.relative(here, posix.join('/', inRepo, path)) || '.';
  const trees = new Map<string, TreeEntry[]>();
  const sizeOf = new Map<string, number>();

  const sizesOf = (oids: readonly string[]): Map<string, number> => {
    const unknown = [...new Set(oids.filter((oid) => !sizeOf.has(oid)))];
    if (unknown.length > 0) {
      // Sizes only, a short line per object: a blob over a limit is never read whole.
      const check = git(cwd, ['cat-file', '--batch-check'], Buffer.from(unknown.map((o) => `${o}\n`).join('')));
      if (check.ok) {
        for (const line of check.stdout.toString('latin1').split('\n')) {
          const [oid, type, size] = line.split(' ');
          if (type === 'blob') sizeOf.set(oid!, Number(size));
        }
      }
    }
    return new Map(oids.filter((oid) => sizeOf.has(oid)).map((oid) => [oid, sizeOf.get(oid)!]));
  };

  return {
    ok: true,
    history: {
      commits,
      shallow,
      resolve(rev) {
        if (rev === named && namedSha !== undefined) return { ok: true, sha: namedSha };
        const found = plausibleRev(rev) && !(rev === named && unknown) ? git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]) : undefined;
        if (found?.ok) return { ok: true, sha: found.stdout.toString('utf8').trim() };
        const hint = shallow ? 'this clone is shallow and may not have it; fetch the history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)' : 'name a branch, tag or commit this clone has, or a date YYYY-MM-DD';
        return { ok: false, message: `unknown revision ${JSON.stringify(rev)}: ${hint}`, shallow };
      },
      lastTag(prefix) {
        const found = git(cwd, ['describe', '--tags', '--abbrev=0', `--match=${prefix}*`, 'HEAD']);
        return found.ok ? found.stdout.toString('utf8').trim() || undefined : undefined;
      },
      commitTime(sha) {
        const shown = git(cwd, ['show', '-s', '--format=%ct', sha]);
        return shown.ok ? Number(shown.stdout.toString('utf8').trim()) : 0;
      },
      async filesAt(shas) {
        const roots = new Map<string, string | undefined>();
        const treeish = (sha: string) => (inRepo === '.' ? `${sha}^{tree}` : `${sha}:${inRepo}`);
        const asked = [...new Set(shas)];
        const rootOids = await catFile(cwd, asked.map(treeish));
        asked.forEach((sha, i) => roots.set(sha, rootOids[i]?.type === 'tree' ? rootOids[i]!.oid : undefined));
        for (let i = 0; i < asked.length; i++) {
          const got = rootOids[i];
          if (got?.type === 'tree' && !trees.has(got.oid)) trees.set(got.oid, parseTree(got.bytes, got.oid.length / 2));
        }
        // Sub-folders, a level per round; a folder unchanged between commits has one oid and is read once.
        let pending = subTrees([...new Set([...roots.values()].filter((o): o is string => o !== undefined))], trees);
        while (pending.length > 0) {
          const read = await catFile(cwd, pending);
          pending.forEach((oid, i) => trees.set(oid, read[i]?.type === 'tree' ? parseTree(read[i]!.bytes, oid.length / 2) : []));
          pending = subTrees(pending, trees);
        }
        const flat = new Map<string, HistoryFile[]>();
        const flatten = (oid: string, dir: string): HistoryFile[] => {
          const key = `${oid}\0${dir}`;
          const known = flat.get(key);
          if (known !== undefined) return known;
          const out: HistoryFile[] = [];
          for (const e of trees.get(oid) ?? []) {
            const path = dir === '' ? e.name : `${dir}/${e.name}`;
            if (e.mode === '40000') out.push(...flatten(e.oid, path));
            else if (REGULAR_FILE.has(e.mode) && YAML_FILE.test(e.name)) out.push({ file: displayOf(path), oid: e.oid, size: -1 });
          }
          flat.set(key, out);
          return out;
        };
        const result = new Map<string, HistoryFile[]>();
        for (const [sha, root] of roots) result.set(sha, root === undefined ? [] : flatten(root, ''));
        return result;
      },
      sizes: (oids) => sizesOf(oids),
      async read(files, maxBytes, take) {
        const sizes = sizesOf(files.map((f) => f.oid));
        const namesOf = new Map<string, HistoryFile[]>();
        for (const f of files) {
          const size = sizes.get(f.oid);
          if (size === undefined) take(f, { file: f.file, size: 0, error: 'missing from this clone' });
          else if (size > maxBytes) take(f, { file: f.file, size });
          else namesOf.set(f.oid, [...(namesOf.get(f.oid) ?? []), f]);
        }
        const oids = [...namesOf.keys()];
        const expected = oids.reduce((n, oid) => n + sizes.get(oid)!, 0);
        const streamed = await streamObjects(cwd, oids, {
          // git's sizes were just asked: more than they add up to is not these objects.
          maxTotal: expected,
          notInstalled: NOT_INSTALLED,
          onObject: (oid, _type, bytes) => {
            for (const f of namesOf.get(oid) ?? []) take(f, { file: f.file, size: bytes.length, bytes });
            namesOf.delete(oid);
          },
        });
        if (!streamed.ok) return { ok: false, notFound: streamed.notFound ?? false, git: streamed.message };
        for (const names of namesOf.values()) for (const f of names) take(f, { file: f.file, size: 0, error: 'missing from this clone' });
        return { ok: true };
      },
    },
  };
}

interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
}

// Regular files only: 120000 is a symbolic link (not followed, as on disk), 160000 a submodule.
const REGULAR_FILE = new Set(['100644', '100755']);

function subTrees(oids: readonly string[], trees: ReadonlyMap<string, TreeEntry[]>): string[] {
  const out = new Set<string>();
  for (const oid of oids) for (const e of trees.get(oid) ?? []) if (e.mode === '40000' && !trees.has(e.oid)) out.add(e.oid);
  return [...out];
}

/** A raw tree object: entries of "<mode> <name>\0<binary id>". The id is 20 bytes (SHA-1) or 32 (SHA-256). */
function parseTree(bytes: Uint8Array, idBytes: number): TreeEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const out: TreeEntry[] = [];
  let at = 0;
  while (at < buf.length) {
    const space = buf.indexOf(0x20, at);
    const nul = buf.indexOf(0, space);
    if (space < 0 || nul < 0) break;
    out.push({ mode: buf.toString('latin1', at, space), name: buf.toString('utf8', space + 1, nul), oid: buf.toString('hex', nul + 1, nul + 1 + idBytes) });
    at = nul + 1 + idBytes;
  }
  return out;
}

interface BatchObject {
  oid: string;
  type: string;
  bytes: Uint8Array;
}

/** Trees from one streamed `git cat-file --batch`; one answer per name, in order (undefined when missing). */
async function catFile(cwd: string, names: readonly string[]): Promise<(BatchObject | undefined)[]> {
  const answers: (BatchObject | undefined)[] = names.map(() => undefined);
  const streamed = await streamObjects(cwd, names, {
    maxTotal: MAX_TREE_BYTES,
    notInstalled: NOT_INSTALLED,
    onObject: (oid, type, bytes, index) => {
      answers[index] = { oid, type, bytes };
    },
  });
  return streamed.ok ? answers : names.map(() => undefined);
}

/** Trees are small (a name and an id per entry); this only bounds a corrupt or hostile repository. */
const MAX_TREE_BYTES = 256 * 1024 * 1024;

const NOT_INSTALLED = 'git is not installed (or not on PATH), and the history of the data comes from git';

function git(cwd: string, args: string[], input?: Buffer, maxBuffer = 256 * 1024 * 1024): GitRun {
  return runGit(cwd, args, { input, maxBuffer, notInstalled: NOT_INSTALLED });
}
