import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import {
  checkNoCrash,
  checkSafe,
  expectEqual,
  fail,
  parseCsv,
  parseJson,
  parseMarkdownTables,
  parseValidateGithub,
  parseValidateText,
  sameSet,
  SGR,
  tableFirstColumn,
} from './support/checks.js';
import { allTasks, dataset, datasetFiles, type GenDataset } from './support/generate.js';
import { expectTasks, reach, windowOf, type Expected } from './support/oracle.js';
import { runInProcess, Scratch, type RunResult } from './support/run.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// Valid datasets through the real CLI (in process): nothing is lost between
// formats, the counts add up, and overdue/at-risk agree with the oracle.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

interface TaskJson {
  id: string;
  ministry: string;
  title: string;
  owner: string;
  status: string;
  deadline: string | null;
  due: string | null;
  original_due: string | null;
  extensions: number;
  depends_on: string[];
  blocks: string[];
  days_overdue?: number;
  days_left?: number | null;
  reasons?: { code: string; task?: string; message: string }[];
}

type Run = (args: string[]) => Promise<{ args: string[]; r: RunResult }>;

function globals(ds: GenDataset): string[] {
  return ['--as-of', ds.asOf];
}

/** Runs one report in all four formats and checks they hold the same ids; returns the JSON tasks. */
async function reportInAllFormats(run: Run, ds: GenDataset, command: string[]): Promise<TaskJson[]> {
  const json = await run([...globals(ds), ...command, '--format', 'json']);
  checkNoCrash(json.args, json.r, [0]);
  checkSafe(json.args, json.r, 'json');
  const doc = parseJson<{ schema_version: number; kind: string; as_of: string; tasks: TaskJson[] }>(json.args, json.r);
  expectEqual('schema_version', doc.schema_version, 1, json.args, json.r);
  expectEqual('as_of', doc.as_of, ds.asOf, json.args, json.r);
  const ids = doc.tasks.map((t) => t.id);
  for (const format of ['csv', 'markdown', 'table'] as const) {
    const { args, r } = await run([...globals(ds), ...command, '--format', format]);
    checkNoCrash(args, r, [0]);
    checkSafe(args, r, format === 'csv' ? 'csv' : 'text');
    const shown =
      format === 'csv'
        ? parseCsv(args, r).slice(1).map((row) => row[0]!)
        : format === 'markdown'
          ? (parseMarkdownTables(args, r)[0]?.slice(1).map((row) => row[0]!) ?? [])
          : tableFirstColumn(args, r);
    // Same tasks in the same order: every format shows the one report.
    expectEqual(`${format} ids vs JSON ids`, shown, ids, args, r);
  }
  return doc.tasks;
}

function checkTaskFields(args: string[], r: RunResult, got: TaskJson, e: Expected, ds: GenDataset): void {
  const t = allTasks(ds).find((x) => x.id === got.id)!;
  const want = {
    ministry: e.ministry,
    // Text is NFC once loaded (SPEC §10), whatever form the file wrote it in.
    title: t.title.normalize('NFC'),
    owner: t.owner.normalize('NFC'),
    status: e.statusAt,
    deadline: e.deadlineText ?? null,
    due: e.due ?? null,
    original_due: e.originalDue ?? null,
    extensions: e.extensions,
    depends_on: t.dependsOn,
  };
  const have = {
    ministry: got.ministry,
    title: got.title,
    owner: got.owner,
    status: got.status,
    deadline: got.deadline,
    due: got.due,
    original_due: got.original_due,
    extensions: got.extensions,
    depends_on: got.depends_on,
  };
  expectEqual(`task ${got.id}`, have, want, args, r);
  if (!sameSet(got.blocks, e.blocks)) fail(`task ${got.id} blocks ${got.blocks} but the oracle says ${e.blocks}`, args, r);
}

async function checkDataset(ds: GenDataset): Promise<void> {
  const cwd = scratch.folder(datasetFiles(ds));
  try {
    await checkIn(cwd, ds);
  } finally {
    scratch.release(cwd);
  }
}

async function checkIn(cwd: string, ds: GenDataset): Promise<void> {
  const run: Run = async (args) => ({ args, r: await runInProcess(args, cwd) });
  const within = windowOf(ds);
  const expected = expectTasks(ds, within);
  const ids = allTasks(ds).map((t) => t.id);
  const withinFlag = ds.within === undefined ? [] : ['--within', String(ds.within)];

  // validate: warnings at most, in every format, counting every file and task.
  {
    const { args, r } = await run(['validate']);
    checkNoCrash(args, r, [0]);
    checkSafe(args, r, 'text');
    const { problems, counts } = parseValidateText(args, r);
    if (problems.some((p) => p.severity === 'error')) fail('a valid dataset has errors', args, r);
    expectEqual('files and tasks counted', counts.slice(2), [ds.ministries.length, ids.length], args, r);
    const gh = await run(['validate', '--format', 'github']);
    checkNoCrash(gh.args, gh.r, [0]);
    checkSafe(gh.args, gh.r, 'text');
    expectEqual('github problems', parseValidateGithub(gh.args, gh.r).length, problems.length, gh.args, gh.r);
    const js = await run(['validate', '--json']);
    checkSafe(js.args, js.r, 'json');
    const doc = parseJson<{ files: number; tasks: number; errors: number; problems: unknown[] }>(js.args, js.r);
    expectEqual('validate --json counts', [doc.files, doc.tasks, doc.errors, doc.problems.length], [ds.ministries.length, ids.length, 0, problems.length], js.args, js.r);
  }

  // list: exactly the generated tasks, each as the oracle sees it, text round-tripping through JSON.
  {
    const tasks = await reportInAllFormats(run, ds, ['list']);
    const { args, r } = await run([...globals(ds), 'list', '--json']);
    if (!sameSet(tasks.map((t) => t.id), ids)) fail(`list ids ${tasks.map((t) => t.id)} are not the generated ${ids}`, args, r);
    for (const t of tasks) checkTaskFields(args, r, t, expected.get(t.id)!, ds);
    const blocked = await run([...globals(ds), 'list', '--blocked', '--json']);
    const blockedIds = parseJson<{ tasks: TaskJson[] }>(blocked.args, blocked.r).tasks.map((t) => t.id);
    const wantBlocked = [...expected.values()].filter((e) => e.blocked).map((e) => e.id);
    if (!sameSet(blockedIds, wantBlocked)) fail(`blocked ${blockedIds}, oracle ${wantBlocked}`, blocked.args, blocked.r);
  }

  // overdue: exactly the oracle's, most days first.
  const overdue = await reportInAllFormats(run, ds, ['overdue']);
  {
    const args = ['overdue'];
    const r = { exitCode: 0, stdout: JSON.stringify(overdue, null, 1), stderr: '' };
    const want = [...expected.values()].filter((e) => e.overdue);
    if (!sameSet(overdue.map((t) => t.id), want.map((e) => e.id))) fail(`overdue ${overdue.map((t) => t.id)}, oracle ${want.map((e) => e.id)} (as of ${ds.asOf})`, args, r);
    for (const t of overdue) expectEqual(`days overdue of ${t.id}`, t.days_overdue, expected.get(t.id)!.daysOverdue, args, r);
    for (let i = 1; i < overdue.length; i++) if (overdue[i - 1]!.days_overdue! < overdue[i]!.days_overdue!) fail('overdue not sorted by days overdue', args, r);
  }

  // at-risk: exactly the oracle's, with the oracle's reasons, never overdue, soonest due first.
  const atRisk = await reportInAllFormats(run, ds, ['at-risk', ...withinFlag]);
  {
    const args = ['at-risk', ...withinFlag];
    const r = { exitCode: 0, stdout: JSON.stringify(atRisk, null, 1), stderr: '' };
    const want = [...expected.values()].filter((e) => e.reasons.length > 0);
    if (!sameSet(atRisk.map((t) => t.id), want.map((e) => e.id))) fail(`at-risk ${atRisk.map((t) => t.id)}, oracle ${want.map((e) => e.id)} (as of ${ds.asOf}, within ${within})`, args, r);
    const both = atRisk.filter((t) => overdue.some((o) => o.id === t.id));
    if (both.length > 0) fail(`overdue and at risk at once: ${both.map((t) => t.id)}`, args, r);
    for (const t of atRisk) {
      const reasons = t.reasons!.map((x) => (x.task === undefined ? x.code : `${x.code}:${x.task}`));
      if (!sameSet(reasons, expected.get(t.id)!.reasons)) fail(`reasons of ${t.id}: ${reasons}, oracle ${expected.get(t.id)!.reasons}`, args, r);
      expectEqual(`days left of ${t.id}`, t.days_left ?? undefined, expected.get(t.id)!.daysLeft, args, r);
    }
    for (let i = 1; i < atRisk.length; i++) if ((atRisk[i - 1]!.due ?? '9') > (atRisk[i]!.due ?? '9')) fail('at-risk not sorted by due date', args, r);
  }

  // summary: five statuses add up in every row and the total; the total is every task.
  {
    // summary has no --within: its at-risk column uses the configured window.
    const configured = ds.config.atRiskDays ?? 14;
    const inSummary = expectTasks(ds, configured);
    const { args, r } = await run([...globals(ds), 'summary', '--json']);
    checkNoCrash(args, r, [0]);
    checkSafe(args, r, 'json');
    type Counts = Record<'total' | 'done' | 'in_progress' | 'not_started' | 'recurring' | 'cancelled' | 'done_late' | 'overdue' | 'at_risk' | 'extended' | 'percent_done', number>;
    const doc = parseJson<{ rows: (Counts & { ministry: string; name: string })[]; total: Counts; within: number }>(args, r);
    expectEqual('summary within', doc.within, configured, args, r);
    for (const row of [...doc.rows, doc.total]) {
      if (row.done + row.in_progress + row.not_started + row.recurring + row.cancelled !== row.total) fail(`statuses do not add up to the total in ${JSON.stringify(row)}`, args, r);
      const counted = row.total - row.cancelled;
      const exact = counted === 0 ? 0 : (100 * row.done) / counted;
      if (Math.abs(row.percent_done - exact) > 0.05 + 1e-9 || Math.round(row.percent_done * 10) !== row.percent_done * 10) fail(`percent_done ${row.percent_done} for ${row.done}/${counted}`, args, r);
    }
    expectEqual('summary total', doc.total.total, ids.length, args, r);
    // A row per ministry (in the order p06 chooses; the other formats must follow it).
    if (!sameSet(doc.rows.map((x) => x.ministry), ds.ministries.map((m) => m.code))) fail('summary rows are not the ministries', args, r);
    for (const row of doc.rows) {
      const m = ds.ministries.find((x) => x.code === row.ministry)!;
      expectEqual(`name of ${m.code}`, row.name, m.name.normalize('NFC'), args, r);
      const es = m.tasks.map((t) => inSummary.get(t.id)!);
      const count = (f: (e: Expected) => boolean) => es.filter(f).length;
      const want = {
        total: es.length,
        done: count((e) => e.statusAt === 'done'),
        in_progress: count((e) => e.statusAt === 'in_progress'),
        not_started: count((e) => e.statusAt === 'not_started'),
        recurring: count((e) => e.statusAt === 'recurring'),
        cancelled: count((e) => e.statusAt === 'cancelled'),
        done_late: count((e) => e.doneLate),
        overdue: count((e) => e.overdue),
        at_risk: count((e) => e.reasons.length > 0),
        extended: count((e) => e.extensions > 0),
      };
      const have = Object.fromEntries(Object.keys(want).map((k) => [k, row[k as keyof Counts]]));
      expectEqual(`summary row ${m.code}`, have, want, args, r);
    }
    for (const format of ['csv', 'markdown', 'table'] as const) {
      const o = await run([...globals(ds), 'summary', '--format', format]);
      checkNoCrash(o.args, o.r, [0]);
      checkSafe(o.args, o.r, format === 'csv' ? 'csv' : 'text');
      const first =
        format === 'csv' ? parseCsv(o.args, o.r).slice(1).map((x) => x[0]!) : format === 'markdown' ? parseMarkdownTables(o.args, o.r)[0]!.slice(1).map((x) => x[0]!) : tableFirstColumn(o.args, o.r);
      expectEqual(`summary ${format} rows`, first, [...doc.rows.map((x) => x.ministry), 'Total'], o.args, o.r);
    }
  }

  // On a terminal, in colour and wrapped to its width: the only escape sequences are chalk's colours.
  {
    const columns = 40 + (Math.abs(hash(ds.asOf)) % 160);
    const args = [...globals(ds), '--color', 'list'];
    const r = await runInProcess(args, cwd, { NO_COLOR: '' }, { columns });
    checkNoCrash(args, r, [0]);
    checkSafe(args, { ...r, stdout: r.stdout.replace(SGR, '') }, 'text');
    if (ids.length > 0 && !r.stdout.includes('\u001b[')) fail(`no colour with --color on a ${columns}-column terminal`, args, r);
    if (!sameSet(tableFirstColumn(args, r), ids)) fail(`ids on a ${columns}-column terminal: ${tableFirstColumn(args, r)}`, args, r);
  }

  // show: everything upstream and downstream, transitively.
  if (ids.length > 0) {
    const id = ids[Math.abs(hash(ds.asOf + ids.join())) % ids.length]!;
    const deps = new Map(allTasks(ds).map((t) => [t.id, t.dependsOn]));
    const dependents = (x: string) => allTasks(ds).filter((t) => t.dependsOn.includes(x)).map((t) => t.id);
    const { args, r } = await run([...globals(ds), 'show', id, '--json']);
    checkNoCrash(args, r, [0]);
    checkSafe(args, r, 'json');
    const doc = parseJson<{ task: TaskJson & { upstream: string[]; downstream: string[] } }>(args, r);
    checkTaskFields(args, r, doc.task, expected.get(id)!, ds);
    if (!sameSet(doc.task.upstream, reach(id, (x) => deps.get(x) ?? []))) fail(`upstream of ${id}`, args, r);
    if (!sameSet(doc.task.downstream, reach(id, dependents))) fail(`downstream of ${id}`, args, r);
    const table = await run([...globals(ds), 'show', id]);
    checkNoCrash(table.args, table.r, [0]);
    checkSafe(table.args, table.r, 'text');
  }
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.codePointAt(0)!) | 0;
  return h;
}

describe('valid datasets through the CLI', () => {
  it(
    'reports agree with the oracle and with each other in every format',
    () => checkProperty('valid-datasets', fc.asyncProperty(dataset, checkDataset), 40),
    PROPERTY_TIMEOUT,
  );
});
