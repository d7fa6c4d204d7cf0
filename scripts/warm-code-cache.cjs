// Writes dist/**/FILE.cache, the V8 code cache that bin/p06.js compiles
// dist/ with. The cache is taken after running p06's commands on a small
// generated dataset, so it holds the functions those runs compiled (V8
// otherwise compiles most functions lazily, on their first call) and not
// only the top level. Run by scripts/build.mjs with the same Node as the
// build; a cache that does not fit another Node is simply ignored.
'use strict';
const { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { load, loaded } = require('../bin/p06.js');

const root = join(__dirname, '..');

async function warm() {
  const work = mkdtempSync(join(tmpdir(), 'p06-warm-'));
  try {
    const { generateDataset, AS_OF } = await import(pathToFileURL(join(__dirname, 'bench', 'generate.mjs')).href);
    generateDataset(join(work, 'data'), { tasks: 200, files: 8, seed: 6, twShiftDays: 0 });
    writeFileSync(join(work, 'p06.yaml'), 'at_risk_days: 14\ntimezone: Asia/Ho_Chi_Minh\n');
    const { main } = load(join(root, 'dist', 'p06.cjs'));
    const sink = (isTTY) => ({ write: () => {}, isTTY, columns: 100 });
    // The environment is the build's own, for the git that p06 demo runs.
    const runIn = (cwd, args, isTTY = false) =>
      main(args, { stdout: sink(isTTY), stderr: sink(false), env: { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: join(work, 'cache') }, cwd, now: () => new Date(`${AS_OF}T03:00:00Z`) });
    const run = (args, isTTY = false) => runIn(work, args, isTTY);
    // Cold first (the parser and Zod), then what a warm run does.
    await run(['validate', '--no-cache']);
    await run(['validate']);
    for (const report of ['overdue', 'at-risk', 'summary', 'list']) {
      await run([report]);
      await run([report, '--as-of', AS_OF, '--json']);
    }
    await run(['overdue'], true);
    // An edit: validated with the whole dataset, locked and written.
    const first = /\bid: (\S+)/.exec(readFileSync(join(work, 'data', readdirSync(join(work, 'data')).filter((f) => f.endsWith('.yaml')).sort()[0]), 'utf8'))?.[1];
    if (first !== undefined) await run(['set', first, 'owner=Warm owner']);
    await run(['fmt', '--check']);
    // The exports and the meeting pack (their libraries are large: compiling
    // ECharts alone costs more than a whole warm report). The meeting pack
    // reads a git history, so it needs git; without it those files simply
    // have no cache.
    await run(['list', '--format', 'xlsx', '--output', join(work, 'list.xlsx')]);
    await run(['export', 'ics', '--output', join(work, 'tasks.ics')]);
    await run(['graph', '--format', 'dot']);
    try {
      const demo = join(work, 'demo');
      const runs = [[work, ['demo', demo]]];
      for (const format of ['html', 'markdown', 'json']) runs.push([demo, ['brief', '--since', 'meeting-2024-01-25', '--format', format]]);
      runs.push([demo, ['changes', '--since', 'meeting-2024-01-25']], [demo, ['trend', '--every', 'month']]);
      for (const [cwd, args] of runs) if ((await runIn(cwd, args)) !== 0) throw new Error(`p06 ${args[0]} failed`);
    } catch (error) {
      console.error(`warm-code-cache: the meeting pack was not warmed (${error.message ?? error})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const [file, { script }] of loaded) writeFileSync(`${file}.cache`, script.createCachedData());
}

warm().catch((error) => {
  console.error(`warm-code-cache: ${error.stack ?? error}`);
  process.exitCode = 1;
});
