import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

afterAll(removeTempDirs);

// One typo in one ministry's file: the problems are that file's alone. Its
// code and ids are recovered by a line scan, so the other files' references
// to it (a dependency on its last task, the ministry as a coordinating
// agency) are not "unknown", and its tasks are still counted.

const BASIC = fixture('reports-basic');
const moj = readFileSync(join(BASIC, 'data/moj.yaml'), 'utf8');
const mof = readFileSync(join(BASIC, 'data/mof.yaml'), 'utf8');
// An unclosed quote on line 17: the parser reads the rest of the file as one string.
const brokenMoj = moj.replace('    title: Compile the roadmaps\n', '    title: "Compile the roadmaps\n');
const referring = mof.replace('    depends_on: [MOF-2]\n', '    depends_on: [MOF-2, MOJ-10]\n    coordinating: [MOJ]\n');
const dir = tempData({ 'p06.yaml': readFileSync(join(BASIC, 'p06.yaml')), 'data/moj.yaml': brokenMoj, 'data/mof.yaml': referring });
const AS_OF = ['--as-of', '2024-02-01'];

const PROBLEM = 'data/moj.yaml:17:12: error: the quote that opens the title is never closed; end it on this line: title: "Compile the roadmaps" (nothing else in this file is checked until this is fixed) [yaml-syntax]';

describe.concurrent('a file that cannot be parsed blames no other file', () => {
  it('the fixture is what the test says: MOJ-10 is the last task, after the quote', () => {
    expect(brokenMoj).not.toBe(moj);
    expect(referring).not.toBe(mof);
    expect(brokenMoj.indexOf('id: MOJ-10')).toBeGreaterThan(brokenMoj.indexOf('"Compile'));
  });

  it('validate: one problem, where the mistake is; all tasks counted', async () => {
    const r = await runMain(['validate', ...AS_OF], { cwd: dir });
    expect(r).toEqual({ exitCode: 1, stdout: `${PROBLEM}\n1 error, 0 warnings in 2 files (13 tasks); configuration p06.yaml\n`, stderr: '' });
  });

  it('--format github: the one annotation sits on the broken file', async () => {
    const r = await runMain(['validate', '--format', 'github', ...AS_OF], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^::error file=data\/moj\.yaml,line=17,col=12(,endColumn=\d+|,endLine=\d+)?,title=p06 yaml-syntax::the quote that opens the title is never closed/)]);
  });

  it('--skip-invalid: the left-out file is named with all its tasks; the other file reports without complaint', async () => {
    const r = await runMain(['list', '--skip-invalid', '--json', ...AS_OF], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('p06: left out data/moj.yaml (10 tasks, 1 error)\n');
    expect(JSON.parse(r.stdout).tasks.map((t: { id: string }) => t.id)).toEqual(['MOF-1', 'MOF-2', 'MOF-3']);
  });

  it('without the recovery, the same references would be unknown (the check can fail)', async () => {
    const gone = tempData({ 'p06.yaml': readFileSync(join(BASIC, 'p06.yaml')), 'data/mof.yaml': referring, 'data/moj.yaml': 'tasks:\n  - {\n' });
    const r = await runMain(['validate', ...AS_OF], { cwd: gone });
    expect(r.stdout).toContain('data/mof.yaml:12:25: error: depends on MOJ-10, which no task has');
    expect(r.stdout).toContain('data/mof.yaml:13:20: warning: agency MOJ has no task file');
  });
});
