// `npm run bench`: whole-process wall time and peak memory of p06 on
// generated datasets, beside `node -e 0`, the bare `yaml` parse of the same
// files and (where installed) Taskwarrior's `task overdue`. SPEC §9; the
// targets are issue #15's. At 700 tasks it also times each part-two command
// this build has (changes, trend, brief, set, fmt, export ics, graph, xlsx)
// on a git repository of the same data with 1,000 commits of history, and
// notes the ones it does not have.
//
//   node scripts/bench.mjs [--runs N] [--quick] [--sizes 700,10000,...] [--budget SECONDS] [--no-build] [--no-history]
//
// A benchmark, not a test: nothing here runs in `npm test`. It prints a
// Markdown table and the targets (PASS/FAIL, each a ratio from this one run)
// to stdout, writes the same to bench/results/latest.md and progress to
// stderr. Datasets, caches and Taskwarrior's throwaway data live in
// bench/results/tmp/ (ignored by git).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, generateDataset } from './bench/generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench', 'results', 'tmp', 'work');
const OUT = join(ROOT, 'bench', 'results', 'latest.md');
const YAML_BASELINE = join(ROOT, 'scripts', 'bench', 'yaml-parse.mjs');
const GIB = 1024 ** 3;
const NODE = process.execPath;
const n = (x) => x.toLocaleString('en');

const SIZES = { 700: 20, 10000: 60, 100000: 100 }; // tasks -> files
const TASKWARRIOR_MAX = 10_000; // importing 100,000 tasks into Taskwarrior takes far too long

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = { runs: 7, quick: false, sizes: undefined, budget: 45, build: true, history: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') o.runs = positive(value(), a);
    else if (a === '--quick') o.quick = true;
    else if (a === '--sizes') o.sizes = value().split(',').map((s) => positive(s, a));
    else if (a === '--budget') o.budget = positive(value(), a);
    else if (a === '--no-build') o.build = false;
    else if (a === '--no-history') o.history = false;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown option ${a}`);
  }
  if (o.quick) {
    o.sizes ??= [700, 10000];
    if (!argv.includes('--runs')) o.runs = 3;
  }
  o.sizes ??= [700, 10000, 100000];
  for (const s of o.sizes) if (!(s in SIZES)) usage(`--sizes: ${s} is not one of ${Object.keys(SIZES).join(', ')}`);
  return o;
}

function positive(v, flag) {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) usage(`${flag} needs a positive whole number, not ${v}`);
  return n;
}

function usage(message) {
  if (message) process.stderr.write(`bench: ${message}\n`);
  process.stderr.write(
    'usage: node scripts/bench.mjs [--runs N] [--quick] [--sizes 700,10000,100000] [--budget SECONDS] [--no-build]\n' +
      '  --runs N      runs of each command per size (default 7; 3 with --quick)\n' +
      '  --quick       700 and 10,000 tasks only, 3 runs\n' +
      '  --budget S    stop repeating a command once its runs at one size add up to S seconds (default 45; at least one run)\n' +
      '  --no-build    time dist/ as it is instead of running scripts/build.mjs first\n',
  );
  process.exit(message ? 2 : 0);
}

const opts = parseArgs(process.argv.slice(2));
const progress = (s) => process.stderr.write(`${s}\n`);
const started = process.hrtime.bigint();
const loadAtStart = os.loadavg().map((x) => x.toFixed(2)).join(', ');

// ---------------------------------------------------------------- setup

rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

if (opts.build) {
  progress('bench: building (node scripts/build.mjs)');
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (b.status !== 0) fail('the build failed');
}
if (!existsSync(join(ROOT, 'dist', 'p06.cjs'))) fail('dist/p06.cjs is missing: run node scripts/build.mjs');

// Time a snapshot of the build, so that a rebuild during the bench (tests
// run one) cannot change or remove what is being measured halfway.
const P06_HOME = join(WORK, 'p06');
cpSync(join(ROOT, 'bin'), join(P06_HOME, 'bin'), { recursive: true });
cpSync(join(ROOT, 'dist'), join(P06_HOME, 'dist'), { recursive: true });
writeFileSync(join(P06_HOME, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
const P06 = join(P06_HOME, 'bin', 'p06.js');

// p06 looks for p06.yaml in the working directory and then its parents (the
// repository has one): give the runs one of their own with the defaults.
// The secretariat's zone, so that a run without --as-of works out today as it does for them.
const BENCH_CONFIG = '# p06 bench: defaults\nat_risk_days: 14\ntimezone: Asia/Ho_Chi_Minh\n';
writeFileSync(join(WORK, 'p06.yaml'), BENCH_CONFIG);

const RUSAGE = detectRusage();
const GNU_TIME = RUSAGE ? undefined : detectGnuTime();
const TASK = detectTaskwarrior();

/** python3 with scripts/bench/rusage.py: wall, CPU and peak memory of each command from the kernel (wait4). */
function detectRusage() {
  const out = join(WORK, 'rusage-probe.txt');
  const r = spawnSync('python3', [join(ROOT, 'scripts', 'bench', 'rusage.py'), out, NODE, '-e', '0'], { stdio: 'ignore' });
  const ok = r.status === 0 && existsSync(out) && /^[\d.]+ [\d.]+ \d+\s*$/.test(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return ok ? ['python3', join(ROOT, 'scripts', 'bench', 'rusage.py')] : undefined;
}

function detectGnuTime() {
  const out = join(WORK, 'time-probe.txt');
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, NODE, '-e', '0'], { stdio: 'ignore' });
  const ok = r.status === 0 && existsSync(out) && /^\d+\s*$/.test(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return ok ? '/usr/bin/time' : undefined;
}

function detectTaskwarrior() {
  const r = spawnSync('task', ['--version'], { encoding: 'utf8', env: { ...process.env, TASKRC: '/dev/null' } });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------- one timed process

/**
 * Runs one process (through scripts/bench/rusage.py, else GNU time, when
 * there, for every command alike) with stdout to /dev/null; returns wall
 * ms, CPU ms (user + system; only with rusage.py) and peak RSS in bytes.
 * A non-zero exit aborts the bench: a failing command has no meaningful time.
 */
function timed(cmd, { cwd = WORK, env = {}, label, run = 0 }) {
  if (typeof cmd === 'function') cmd = cmd(run);
  const rssFile = join(WORK, 'rss.txt');
  const [file, args] = RUSAGE ? [RUSAGE[0], [...RUSAGE.slice(1), rssFile, ...cmd]] : GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, ...cmd]] : [cmd[0], cmd.slice(1)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, args, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 20 * 60 * 1000,
  });
  let ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) fail(`${label}: ${r.error.message}`);
  if (r.status !== 0) {
    const tail = String(r.stderr ?? '').trim().split('\n').slice(-5).join('\n');
    fail(`${label}: exit ${r.status ?? r.signal}\n${tail}`);
  }
  let rss;
  let cpu;
  if (RUSAGE) {
    const [wall, used, kb] = readFileSync(rssFile, 'utf8').trim().split(' ').map(Number);
    // The helper's own start-up is not the command's: its wall time starts at the fork.
    ms = wall;
    cpu = used;
    rss = kb * 1024;
  } else if (GNU_TIME) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    rss = Number.isFinite(kb) ? kb * 1024 : undefined;
  }
  return { ms, cpu, rss };
}

// ---------------------------------------------------------------- per size

const results = []; // { size, key, label, samples: [{ms, rss}] }
const datasets = [];
const notes = [];

const daysSinceAsOf = Math.round((Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) - Date.parse(AS_OF)) / 86_400_000);

if (!TASK) notes.push('Taskwarrior: not installed (`apt-get install taskwarrior`), so `task overdue` was not timed.');

for (const size of opts.sizes) {
  const files = SIZES[size];
  const dir = join(WORK, `data-${size}`);
  const rel = relative(WORK, dir);
  progress(`\n[${size}] generating ${size} tasks in ${files} files`);
  const info = generateDataset(dir, { tasks: size, files, seed: 6, twShiftDays: daysSinceAsOf });
  datasets.push({ size, files, bytes: info.bytes, counts: info.counts, forms: info.forms });

  progress(`[${size}] checking the data is valid: p06 validate --no-cache`);
  const check = spawnSync(NODE, [P06, 'validate', '--data', rel, '--as-of', AS_OF, '--no-cache'], { cwd: WORK, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const countLine = String(check.stdout).trim().split('\n').pop();
  if (check.status !== 0) fail(`generated data is not valid (exit ${check.status}):\n${String(check.stdout).split('\n').filter((l) => l.includes(': error:')).slice(0, 10).join('\n')}\n${check.stderr}`);
  progress(`[${size}]   ${countLine}`);
  datasets[datasets.length - 1].validate = countLine;

  const cache = join(WORK, `cache-${size}`);
  const p06env = { P06_CACHE_DIR: cache };
  const p06 = (...args) => [NODE, P06, ...args, '--data', rel, '--as-of', AS_OF];

  // Prime the cache: `validate` writes the same validated data that the reports read.
  progress(`[${size}] priming the cache: p06 validate`);
  timed(p06('validate'), { env: p06env, label: 'prime' });
  if (!existsSync(cache) || readdirSync(cache).filter((f) => f.endsWith('.json')).length === 0) {
    notes.push(`${n(size)} tasks: the cache was not written after priming, so the "warm" rows are cold runs too.`);
  }

  // One edit, as an editor makes it; primed like the reports: the editing commands keep each file's own check in the cache (the edited file is put back before each run; the cache also keeps its check from before the last edit).
  const edit = setEdit(dir, p06, p06env);
  progress(`[${size}] priming the edit cache: p06 set`);
  timed(edit.cmd, { env: p06env, label: 'prime' });
  edit.before();

  const commands = [
    { key: 'node', label: '`node -e 0`', cmd: [NODE, '-e', '0'] },
    { key: 'validate-cold', label: '`p06 validate --no-cache` (cold)', cmd: p06('validate', '--no-cache'), env: p06env },
    { key: 'overdue-cold', label: '`p06 overdue --no-cache` (cold)', cmd: p06('overdue', '--no-cache'), env: p06env },
    { key: 'overdue-warm', label: '`p06 overdue` (warm)', cmd: p06('overdue'), env: p06env },
    // As the secretariat runs it: no --as-of, so p06 works out today in the configured zone.
    { key: 'overdue-today-warm', label: '`p06 overdue` (warm, no `--as-of`)', cmd: [NODE, P06, 'overdue', '--data', rel], env: p06env },
    // Piped, the default format is Markdown; the drawn table (cli-table3) is timed on its own.
    { key: 'overdue-table-warm', label: '`p06 overdue --format table` (warm)', cmd: p06('overdue', '--format', 'table'), env: p06env },
    { key: 'summary-warm', label: '`p06 summary` (warm)', cmd: p06('summary'), env: p06env },
    { key: 'validate-warm', label: '`p06 validate` (warm)', cmd: p06('validate'), env: p06env },
    { key: 'yaml', label: 'bare `yaml` parse (baseline)', cmd: [NODE, YAML_BASELINE, rel] },
    // Read and validate the whole dataset (unchanged files from their cached checks), write one file. The file is put back before each run.
    edit,
  ];

  if (TASK && size <= TASKWARRIOR_MAX) {
    const tw = setupTaskwarrior(size, info.taskwarrior);
    if (tw.error) notes.push(`${n(size)} tasks: Taskwarrior not timed: ${tw.error}`);
    else {
      commands.push({ key: 'task', label: '`task overdue` (Taskwarrior)', cmd: ['task', 'rc.gc=off', 'overdue'], env: tw.env });
      // Both should list a similar share of the tasks.
      const p06Count = JSON.parse(spawnSync(NODE, [P06, 'overdue', '--json', '--data', rel, '--as-of', AS_OF], { cwd: WORK, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...p06env } }).stdout).tasks.length;
      notes.push(`${n(size)} tasks: Taskwarrior ${TASK}; import of ${n(size)} tasks took ${(tw.importMs / 1000).toFixed(1)} s; \`task overdue\` lists ${tw.overdue} tasks, \`p06 overdue\` ${p06Count} (its due dates are shifted by ${daysSinceAsOf} days so that the real "now" plays the part of ${AS_OF}; it also counts recurring tasks whose due date has passed, which p06 never calls overdue). Dependencies imported as uuids; statuses: open → pending, done → completed, cancelled → deleted, recurring → pending.`);
    }
  } else if (TASK) {
    notes.push(`${n(size)} tasks: Taskwarrior not timed (importing ${size.toLocaleString('en')} tasks would take far too long).`);
  }

  if (size === 700) commands.push(...partTwo(dir, cache));

  const rows = commands.map((c) => ({ size, ...c, samples: [], total: 0 }));
  for (let round = 0; round < opts.runs; round++) {
    // Alternate: every round runs each command once, starting one further along each time.
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(k + round) % rows.length];
      if (row.samples.length > 0 && row.total >= opts.budget * 1000) continue;
      row.before?.();
      const s = timed(row.cmd, { env: row.env, cwd: row.cwd, label: `${size} ${row.label}`, run: row.samples.length });
      row.samples.push(s);
      row.total += s.ms;
      progress(`[${size}] run ${round + 1}/${opts.runs}  ${row.label.padEnd(36)} ${fmtMs(s.ms).padStart(9)} ms  ${s.rss === undefined ? '' : `${(s.rss / 2 ** 20).toFixed(0)} MB`}`);
    }
  }
  for (const r of rows) {
    if (r.samples.length < opts.runs) notes.push(`${n(size)} tasks: ${r.label} ran ${r.samples.length} of ${opts.runs} times (its runs passed the ${opts.budget} s budget).`);
  }
  results.push(...rows);
}

/** `p06 set ID owner=…` on the first task of the first file; `before` restores the file, so every run makes the same one-line edit. */
function setEdit(dir, p06, env) {
  const file = join(dir, readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()[0]);
  const original = readFileSync(file);
  const id = /^ {2}- id: (\S+)$/m.exec(original.toString('utf8'))?.[1];
  if (id === undefined) fail(`no task id in ${file}`);
  return { key: 'set', label: '`p06 set ID owner=…` (one edit)', cmd: p06('set', id, 'owner=Bench Office'), env, before: () => writeFileSync(file, original) };
}

// ---------------------------------------------------------------- part two

/** Exit code and output of one p06 run, untimed. */
function p06Run(args, cwd, env) {
  return spawnSync(NODE, [P06, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
}

/**
 * A git repository of the dataset with 1,000 commits, one a day up to
 * AS_OF, each touching one file (a comment line, so that every commit has
 * new blobs to parse and the data stays valid), written with git fast-import.
 */
function historyRepo(dataDir) {
  const repo = join(WORK, 'repo-700');
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort();
  const texts = new Map(files.map((f) => [f, readFileSync(join(dataDir, f), 'utf8')]));
  const chunks = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const last = Date.parse(AS_OF) / 1000 + 12 * 3600;
  const COMMITS = 1000;
  for (let i = 0; i < COMMITS; i++) {
    const when = last - (COMMITS - 1 - i) * 86_400;
    chunks.push(`commit refs/heads/main\nmark :${i + 1}\ncommitter p06 bench <bench@example.org> ${when} +0700\n${data(`day ${i + 1}`)}`);
    if (i > 0) chunks.push(`from :${i}\n`);
    if (i === 0) {
      chunks.push(`M 100644 inline p06.yaml\n${data(BENCH_CONFIG)}`);
      for (const f of files) chunks.push(`M 100644 inline data/${f}\n${data(texts.get(f))}`);
    } else {
      const f = files[i % files.length];
      texts.set(f, `${texts.get(f)}# reviewed on day ${i + 1}\n`);
      chunks.push(`M 100644 inline data/${f}\n${data(texts.get(f))}`);
    }
  }
  const git = (args, input) => spawnSync('git', args, { cwd: repo, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (git(['init', '-q', '-b', 'main']).status !== 0) return { error: 'git init failed (is git installed?)' };
  const imported = git(['fast-import', '--quiet'], chunks.join(''));
  if (imported.status !== 0) return { error: `git fast-import failed: ${imported.stderr.trim().split('\n')[0]}` };
  git(['reset', '-q', '--hard', 'main']);
  return { repo, commits: COMMITS };
}

/**
 * Rows for the part-two commands this build has, each checked once (which
 * also primes the cache) before it is timed; a command it lacks, or one that
 * fails its check, is a note instead.
 */
function partTwo(dataDir, cache) {
  const env = { P06_CACHE_DIR: cache };
  // `p06 NAME --help` with an unknown NAME prints the general help and exits 0: read the command list instead.
  const commands = new Set([...String(p06Run(['--help'], WORK, env).stdout).matchAll(/^  ([a-z][\w-]*)/gm)].map((m) => m[1]));
  const has = (name) => commands.has(name);
  const rows = [];
  const missing = [];
  const history = has('changes') || has('trend') || has('brief') ? historyRepo(dataDir) : undefined;
  if (history?.error) notes.push(`700 tasks: no history repository for changes, trend and brief: ${history.error}.`);
  const edits = join(WORK, 'edits-700');
  rmSync(edits, { recursive: true, force: true });
  cpSync(dataDir, join(edits, 'data'), { recursive: true });
  writeFileSync(join(edits, 'p06.yaml'), BENCH_CONFIG);

  const candidates = [
    { key: 'changes', label: '`p06 changes --since` 30 days (warm)', cmd: ['changes', '--since', '2024-06-01'], repo: true },
    { key: 'trend', label: '`p06 trend`, 100 weekly points over 1,000 commits (warm)', cmd: ['trend', '--since', '2022-08-01', '--every', 'week'], repo: true },
    { key: 'brief-html', label: '`p06 brief --format html` (warm)', cmd: ['brief', '--format', 'html', '--since', '2024-06-01'], repo: true, needs: 'brief' },
    { key: 'fmt-check', label: '`p06 fmt --check` (warm)', cmd: ['fmt', '--check'], cwd: edits, needs: 'fmt', prepare: () => p06Run(['fmt'], edits, env) },
    { key: 'export-ics', label: '`p06 export ics` (warm)', cmd: ['export', 'ics'], needs: 'export' },
    { key: 'graph-mermaid', label: '`p06 graph --format mermaid` (warm)', cmd: ['graph', '--format', 'mermaid'], needs: 'graph' },
    { key: 'graph-dot', label: '`p06 graph --format dot` (warm)', cmd: ['graph', '--format', 'dot'], needs: 'graph' },
    { key: 'xlsx', label: '`p06 overdue --format xlsx --output FILE` (warm)', cmd: ['overdue', '--format', 'xlsx', '--output', join(WORK, 'overdue.xlsx')], probe: () => p06Run(['overdue', '--format', 'xlsx', '--output', join(WORK, 'probe.xlsx'), '--data', relative(WORK, dataDir), '--as-of', AS_OF], WORK, env).status === 0 },
  ];
  for (const c of candidates) {
    const name = c.needs ?? c.cmd[0] ?? c.key;
    const present = c.probe ? c.probe() : has(typeof c.cmd === 'function' ? c.key : name);
    if (!present) {
      const what = `\`${c.key === 'xlsx' ? '--format xlsx' : name}\``;
      if (!missing.includes(what)) missing.push(what);
      continue;
    }
    if (c.repo && !history?.repo) continue;
    const cwd = c.repo ? history.repo : c.cwd ?? WORK;
    // In the repository and the edits copy, p06.yaml there names ./data; elsewhere --data points at the dataset.
    const where = c.repo || c.cwd ? [] : ['--data', relative(WORK, dataDir), '--as-of', AS_OF];
    const argv = (run) => [NODE, P06, ...(typeof c.cmd === 'function' ? c.cmd(run) : c.cmd), ...where];
    c.prepare?.();
    const check = spawnSync(argv(0)[0], argv(0).slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
    if (check.status !== 0) {
      notes.push(`700 tasks: ${c.label} not timed: its check run exited ${check.status ?? check.signal}: ${String(check.stderr).trim().split('\n')[0] ?? ''}`);
      continue;
    }
    rows.push({ key: c.key, label: c.label, cmd: argv, cwd, env });
  }
  if (missing.length) notes.push(`700 tasks: this build has no ${missing.join(', ')}: not timed.`);
  if (history?.repo) notes.push(`700 tasks: changes, trend and brief run in a git repository of the dataset with ${history.commits} commits, one a day up to ${AS_OF}, each adding a comment line to one file (new blobs to parse at every commit; the data stays valid).`);
  return rows;
}

function setupTaskwarrior(size, tasks) {
  const home = join(WORK, `taskwarrior-${size}`);
  const data = join(home, 'data');
  mkdirSync(data, { recursive: true });
  const rc = join(home, 'taskrc');
  writeFileSync(rc, [`data.location=${data}`, 'confirmation=off', 'verbose=nothing', 'hooks=off', 'recurrence=off', 'news.version=99.99.99', ''].join('\n'));
  const env = { TASKRC: rc, TASKDATA: data };
  const json = join(home, 'tasks.json');
  writeFileSync(json, JSON.stringify(tasks));
  progress(`[${size}] importing ${tasks.length} tasks into Taskwarrior (throwaway TASKDATA)`);
  const run = (args) => {
    const r = spawnSync('task', args, { cwd: home, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`\`task ${args.join(' ')}\` exited with ${r.status ?? r.signal}: ${String(r.stderr).trim().split('\n')[0]}`);
    return r.stdout;
  };
  try {
    const t0 = process.hrtime.bigint();
    run(['import', json]);
    const importMs = Number(process.hrtime.bigint() - t0) / 1e6;
    run(['rc.gc=on', 'count']); // moves completed and deleted tasks out of pending.data once
    const overdue = Number(run(['rc.gc=off', '+OVERDUE', 'count']).trim());
    return { env, importMs, overdue };
  } catch (e) {
    return { error: e.message };
  }
}

// ---------------------------------------------------------------- statistics and report

function stats(samples) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const mid = ms.length >> 1;
  const median = ms.length % 2 ? ms[mid] : (ms[mid - 1] + ms[mid]) / 2;
  const rss = samples.map((s) => s.rss).filter((x) => x !== undefined);
  const cpus = samples.map((s) => s.cpu).filter((x) => x !== undefined).sort((a, b) => a - b);
  const cmid = cpus.length >> 1;
  const cpu = cpus.length === 0 ? undefined : cpus.length % 2 ? cpus[cmid] : (cpus[cmid - 1] + cpus[cmid]) / 2;
  return { median, min: ms[0], max: ms[ms.length - 1], cpu, rss: rss.length ? Math.max(...rss) : undefined, n: ms.length };
}

const find = (size, key) => {
  const r = results.find((x) => x.size === size && x.key === key);
  return r && r.samples.length ? stats(r.samples) : undefined;
};

function fmtMs(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}
const fmtX = (x) => (x === undefined ? 'n/a' : `${x.toFixed(2)}×`);

const lines = [];
const out = (s = '') => lines.push(s);

const cpu = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  } catch {
    return os.cpus()[0]?.model ?? 'unknown';
  }
})();
const git = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || 'unknown';
// SPEC §11: trend over 1,000 commits of the bundled data (scripts/history-bench.mjs; alone: npm run bench:history).
const history = opts.history ? (await import('./history-bench.mjs')).runHistoryBench({ runs: Math.min(opts.runs, 5), progress }) : undefined;
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
const load = os.loadavg().map((x) => x.toFixed(2)).join(', ');

out('# p06 benchmark');
out();
out(`- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; p06 at git \`${git}\`; \`${['node scripts/bench.mjs', ...process.argv.slice(2)].join(' ')}\` took ${(elapsed / 60).toFixed(1)} min`);
out(`- Node ${process.version}; CPU: ${cpu}; ${os.cpus().length} cores; ${(os.totalmem() / GIB).toFixed(1)} GiB memory; load average (1, 5, 15 min) at the start: ${loadAtStart}, at the end: ${load}`);
const measuredBy = RUSAGE
  ? "Wall time, CPU time (user + system) and peak RSS from `scripts/bench/rusage.py` (Python's `os.wait4` around a fork and exec, for every command alike, `node -e 0` too). On a machine others are loading, wall times swing far more than CPU times: the CPU columns say what p06 itself costs"
  : `Wall time from \`process.hrtime\` around \`spawnSync\`; peak RSS from ${GNU_TIME ? 'GNU `time -f %M`, which wraps every command alike (`node -e 0` too) and adds about 1 ms' : '— (GNU time not installed: no memory figures)'}; no CPU times (python3 not found)`;
out(`- Whole processes, stdout to /dev/null, every exit code checked (0). ${measuredBy}.`);
out(`- Each size: up to ${opts.runs} rounds, alternating: every round runs each command once, starting one further along. A command stops repeating once its runs at that size add up to ${opts.budget} s (at least one run). All p06 runs: \`--data DIR --as-of ${AS_OF}\`, default output format (stdout is not a terminal, so reports print Markdown; the drawn table is timed separately); *cold* = \`--no-cache\`, *warm* = the cache primed by a \`p06 validate\` before the first round (\`P06_CACHE_DIR\` in the bench work dir).`);
out(`- Baseline: \`scripts/bench/yaml-parse.mjs\`, a Node process that reads the same files and turns each into plain data with the bare \`yaml\` package, single-threaded (\`parseDocument(text, options).toJS()\`, p06's options) and nothing else; it imports \`yaml\` from node_modules as any program would.`);
out(`- \`p06 overdue\` without \`--as-of\` works out today in the configured zone (the bench's p06.yaml says \`timezone: Asia/Ho_Chi_Minh\`, as the secretariat's does).`);
out();
out('## Datasets');
out();
out('Seeded (mulberry32, seed 6), regenerated on every run by `scripts/bench/generate.mjs`: every deadline form, all five statuses, dependencies (some across files, never a cycle), extensions, coordinating agencies. `p06 validate` finds no errors in any of them.');
out();
out('| tasks | files | MB | not started | in progress | done | recurring | cancelled | `p06 validate` |');
out('|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const d of datasets) {
  const c = d.counts;
  out(`| ${n(d.size)} | ${d.files} | ${(d.bytes / 1e6).toFixed(2)} | ${n(c.not_started)} | ${n(c.in_progress)} | ${n(c.done)} | ${n(c.recurring)} | ${n(c.cancelled)} | ${d.validate} |`);
}
out();
out('## Results');
out();
out('| command | tasks | runs | median ms | min ms | max ms | peak RSS MB | × `node -e 0` | median CPU ms | CPU × `node -e 0` |');
out('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of opts.sizes) {
  const base = find(size, 'node');
  for (const r of results.filter((x) => x.size === size)) {
    const s = stats(r.samples);
    const rss = s.rss === undefined ? '—' : (s.rss / 2 ** 20).toFixed(0);
    const cpu = s.cpu === undefined ? '—' : fmtMs(s.cpu);
    const cpuX = s.cpu === undefined || base.cpu === undefined ? '—' : fmtX(s.cpu / base.cpu);
    out(`| ${r.label} | ${n(size)} | ${s.n} | ${fmtMs(s.median)} | ${fmtMs(s.min)} | ${fmtMs(s.max)} | ${rss} | ${fmtX(s.median / base.median)} | ${cpu} | ${cpuX} |`);
  }
}
out();

if (history) {
  out('## History');
  out();
  out(history.text);
}

// ---------------------------------------------------------------- targets

const targets = [];
const target = (name, measured, limit, pass, detail = '') => targets.push({ name, measured, limit, result: pass === undefined ? 'SKIP' : pass ? 'PASS' : 'FAIL', detail });
const has = (size) => opts.sizes.includes(size);
const ratio = (a, b) => (a && b ? a.median / b.median : undefined);
/** The same ratio in CPU time, for the "also" column: what load on the machine moves least. */
const cpuOf = (a, b) => (a?.cpu !== undefined && b?.cpu ? `CPU time ${fmtX(a.cpu / b.cpu)}` : '');
const also = (...parts) => parts.filter(Boolean).join('; ');

if (has(700)) {
  const node = find(700, 'node');
  const today = ratio(find(700, 'overdue-today-warm'), node);
  const warm = ratio(find(700, 'overdue-warm'), node);
  const cold = ratio(find(700, 'overdue-cold'), node);
  const table = ratio(find(700, 'overdue-table-warm'), node);
  target('700 tasks: warm `p06 overdue` without `--as-of` within 1.2× of `node -e 0`', fmtX(today), '≤ 1.20×', today <= 1.2, also(cpuOf(find(700, 'overdue-today-warm'), node), `with \`--as-of\`: ${fmtX(warm)}; \`--format table\`: ${fmtX(table)}`));
  target('700 tasks: cold `p06 overdue --no-cache` within 2.5× of `node -e 0`', fmtX(cold), '≤ 2.50×', cold <= 2.5, cpuOf(find(700, 'overdue-cold'), node));
  const set = ratio(find(700, 'set'), node);
  target('700 tasks: one `p06 set` (validated, atomic) within 2× of `node -e 0`', set === undefined ? 'not measured' : fmtX(set), '≤ 2.00×', set === undefined ? undefined : set <= 2, set === undefined ? 'no `set` in this build' : cpuOf(find(700, 'set'), node));
  const brief = ratio(find(700, 'brief-html'), node);
  target('700 tasks: warm `p06 brief --format html` within 3× of `node -e 0`', brief === undefined ? 'not measured' : fmtX(brief), '≤ 3.00×', brief === undefined ? undefined : brief <= 3, brief === undefined ? 'no `brief` in this build' : cpuOf(find(700, 'brief-html'), node));
} else target('700 tasks: warm `p06 overdue` without `--as-of` within 1.2× of `node -e 0`', 'not measured', '≤ 1.20×', undefined, 'size not run');


if (has(10000) && find(10000, 'task')) {
  const task = find(10000, 'task');
  const warm = ratio(task, find(10000, 'overdue-warm'));
  const cold = ratio(task, find(10000, 'overdue-cold'));
  const table = ratio(task, find(10000, 'overdue-table-warm'));
  target('10,000 tasks: `p06 overdue` (warm) at least 20× faster than `task overdue`', fmtX(warm), '≥ 20×', warm >= 20, `cold (\`--no-cache\`): ${fmtX(cold)}; \`--format table\` (warm): ${fmtX(table)}`);
} else target('10,000 tasks: `p06 overdue` at least 20× faster than `task overdue`', 'not measured', '≥ 20×', undefined, !TASK ? 'taskwarrior not installed' : 'size not run');

if (has(100000)) {
  const r = ratio(find(100000, 'validate-cold'), find(100000, 'yaml'));
  target('100,000 tasks: cold `p06 validate` within 1.0× of the bare `yaml` `parseDocument().toJS()`', fmtX(r), '≤ 1.00×', r <= 1.0, cpuOf(find(100000, 'validate-cold'), find(100000, 'yaml')));
} else target('100,000 tasks: cold `p06 validate` within 1.0× of the bare `yaml` `parseDocument().toJS()`', 'not measured', '≤ 1.00×', undefined, 'size not run');

{
  const p06rows = results.filter((r) => r.key !== 'node' && r.key !== 'yaml' && r.key !== 'task');
  const worst = p06rows.map((r) => ({ r, rss: stats(r.samples).rss })).filter((x) => x.rss !== undefined).sort((a, b) => b.rss - a.rss)[0];
  if (!worst) target('peak memory under 1 GiB', 'not measured', '< 1024 MB', undefined, 'GNU time not installed');
  else {
    const over = p06rows.filter((r) => (stats(r.samples).rss ?? 0) >= GIB).map((r) => `${r.label} at ${n(r.size)}`);
    target(`peak memory under 1 GiB (every p06 command${has(100000) ? ', 100,000 tasks included' : ''})`, `${(worst.rss / 2 ** 20).toFixed(0)} MB`, '< 1024 MB', worst.rss < GIB, `largest: ${worst.r.label} at ${n(worst.r.size)} tasks${over.length ? `; over: ${over.join(', ')}` : ''}`);
  }
}

for (const [key, what] of [
  ['validate-cold', 'cold `p06 validate`'],
  ['overdue-warm', 'warm `p06 overdue`'],
]) {
  if (has(10000) && has(100000)) {
    const node10 = find(10000, 'node').median;
    const node100 = find(100000, 'node').median;
    const a = find(10000, key).median;
    const b = find(100000, key).median;
    const net = (b - node100) / (a - node10);
    target(`linear: ${what}, time(100,000) / time(10,000), \`node -e 0\` start-up subtracted`, fmtX(net), '≤ 11×', net <= 11, `raw ratio ${fmtX(b / a)}; start-up subtracted: (${fmtMs(b)} − ${fmtMs(node100)}) / (${fmtMs(a)} − ${fmtMs(node10)}) ms`);
  } else target(`linear: ${what}, time(100,000) / time(10,000)`, 'not measured', '≤ 11×', undefined, 'needs the 10,000 and 100,000 sizes');
}

{
  // "Within a few seconds" on an idle machine: judged on CPU time (user + sys), which a loaded machine does not stretch; wall beside it.
  const name = `${n(history?.commits ?? 1000)} commits: \`p06 trend\`, 100 month ends, cold (\`--no-cache\`), within a few seconds`;
  const row = (key) => history?.rows.find((r) => r.key === key);
  const cold = row('trend-cold');
  if (!cold) target(name, 'not measured', '≤ 5 s CPU', undefined, '--no-history');
  else target(name, `${cold.cpu.toFixed(2)} s CPU`, '≤ 5 s CPU', cold.cpu <= 5, `wall ${cold.wall.toFixed(2)} s (\`node -e 0\` ${history.node.toFixed(2)} s); warm: ${row('trend-warm').cpu.toFixed(2)} s CPU, ${row('trend-warm').wall.toFixed(2)} s wall`);
}

out('## Targets');
out();
out('Each a ratio of medians from this one run. The linear check subtracts the `node -e 0` median of the same size from both times first: a fixed start-up cost would otherwise make it meaningless.');
out();
out('| target | measured | limit | result | also |');
out('|---|---:|---:|---|---|');
for (const t of targets) out(`| ${t.name} | ${t.measured} | ${t.limit} | **${t.result}** | ${t.detail} |`);
out();
if (notes.length) {
  out('## Notes');
  out();
  for (const note of notes) out(`- ${note}`);
  out();
}

const text = lines.join('\n') + '\n';
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
process.stdout.write(text);
progress(`\nbench: wrote ${relative(ROOT, OUT)} in ${(elapsed / 60).toFixed(1)} min`);
