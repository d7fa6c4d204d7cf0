import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

// Issue #16 item 9: p06.yaml decides the data folder and the rules, and may
// be found in a folder above; validate's count line says which file is in use.

afterAll(removeTempDirs);

const AS_OF = ['--as-of', '2024-06-01'];
const MOJ = 'ministry: {code: MOJ, name: J}\ntasks:\n  - {id: MOJ-01, title: T, owner: O, deadline: 2024, status: in_progress, result: R}\n';

describe.concurrent("validate's count line names the configuration file in use", () => {
  const dir = tempData({ 'p06.yaml': 'timezone: UTC\n', 'data/moj.yaml': MOJ, 'other/settings.yaml': 'timezone: UTC\ndata: data\n', 'other/data/moj.yaml': MOJ });

  it.each([
    ['the working folder', '', [], '0 errors, 0 warnings in 1 file (1 task); configuration p06.yaml\n'],
    ['a folder above, relative to the working folder', 'data', [], '0 errors, 0 warnings in 1 file (1 task); configuration ../p06.yaml\n'],
    ['--config, as given', '', ['--config', 'other/settings.yaml'], '0 errors, 0 warnings in 1 file (1 task); configuration other/settings.yaml\n'],
    ['--config in a sibling folder, as an absolute path', 'data', ['--config', '../other/settings.yaml'], `0 errors, 0 warnings in 1 file (1 task); configuration ${join(dir, 'other/settings.yaml')}\n`],
  ])('from %s', async (_name, sub, args, stdout) => {
    expect(await runMain(['validate', ...args, ...AS_OF], { cwd: join(dir, sub) })).toEqual({ exitCode: 0, stdout, stderr: '' });
  });

  it('none: the defaults are in use, and it says so', async () => {
    const bare = tempData({ 'data/moj.yaml': MOJ });
    expect(await runMain(['validate', ...AS_OF], { cwd: bare })).toEqual({ exitCode: 0, stdout: '0 errors, 0 warnings in 1 file (1 task); no configuration file, defaults used\n', stderr: '' });
  });

  it('--format github puts it on stderr with the count; --lang vi in Vietnamese', async () => {
    expect((await runMain(['validate', '--format', 'github', ...AS_OF], { cwd: dir })).stderr).toBe('0 errors, 0 warnings in 1 file (1 task); configuration p06.yaml\n');
    expect((await runMain(['--lang', 'vi', 'validate', ...AS_OF], { cwd: dir })).stdout).toMatch(/; cấu hình p06\.yaml\n$/);
  });
});
