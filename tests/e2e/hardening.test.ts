import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';

// Issue #16: what a hostile pull request, a careless configuration or a
// full disk did to p06, each as the user sees it (exit code, stdout, stderr).

afterAll(removeTempDirs);

const AS_OF = ['--as-of', '2024-06-01'];
const header = (code: string) => `ministry:\n  code: ${code}\n  name: Ministry ${code}\ntasks:\n`;
const task = (id: string, fields = '') => `  - id: ${id}\n    title: Task ${id}\n    owner: Office\n    deadline: 2030-01-01\n    status: in_progress\n    result: A report\n${fields}`;

describe('numbers and aliases', () => {
  it('a year is four digits as written: 0x7E8, +2.024e3 and 1e3 are not deadlines', async () => {
    const dir = tempData({
      'data/hex.yaml': header('HEX') + ['0x7E8', '+2.024e3', '1e3', '2025'].map((d, i) => task(`HEX-${i + 1}`).replace('2030-01-01', d)).join(''),
    });
    const r = await runCli(['validate', '--no-cache', ...AS_OF], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe(
      [
        'data/hex.yaml:8:15: error: a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY (found "0x7E8") [schema]',
        'data/hex.yaml:14:15: error: a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY (found "+2.024e3") [schema]',
        'data/hex.yaml:20:15: error: a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half year) or YYYY (found "1e3") [schema]',
        '3 errors, 0 warnings in 1 file (4 tasks)',
        '',
      ].join('\n'),
    );
  });

  it('one long title aliased by many tasks is refused at validation, and reports say why instead of crashing', async () => {
    let text = header('AMP') + task('AMP-1').replace('title: Task AMP-1', `title: &big ${'x'.repeat(50_000)}`);
    for (let i = 2; i <= 200; i++) text += task(`AMP-${i}`).replace(`title: Task AMP-${i}`, 'title: *big');
    const dir = tempData({ 'data/amp.yaml': text });
    const v = await runCli(['validate', '--no-cache', ...AS_OF], { cwd: dir });
    expect(v.exitCode).toBe(1);
    // The ninth task's alias is the one that goes over four times the file's 70 KB.
    expect(v.stdout).toBe("data/amp.yaml:54:12: error: aliases expand to more than 4 times the file's own text (an alias amplification?); write the values out [yaml-syntax]\n1 error, 0 warnings in 1 file (200 tasks)\n");
    const list = await runCli(['list', '--no-cache', '--format', 'markdown', ...AS_OF], { cwd: dir });
    expect(list.exitCode).toBe(1);
    expect(list.stdout).toBe('');
    expect(list.stderr).toContain('aliases expand to more than 4 times');
  });
});
