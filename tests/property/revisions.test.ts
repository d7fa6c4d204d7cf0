import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { checkNoCrash, expectEqual, fail, parseJson } from './support/checks.js';
import { allTasks, dataset, datasetFiles, encodeText, renderConfig, renderFile, type GenDataset } from './support/generate.js';
import { runInProcess, Scratch, writeInto } from './support/run.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';
import { gitSteps, newRepository } from '../helpers/git-script.js';

// The classes of issue #16 that attack `p06 review` through git: a pull
// request that changes the configuration deciding how the data is read (the
// data folder, the size limit), and revisions that list one blob under many
// names. Each against a simple oracle: what the pull request did to the
// tasks must be found whatever it did to the configuration, and reading a
// revision through git must find what reading the same files from disk does.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

interface ReviewProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  task?: string;
}

// ---------------------------------------------------------------- configuration changes in a pull request

interface ConfigPr {
  /** Move data/ to this folder and point `data:` at it. */
  rename: string | null;
  /** Set max_file_bytes to this fraction of the largest data file's size. */
  limit: number | null;
  /** Delete the task at this index (of all tasks). */
  remove: number | null;
  /** Move the deadline of the task at this index (among those with one) to 2099-12-31, with no extension. */
  move: number | null;
}

const configPr: fc.Arbitrary<ConfigPr> = fc.record({
  rename: fc.option(fc.constantFrom('records', 'tasks-2025', 'src/data', 'data/old'), { nil: null }),
  limit: fc.option(fc.double({ min: 0.01, max: 2, noNaN: true }), { nil: null }),
  remove: fc.option(fc.nat(), { nil: null }),
  move: fc.option(fc.nat(), { nil: null }),
});

async function checkConfigPr([ds, pr]: [GenDataset, ConfigPr]): Promise<void> {
  const dir = scratch.folder(datasetFiles(ds));
  try {
    gitSteps(dir, newRepository());
    const tasks = allTasks(ds);
    const fileOf = new Map(ds.ministries.flatMap((m) => m.tasks.map((t) => [t.id, `data/${m.path}`] as const)));
    const removed = pr.remove === null || tasks.length === 0 ? undefined : tasks[pr.remove % tasks.length]!;
    const withDeadline = tasks.filter((t) => t !== removed && t.deadline !== undefined);
    const moved = pr.move === null || withDeadline.length === 0 ? undefined : withDeadline[pr.move % withDeadline.length]!;
    if (moved !== undefined) moved.deadline = { text: '2099-12-31', style: 'plain' };
    for (const m of ds.ministries) m.tasks = m.tasks.filter((t) => t !== removed);
    const head: Record<string, Buffer> = {};
    for (const m of ds.ministries) head[`data/${m.path}`] = encodeText(renderFile(m, ds.layout), ds.layout);
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    writeInto(dir, head);
    const sizes = Object.values(head).map((b) => b.length);
    const limit = pr.limit === null ? undefined : Math.max(1, Math.floor(Math.max(...sizes) * pr.limit));
    let config = renderConfig(ds.config);
    if (limit !== undefined) config += `max_file_bytes: ${limit}\n`;
    if (pr.rename !== null) {
      // Into a folder of its own, or (data/old) one level down inside the old name.
      renameSync(join(dir, 'data'), join(dir, 'moving'));
      mkdirSync(dirname(join(dir, ...pr.rename.split('/'))), { recursive: true });
      renameSync(join(dir, 'moving'), join(dir, ...pr.rename.split('/')));
      config += `data: ${pr.rename}\n`;
    }
    writeInto(dir, { 'p06.yaml': config });

    const args = ['--as-of', ds.asOf, 'review', '--base', 'main', '--json'];
    const r = await runInProcess(args, dir);
    checkNoCrash(args, r, [0, 1]);
    const doc = parseJson<{ problems: ReviewProblem[] }>(args, r);
    const errors = doc.problems.filter((p) => p.severity === 'error');
    const tooLarge = (file: string) => limit !== undefined && head[file]!.length > limit;

    // Whatever the pull request did to the configuration, what it did to the tasks is an error.
    if (removed !== undefined || moved !== undefined) expectEqual('exit code of a pull request that removes a task or moves a deadline silently', r.exitCode, 1, args, r);
    if (removed !== undefined && !tooLarge(fileOf.get(removed.id)!)) {
      if (!errors.some((p) => p.rule === 'task-removed' && p.task === removed.id)) fail(`no task-removed for ${removed.id}`, args, r);
    }
    if (moved !== undefined && !tooLarge(fileOf.get(moved.id)!)) {
      if (!errors.some((p) => p.rule === 'unrecorded-extension' && p.task === moved.id)) fail(`no unrecorded-extension for ${moved.id}`, args, r);
    }
    // A head file over the lowered limit is an error, never a pass (what it holds is unknown, so its tasks may be counted as removed).
    if (Object.keys(head).some(tooLarge)) {
      expectEqual('exit code with a head file over max_file_bytes', r.exitCode, 1, args, r);
      return;
    }
    // Otherwise a configuration change alone removes nothing and moves nothing: a renamed folder holds the same tasks.
    const promises = new Set(['task-removed', 'unrecorded-extension', 'history-rewritten']);
    for (const p of doc.problems.filter((p) => promises.has(p.rule))) {
      if (p.task !== removed?.id && p.task !== moved?.id) fail(`${p.task} is blamed (${p.rule}), but the pull request did not touch it`, args, r);
    }
    if (removed === undefined && moved === undefined) expectEqual('exit code of a pull request that changes only the configuration', r.exitCode, 0, args, r);
  } finally {
    scratch.release(dir);
  }
}

// ---------------------------------------------------------------- revisions with shared blobs

interface SharedBlobs {
  /** How many names the one file is committed under. */
  names: number;
  /** Some names in subfolders. */
  folders: boolean[];
  /** max_file_bytes as a fraction of the file's size (null: the default). */
  limit: number | null;
}

const sharedBlobs: fc.Arbitrary<[GenDataset, SharedBlobs]> = fc.tuple(
  dataset,
  fc.record({
    names: fc.integer({ min: 1, max: 60 }),
    folders: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    limit: fc.option(fc.double({ min: 0.5, max: 2, noNaN: true }), { nil: null }),
  }),
);

/** What review adds to validate's problems: the promise rules, and a base (here the same files) it could not read. */
const REVIEW_ONLY = new Set(['task-removed', 'unrecorded-extension', 'history-rewritten', 'reopened', 'promises-unchecked']);
const fromValidate = (p: ReviewProblem & { message?: string }) => !REVIEW_ONLY.has(p.rule) && !(p.rule === 'file-unreadable' && p.message?.includes('cannot be read at main'));

/** Problems as comparable lines, in order. */
const shown = (ps: readonly ReviewProblem[]) => ps.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.rule}`).sort();

async function checkSharedBlobs([ds, s]: [GenDataset, SharedBlobs]): Promise<void> {
  const m = ds.ministries[0]!;
  const bytes = encodeText(renderFile(m, ds.layout), ds.layout);
  let config = renderConfig(ds.config);
  if (s.limit !== null) config += `max_file_bytes: ${Math.max(1, Math.floor(bytes.length * s.limit))}\n`;
  const files: Record<string, string | Buffer> = { 'p06.yaml': config };
  for (let i = 0; i < s.names; i++) files[`data/${s.folders[i % s.folders.length] ? `sub${i % 3}/` : ''}copy-${String(i).padStart(3, '0')}.yaml`] = bytes;
  const dir = scratch.folder(files);
  try {
    gitSteps(dir, newRepository('one blob under many names'));
    // Read through git (one cat-file for the shared object) and from disk: the same files, the same problems.
    const reviewArgs = ['--as-of', ds.asOf, 'review', '--base', 'main', '--head', 'main', '--json'];
    const review = await runInProcess(reviewArgs, dir);
    checkNoCrash(reviewArgs, review, [0, 1]);
    const validateArgs = ['--as-of', ds.asOf, 'validate', '--json', '--no-cache'];
    const validate = await runInProcess(validateArgs, dir);
    checkNoCrash(validateArgs, validate, [0, 1]);
    const fromGit = parseJson<{ problems: ReviewProblem[] }>(reviewArgs, review).problems.filter(fromValidate);
    const fromDisk = parseJson<{ problems: ReviewProblem[] }>(validateArgs, validate).problems;
    expectEqual('problems read through git and from disk', shown(fromGit), shown(fromDisk), reviewArgs, review);
    expectEqual('exit code through git and from disk', review.exitCode, validate.exitCode, reviewArgs, review);
    // Every name is a file of its own: one ministry under n names is n - 1 duplicates (when it is read at all).
    const readable = s.limit === null || bytes.length <= Math.max(1, Math.floor(bytes.length * s.limit));
    if (readable) expectEqual('duplicate-ministry problems', fromGit.filter((p) => p.rule === 'duplicate-ministry').length, s.names - 1, reviewArgs, review);
    else expectEqual('files over the limit', fromGit.filter((p) => p.rule === 'file-too-large').length, s.names, reviewArgs, review);
  } finally {
    scratch.release(dir);
  }
}

describe('p06 review through git (issue #16 classes)', () => {
  it(
    'a pull request that changes the data folder or the size limit still has every removal and silent deadline move found',
    async () => {
      await checkProperty('review-config-pr', fc.asyncProperty(fc.tuple(dataset, configPr), checkConfigPr), 5, 0.05);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'one blob under many names reads through git as it reads from disk',
    async () => {
      await checkProperty('review-shared-blobs', fc.asyncProperty(sharedBlobs, checkSharedBlobs), 4, 0.05);
    },
    PROPERTY_TIMEOUT,
  );
});
