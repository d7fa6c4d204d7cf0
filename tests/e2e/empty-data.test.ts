import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

afterAll(removeTempDirs);

// No task file at all is a mistake (the wrong folder, a typo in "data:"), not
// a clean dataset: every command says so, names where it looked, exit 1.
describe.concurrent('a data folder with no task file', () => {
  const dir = realpathSync(tempData({ 'p06.yaml': 'data: tasks\n', 'tasks/README.md': 'not a task file\n', 'tasks/notes/moj.txt': 'neither\n' }));
  const looked = `p06: no task files in tasks (${join(dir, 'tasks')}): p06 looks for *.yaml and *.yml files there and in its subfolders (set the folder with --data or "data:" in p06.yaml)\n`;

  it.each([[['validate']], [['validate', '--format', 'json']], [['overdue']], [['summary', '--skip-invalid']], [['list', '--json']]])('%j: exit 1, says where it looked', async (args) => {
    const r = await runMain([...args, '--as-of', '2024-02-01'], { cwd: dir });
    expect(r).toEqual({ exitCode: 1, stdout: '', stderr: looked });
  });

  it('names the folder given with --data, relative to the working directory', async () => {
    const r = await runMain(['validate', '--data', 'tasks/notes'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^p06: no task files in tasks\/notes \(/);
  });
});
