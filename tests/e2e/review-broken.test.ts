import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { gitStepsAsync, newRepository } from '../helpers/git-script.js';

// A syntax error in the head must not switch the promise checks off: a task
// deleted in the same file is still found (from the file's outline), and the
// file carries one error saying its other promises could not be checked.

afterAll(removeTempDirs);

const MOJ_BASE = `ministry:
  code: MOJ
  name: Ministry of Justice
tasks:
  - id: MOJ-01
    title: Compile the roadmaps
    owner: Department A
    deadline: 2024-Q1
    status: in_progress
    result: One roadmap
  - id: MOJ-02
    title: Draft the decree
    owner: Department B
    deadline: 2024-06-30
    status: in_progress
    result: Decree
  - id: MOJ-03
    title: Publish the guidance
    owner: Department C
    deadline: 2024-09
    status: not_started
    result: Guidance
`;
// MOJ-01's deadline moved with no extension, MOJ-03 deleted, and a typo (": " in a title) on MOJ-02.
const MOJ_HEAD = MOJ_BASE.replace('deadline: 2024-Q1', 'deadline: 2024-Q2').replace('title: Draft the decree', 'title: Decree: the draft').replace(/  - id: MOJ-03[^]*$/, '');
const MOF = `ministry: {code: MOF, name: Ministry of Finance}\ntasks:\n  - {id: MOF-01, title: T, owner: O, deadline: 2024-12, status: not_started, result: R, depends_on: [MOJ-02]}\n`;

async function repo(): Promise<string> {
  const dir = tempData({ 'p06.yaml': 'data: data\n', 'data/moj.yaml': MOJ_BASE, 'data/mof.yaml': MOF });
  await gitStepsAsync(dir, newRepository());
  writeFileSync(join(dir, 'data/moj.yaml'), MOJ_HEAD);
  return dir;
}

describe('p06 review of a head file with a syntax error', () => {
  it('finds the deleted task, says the other promises were not checked, blames no other file; exit 1', { timeout: 120_000 }, async () => {
    const dir = await repo();
    const r = await runMain(['review', '--base', 'main', '--as-of', '2024-07-01'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, -2)).toEqual([
      'data/moj.yaml:1:1: error: this file cannot be read, so the promises of its tasks (no deadline moved without its extension, no extension rewritten, no task reopened) were not checked; fix its syntax and review again [promises-unchecked]',
      'data/moj.yaml:4:1: error: task MOJ-03 was removed; tasks are never deleted: put it back with status: cancelled [task-removed]',
      'data/moj.yaml:12:12: error: the title contains ": ", which YAML reads as the start of another key; quote the title: title: "Decree: the draft" (nothing else in this file is checked until this is fixed) [yaml-syntax]',
    ]);
    expect(lines.at(-2)).toBe('MOJ-03 removed: Publish the guidance');
    expect(lines.at(-1)).toMatch(/^3 errors, 0 warnings, 1 change /);
  });

  it('--format json carries the same problems', { timeout: 120_000 }, async () => {
    const dir = await repo();
    const r = await runMain(['review', '--base', 'main', '--as-of', '2024-07-01', '--format', 'json'], { cwd: dir });
    const doc = JSON.parse(r.stdout) as { problems: { rule: string; file: string }[]; changes: { task: string; change: string }[] };
    expect(doc.problems.map((p) => `${p.file} ${p.rule}`)).toEqual(['data/moj.yaml promises-unchecked', 'data/moj.yaml task-removed', 'data/moj.yaml yaml-syntax']);
    expect(doc.changes).toEqual([expect.objectContaining({ task: 'MOJ-03', change: 'removed' })]);
  });
});
