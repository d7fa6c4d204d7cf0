// `npm run bench:history`: `p06 trend` over a long git history (SPEC §11:
// 100 sample points over 1,000 commits within a few seconds). Builds, once,
// a repository of 1,000 commits from the bundled data/ (one file edited per
// commit, one commit every three days from 2017, so 100 month ends), then
// times whole processes: `trend` (100 points), `changes` across the whole
// history (which validates every commit in between) and `brief`, each the
// median of several runs, with user and system CPU beside the wall time
// (a loaded machine stretches wall time, not CPU).
//
//   node scripts/history-bench.mjs [--runs N] [--commits N] [--rebuild]
//
// A benchmark, not a test. Writes bench/results/history.md; `npm run bench`
// runs it too (runHistoryBench) and judges the trend target from it.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench', 'results', 'tmp', 'history');
const OUT = join(ROOT, 'bench', 'results', 'history.md');
const BIN = join(ROOT, 'bin', 'p06.js');

const START = Date.UTC(2017, 0, 1) / 1000;
const DAY = 86400;

/** One fast-import stream: every commit rewrites one data file with a revision comment and a changed note. */
function buildRepo(dir, commits) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.yaml')).sort();
  const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(ROOT, 'data', f), 'utf8')]));
  const chunks = [];
  const blob = (text) => {
    const bytes = Buffer.from(text, 'utf8');
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  for (let i = 0; i < commits; i++) {
    const when = START + i * 3 * DAY + 10 * 3600;
    chunks.push(Buffer.from(`commit refs/heads/main\ncommitter Bench <bench@p06.invalid> ${when} +0700\n`));
    blob(`revision ${i + 1}`);
    const edited = i === 0 ? files : [files[i % files.length]];
    for (const f of edited) {
      texts[f] = texts[f].replace(/\n# revision \d+\n?$/, '\n') + `# revision ${i + 1}\n`;
      chunks.push(Buffer.from(`M 100644 inline data/${f}\n`));
      blob(texts[f]);
    }
    if (i === 0) {
      chunks.push(Buffer.from('M 100644 inline p06.yaml\n'));
      blob('data: data\ntimezone: Asia/Ho_Chi_Minh\n');
    }
  }
  const git = (args, input) => {
    const r = spawnSync('git', args, { cwd: dir, input, maxBuffer: 1 << 30, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    if (r.status !== 0) throw new Error(`git ${args[0]}: ${r.stderr}`);
    return r.stdout.toString();
  };
  git(['init', '--quiet', '--initial-branch=main']);
  git(['fast-import', '--quiet'], Buffer.concat(chunks));
  git(['checkout', '--quiet', 'main']);
  return Number(git(['rev-list', '--count', 'HEAD']).trim());
}

function timeRun(args, cwd) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: join(WORK, 'cache') }, maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`p06 ${args.join(' ')}: ${r.stderr}`);
  const [wall, user, sys, kb] = r.stderr.toString().trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, mb: kb / 1024, stdout: r.stdout.toString() };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Times the history commands on a repository of `commits` commits (built
 * once, kept in bench/results/tmp/history/); `progress` gets a line per case.
 * Rows are keyed so `npm run bench` can find the trend figures.
 */
export function runHistoryBench({ runs = 5, commits: wanted = 1000, rebuild = false, progress = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const repo = join(WORK, 'repo');
  const built = existsSync(join(repo, '.git')) && Number(spawnSync('git', ['rev-list', '--count', 'HEAD'], { cwd: repo }).stdout.toString()) === wanted;
  if (!built || rebuild) {
    progress(`history: building a repository of ${wanted} commits`);
    buildRepo(repo, wanted);
  }
  const commits = Number(spawnSync('git', ['rev-list', '--count', 'HEAD'], { cwd: repo }).stdout.toString());

  // The 100th month end from January 2017.
  const asOf = '2025-04-30';
  const cases = [
    ['trend-cold', 'trend, 100 month ends, cold (--no-cache)', ['trend', '--as-of', asOf, '--json', '--no-cache']],
    ['trend-warm', 'trend, 100 month ends, warm', ['trend', '--as-of', asOf, '--json']],
    ['trend-weekly', 'trend, weekly', ['trend', '--as-of', asOf, '--every', 'week', '--json']],
    ['changes', 'changes across the whole history', ['changes', '--since', '2017-01-01', '--as-of', asOf, '--json']],
    ['brief', 'brief (HTML, with the chart)', ['brief', '--as-of', asOf, '--since', '2024-01-01']],
  ];
  const rows = [];
  for (const [key, name, args] of cases) {
    timeRun(args, repo); // fills the cache the warm runs read
    const times = [];
    for (let i = 0; i < runs; i++) times.push(timeRun(args, repo));
    const points = key.startsWith('trend') ? JSON.parse(times[0].stdout).points.length : undefined;
    rows.push({ key, name, points, wall: median(times.map((r) => r.wall)), cpu: median(times.map((r) => r.cpu)), mb: Math.max(...times.map((r) => r.mb)) });
    progress(`history: ${name}: done`);
  }
  const node = median(Array.from({ length: runs }, () => {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', process.execPath, '-e', '0']);
    return Number(r.stderr.toString().trim().split(' ')[0]);
  }));
  const text = [
    `History bench: ${commits} commits over the bundled data/ (${readdirSync(join(ROOT, 'data')).length} files), ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, medians of ${runs} runs; \`node -e 0\` ${node.toFixed(2)} s; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`,
    '',
    '| command | points | wall | CPU (user + sys) | peak RSS |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name} | ${r.points ?? ''} | ${r.wall.toFixed(2)} s | ${r.cpu.toFixed(2)} s | ${Math.round(r.mb)} MB |`),
    '',
  ].join('\n');
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  return { commits, rows, node, text };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? fallback : Number(process.argv[i + 1]);
  };
  const { text } = runHistoryBench({ runs: arg('--runs', 5), commits: arg('--commits', 1000), rebuild: process.argv.includes('--rebuild') });
  process.stdout.write(text);
}
