import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT } from '../helpers/run-cli.js';
import { removeTempDirs, tempData } from '../helpers/temp-data.js';
import { commitSteps, gitStepsAsync, INIT } from '../helpers/git-script.js';

// .github/workflows/data.yml, run step by step as GitHub would (bash -eo
// pipefail, the job's environment, RUNNER_TEMP and GITHUB_STEP_SUMMARY) in a
// data repository whose pull request has more than ten errors: the
// problems are annotated by one step only, and the job summary has them all.

const run = promisify(execFile);
afterAll(removeTempDirs);

interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/data.yml'), 'utf8')) as { jobs: { review: { env: Record<string, string>; steps: Step[] } } };
const job = workflow.jobs.review;

const task = (n: number, status: string, title = `Task ${n}`) =>
  `  - id: MOJ-${String(n).padStart(2, '0')}\n    title: ${title}\n    owner: Office\n    deadline: 2024-Q1\n    status: ${status}\n    result: R\n`;
const BASE = `ministry:\n  code: MOJ\n  name: Ministry of Justice\ntasks:\n${Array.from({ length: 12 }, (_, i) => task(i + 1, 'in_progress')).join('')}`;
// Twelve tasks marked with a status that cannot be stored: twelve errors, more than GitHub annotates per step.
// A task added with markup in its title: the summary must show it as text.
const HEAD = BASE.replace(/status: in_progress/g, 'status: overdue') + task(13, 'in_progress', 'Publish <b>&</b> report');

async function dataRepository(): Promise<string> {
  const dir = tempData({ 'p06.yaml': 'data: data\n', 'data/moj.yaml': BASE });
  await gitStepsAsync(dir, [
    INIT,
    ['commit', '-q', '--allow-empty', '-m', 'empty'],
    ...commitSteps('base'),
    // What actions/checkout with fetch-depth 0 leaves: the base branch as origin/main.
    ['update-ref', 'refs/remotes/origin/main', 'main'],
  ]);
  writeFileSync(join(dir, 'data/moj.yaml'), HEAD);
  // As `npm ci` leaves it: p06 installed as a dev dependency.
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, join(dir, 'node_modules/.bin/p06'));
  mkdirSync(join(dir, '.runner'));
  return dir;
}

describe('the pull-request workflow', () => {
  it('has exactly one step that prints annotations (--format github)', () => {
    expect(job.steps.filter((s) => s.run?.includes('--format github')).map((s) => s.name)).toEqual(['Check the data and the promises']);
    // The installed p06, never npx (which could fetch a package of the same name from the registry).
    expect(job.steps.some((s) => s.run?.includes('npx'))).toBe(false);
    expect(job.steps.filter((s) => s.run?.includes('./node_modules/.bin/p06 ')).length).toBe(2);
  });

  it('run step by step: twelve errors annotated once, all twelve in the job summary', async () => {
    const dir = await dataRepository();
    const summary = join(dir, '.runner', 'summary.md');
    const env = { ...process.env, ...job.env, BASE_REF: 'main', RUNNER_TEMP: join(dir, '.runner'), GITHUB_STEP_SUMMARY: summary, P06_CACHE_DIR: join(dir, '.runner', 'cache') };
    const results: { name: string; code: number; stdout: string }[] = [];
    for (const step of job.steps) {
      if (step.run === undefined || step.run.trim() === 'npm ci') continue;
      const r = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: dir, env }).then(
        (ok) => ({ code: 0, stdout: ok.stdout }),
        (failed: { code: number; stdout: string }) => ({ code: failed.code, stdout: failed.stdout }),
      );
      results.push({ name: step.name ?? step.id ?? '', ...r });
    }
    const annotations = results.map((r) => r.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning')));
    expect(annotations.map((a) => a.length)).toEqual([12, 0]);
    expect(annotations[0]!.every((a) => /^::error file=data\/moj\.yaml,line=\d+,col=13,[^:]*title=p06 schema::status "overdue" cannot be stored/.test(a))).toBe(true);
    // The check fails the job; the summary step itself succeeds.
    expect(results.map((r) => [r.name, r.code])).toEqual([
      ['Check the data and the promises', 1],
      ['Write the job summary and the review comment', 0],
    ]);
    const text = readFileSync(summary, 'utf8');
    for (let line = 9; line <= 9 + 11 * 6; line += 6) expect(text).toContain(`data/moj.yaml:${line}:13: error: status "overdue" cannot be stored`);
    expect(text).toContain('### p06 review: 12 errors');
    // Text from the data is escaped inside <pre>.
    expect(text).toContain('MOJ-13 added: Publish &lt;b&gt;&amp;&lt;/b&gt; report');
    expect(text).not.toMatch(/<pre>[^]*<b>[^]*<\/pre>/);
  }, 180_000);
});
