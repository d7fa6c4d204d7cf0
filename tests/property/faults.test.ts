import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { checkNoCrash, checkSafe, expectEqual, fail, parseJson, parseValidateText } from './support/checks.js';
import { faultCase, type FaultCase } from './support/faults.js';
import { allTasks, datasetFiles } from './support/generate.js';
import { runInProcess, Scratch } from './support/run.js';
import { checkProperty, PROPERTY_TIMEOUT } from './support/settings.js';

// One fault put into a valid dataset: validate names it with its rule at the
// exact file, line and column where it was written, an error in one file
// spills into no other, and --skip-invalid leaves out exactly the files with
// errors, naming them, while every other task is still reported.

const scratch = new Scratch();
afterAll(() => scratch.dispose());

async function checkFault(c: FaultCase): Promise<void> {
  const cwd = scratch.folder(datasetFiles(c.ds));
  try {
    const run = async (args: string[]) => ({ args, r: await runInProcess(args, cwd) });
    const total = allTasks(c.ds).length;

    // Today (2026-06-01 in-process) as as_of: only the injected completion is in the future.
    const v = await run(['validate']);
    checkNoCrash(v.args, v.r, [c.severity === 'error' ? 1 : 0]);
    checkSafe(v.args, v.r, 'text');
    const { problems } = parseValidateText(v.args, v.r);
    const found = problems.some((p) => p.rule === c.rule && c.places.some((at) => at.file === p.file && at.line === p.line && at.column === p.column));
    if (!found) fail(`${c.fault}: no ${c.rule} at ${c.places.map((p) => `${p.file}:${p.line}:${p.column}`).join(' or ')}`, v.args, v.r);
    const errorFiles = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
    for (const f of errorFiles) if (!c.badFiles.includes(f)) fail(`${c.fault}: an error in ${f}, which the fault did not touch`, v.args, v.r);

    const list = await run(['--as-of', c.ds.asOf, '--skip-invalid', 'list', '--json']);
    checkNoCrash(list.args, list.r, [0]);
    const listed = parseJson<{ tasks: { id: string; file: string }[] }>(list.args, list.r).tasks;
    const leftOut = new Map<string, number>();
    for (const m of list.r.stderr.matchAll(/^p06: left out (.+) \((\d+) tasks?, \d+ errors?\)$/gm)) leftOut.set(m[1]!, Number(m[2]));
    expectEqual('files left out', [...leftOut.keys()].sort(), [...errorFiles].sort(), list.args, list.r);
    expectEqual('listed + left out', listed.length + [...leftOut.values()].reduce((a, b) => a + b, 0), total, list.args, list.r);

    const refused = await run(['--as-of', c.ds.asOf, 'overdue', '--json']);
    checkNoCrash(refused.args, refused.r, [c.severity === 'error' ? 1 : 0]);
  } finally {
    scratch.release(cwd);
  }
}

describe('one fault in a valid dataset', () => {
  it(
    'is reported with its rule at the file, line and column where it was written, and touches no other file',
    () => checkProperty('faults', fc.asyncProperty(faultCase, checkFault), 60),
    PROPERTY_TIMEOUT,
  );
});
