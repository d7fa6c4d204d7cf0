import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { checkNoCrash, expectEqual, fail, parseJson } from './support/checks.js';
import { allTasks, dataset, datasetFiles, encodeText, renderFile, type GenDataset } from './support/generate.js';
import { runInProcess, Scratch } from './support/run.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// The classes that once made a small file take minutes or gigabytes: values
// shared through anchors, long unknown ids for "did you mean", one long value
// aliased many times. Each is checked against a deliberately simple oracle.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

// ---------------------------------------------------------------- anchors

/**
 * The same files with every repeated one-line value of a task (title, owner,
 * result, source, notes) written once with an anchor and then as an alias.
 */
function withAnchors(text: string): string {
  const names = new Map<string, string>();
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s+)(title|owner|result|source|notes): (.+)$/.exec(line);
      if (!m) return line;
      const [, indent, key, value] = m;
      const name = names.get(value!);
      if (name !== undefined) return `${indent}${key}: *${name}`;
      names.set(value!, `v${names.size}`);
      return `${indent}${key}: &v${names.size - 1} ${value}`;
    })
    .join('\n');
}

/** Titles and owners repeated across a ministry's tasks, so that anchors have something to share. */
const sharing = fc.tuple(dataset, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 })).map(([ds, pick]): GenDataset => {
  for (const m of ds.ministries) {
    m.tasks.forEach((t, i) => {
      if (i > 0 && pick[i % pick.length]) t.title = m.tasks[0]!.title;
      if (i > 0) t.owner = m.tasks[0]!.owner;
    });
  }
  return ds;
});

async function checkAnchors(ds: GenDataset): Promise<void> {
  const plain = datasetFiles(ds);
  const aliased: Record<string, string | Buffer> = { ...plain };
  for (const m of ds.ministries) aliased[`data/${m.path}`] = encodeText(withAnchors(renderFile(m, ds.layout)), ds.layout);
  const a = scratch.folder(plain);
  const b = scratch.folder(aliased);
  try {
    for (const args of [['--as-of', ds.asOf, 'list', '--json'], ['--as-of', ds.asOf, 'validate', '--json']]) {
      const expected = await runInProcess(args, a);
      const actual = await runInProcess(args, b);
      checkNoCrash(args, actual, [0, 1]);
      expectEqual('exit code with anchors and without', actual.exitCode, expected.exitCode, args, actual);
      // A value now starts after "&vN ": only columns may differ.
      const noColumns = (s: string) => s.replace(/"column":\d+/g, '"column":0');
      expectEqual('output with anchors and without', noColumns(actual.stdout), noColumns(expected.stdout), args, actual);
    }
  } finally {
    scratch.release(a);
    scratch.release(b);
  }
}

// ---------------------------------------------------------------- alias amplification

const FLOOR = 64 * 1024;

async function checkAmplification([length, aliases]: [number, number]): Promise<void> {
  const task = (i: number, title: string) => `  - id: AMP-${i}\n    title: ${title}\n    owner: o\n    deadline: 2030\n    status: in_progress\n    result: r\n`;
  let text = 'ministry:\n  code: AMP\n  name: Amplified\ntasks:\n' + task(1, `&t ${'x'.repeat(length)}`);
  for (let i = 2; i <= aliases + 1; i++) text += task(i, '*t');
  // The oracle: what the aliases add, against four times the file plus 64 KiB.
  const refused = aliases * length > 4 * text.length + FLOOR;
  const cwd = scratch.folder({ 'data/amp.yaml': text });
  try {
    const args = ['--as-of', '2024-01-01', 'validate'];
    const r = await runInProcess(args, cwd);
    checkNoCrash(args, r, [0, 1]);
    const said = r.stdout.includes("aliases expand to more than 4 times the file's own text");
    if (said !== refused) fail(`${aliases} aliases of ${length} characters in ${text.length}: expected ${refused ? 'refusal' : 'acceptance'}`, args, r);
    expectEqual('exit code', r.exitCode, refused ? 1 : 0, args, r);
  } finally {
    scratch.release(cwd);
  }
}

// ---------------------------------------------------------------- long unknown ids

/** Edit distance with a transposition counted as one edit, the plain way. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const unknownId = fc.oneof(
  fc.stringMatching(/^[A-Z][A-Z0-9]{0,6}-[0-9]{1,4}$/),
  fc.stringMatching(/^[A-Z][A-Z0-9-]{60,200}$/),
);

async function checkUnknownIds([ds, unknown]: [GenDataset, string[]]): Promise<void> {
  const ids = new Set(allTasks(ds).map((t) => t.id));
  const fresh = [...new Set(unknown)].filter((u) => !ids.has(u));
  const target = ds.ministries[0]!.tasks[0];
  if (target === undefined || fresh.length === 0) return;
  target.dependsOn = [...target.dependsOn, ...fresh];
  const cwd = scratch.folder(datasetFiles(ds));
  try {
    const args = ['--as-of', ds.asOf, 'validate', '--json'];
    const r = await runInProcess(args, cwd);
    checkNoCrash(args, r, [1]);
    const problems = parseJson<{ problems: { rule: string; task?: string; message: string }[] }>(args, r).problems.filter((p) => p.rule === 'unknown-dependency' && p.task === target.id);
    for (const u of fresh) {
      const p = problems.find((x) => x.message.startsWith(`depends on ${u}, which no task has`));
      if (p === undefined) fail(`no unknown-dependency for ${u}`, args, r);
      const near = /; did you mean (.+)\?$/.exec(p.message)?.[1];
      if (near === undefined) continue;
      if (u.length > 64) fail(`a suggestion for a ${u.length}-character id`, args, r);
      if (!ids.has(near)) fail(`suggested ${near}, which no task has`, args, r);
      if (distance(u.toLowerCase(), near.toLowerCase()) > Math.max(1, Math.floor(u.length / 3))) fail(`suggested ${near} for ${u}, too far to be a typo`, args, r);
    }
  } finally {
    scratch.release(cwd);
  }
}

describe('values shared and multiplied through aliases, and unknown ids', () => {
  it('a dataset reads the same with its repeated values written once and aliased', () => checkProperty('anchors', fc.asyncProperty(sharing, checkAnchors), 15, 0.5), PROPERTY_TIMEOUT);

  it(
    'a long value aliased many times is accepted up to four times the file (plus 64 KiB) and refused past it, never a crash',
    () => checkProperty('amplification', fc.asyncProperty(fc.tuple(fc.integer({ min: 100, max: 40_000 }), fc.integer({ min: 1, max: 120 })), checkAmplification), 15, 0.2),
    PROPERTY_TIMEOUT,
  );

  it(
    'every unknown dependency is reported, and a suggestion is an existing id within one edit per three letters (none past 64)',
    () => checkProperty('unknown-ids', fc.asyncProperty(fc.tuple(dataset, fc.array(unknownId, { minLength: 1, maxLength: 12 })), checkUnknownIds), 15, 0.5),
    PROPERTY_TIMEOUT,
  );
});
