import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDataFiles } from '../../src/load/find-data-files.js';
import { ROOT } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// The one test that reads the repository's own data/ and p06.yaml, and all it
// asks is what CI asks of a ministry's pull request: that they validate.
// Nothing here depends on which tasks there are, so editing the data (a new
// task, a new title) never breaks the suite; the other end-to-end tests run on
// frozen copies in tests/fixtures/.

describe('the repository data', () => {
  it('passes p06 validate --strict, as .ci/run checks it', async () => {
    // Today is the real one, as for CI's own run of the built binary (.ci/run).
    const r = await runMain(['validate', '--strict', '--json'], { cwd: ROOT, now: new Date() });
    const doc = JSON.parse(r.stdout) as { files: number; problems: unknown[] };
    expect(doc.problems).toEqual([]);
    expect(doc.files).toBeGreaterThan(0);
    expect({ exitCode: r.exitCode, stderr: r.stderr }).toEqual({ exitCode: 0, stderr: '' });
  });

  describe('every YAML file points editors at its schema on line 1', () => {
    const modeline = (file: string, schema: string) => `# yaml-language-server: $schema=${relative(dirname(file), join(ROOT, 'schemas', schema)).split('\\').join('/')}`;

    it.each(findDataFiles(join(ROOT, 'data')).map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(modeline(file, 'ministry.schema.json'));
    });

    it('p06.yaml', () => {
      const file = join(ROOT, 'p06.yaml');
      expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(modeline(file, 'config.schema.json'));
    });
  });
});
