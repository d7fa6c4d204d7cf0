// `npm run bench`: whole-process wall time and peak memory of p06 on
// generated datasets, beside `node -e 0`, the bare `yaml` parse of the same
// files and (where installed) Taskwarrior's `task overdue`. SPEC §9.
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
if (!existsSync(join(ROOT, 'dist', 'p06.js'))) fail('dist/p06.js is missing: run node scripts/build.mjs');

// Time a snapshot of the build, so that a rebuild during the bench (tests
// run one) cannot change or remove what is being measured halfway.
const P06_HOME = join(WORK, 'p06');
cpSync(join(ROOT, 'bin'), join(P06_HOME, 'bin'), { recursive: true });
cpSync(join(ROOT, 'dist'), join(P06_HOME, 'dist'), { recursive: true });
writeFileSync(join(P06_HOME, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
const P06 = join(P06_HOME, 'bin', 'p06.js');

// p06 looks for p06.yaml in the working directory and then its parents (the
// repository has one): give the runs one of their own with the defaults.
writeFileSync(join(WORK, 'p06.yaml'), '# p06 bench: defaults\nat_risk_days: 14\n');

const GNU_TIME = detectGnuTime();
const TASK = detectTaskwarrior();

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
 * Runs one process (through GNU time when it is there, for every command
 * alike) with stdout to /dev/null; returns wall ms and peak RSS in bytes.
 * A non-zero exit aborts the bench: a failing command has no meaningful time.
 */
function timed(cmd, { cwd = WORK, env = {}, label }) {
  const rssFile = join(WORK, 'rss.txt');
  const [file, args] = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, ...cmd]] : [cmd[0], cmd.slice(1)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, args, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 20 * 60 * 1000,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) fail(`${label}: ${r.error.message}`);
  if (r.status !== 0) {
    const tail = String(r.stderr ?? '').trim().split('\n').slice(-5).join('\n');
    fail(`${label}: exit ${r.status ?? r.signal}\n${tail}`);
  }
  let rss;
  if (GNU_TIME) {
    const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
    rss = Number.isFinite(kb) ? kb * 1024 : undefined;
  }
  return { ms, rss };
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

  const commands = [
    { key: 'node', label: '`node -e 0`', cmd: [NODE, '-e', '0'] },
    { key: 'validate-cold', label: '`p06 validate --no-cache` (cold)', cmd: p06('validate', '--no-cache'), env: p06env },
    { key: 'overdue-cold', label: '`p06 overdue --no-cache` (cold)', cmd: p06('overdue', '--no-cache'), env: p06env },
    { key: 'overdue-warm', label: '`p06 overdue` (warm)', cmd: p06('overdue'), env: p06env },
    // Piped, the default format is Markdown; the drawn table (cli-table3) is timed on its own.
    { key: 'overdue-table-warm', label: '`p06 overdue --format table` (warm)', cmd: p06('overdue', '--format', 'table'), env: p06env },
    { key: 'summary-warm', label: '`p06 summary` (warm)', cmd: p06('summary'), env: p06env },
    { key: 'validate-warm', label: '`p06 validate` (warm)', cmd: p06('validate'), env: p06env },
    { key: 'yaml', label: 'bare `yaml` parse (baseline)', cmd: [NODE, YAML_BASELINE, rel] },
    // One edit, as an editor makes it: read and validate the whole dataset, write one file. The file is put back before each run.
    setEdit(dir, p06, p06env),
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

  const rows = commands.map((c) => ({ size, ...c, samples: [], total: 0 }));
  for (let round = 0; round < opts.runs; round++) {
    // Alternate: every round runs each command once, starting one further along each time.
    for (let k = 0; k < rows.length; k++) {
      const row = rows[(k + round) % rows.length];
      if (row.samples.length > 0 && row.total >= opts.budget * 1000) continue;
      row.before?.();
      const s = timed(row.cmd, { env: row.env, label: `${size} ${row.label}` });
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
  return { median, min: ms[0], max: ms[ms.length - 1], rss: rss.length ? Math.max(...rss) : undefined, n: ms.length };
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
out(`- Whole processes, stdout to /dev/null, every exit code checked (0). Wall time from \`process.hrtime\` around \`spawnSync\`; peak RSS from ${GNU_TIME ? 'GNU `time -f %M`, which wraps every command alike (`node -e 0` too) and adds about 1 ms' : '— (GNU time not installed: no memory figures)'}.`);
out(`- Each size: up to ${opts.runs} rounds, alternating: every round runs each command once, starting one further along. A command stops repeating once its runs at that size add up to ${opts.budget} s (at least one run). All p06 runs: \`--data DIR --as-of ${AS_OF}\`, default output format (stdout is not a terminal, so reports print Markdown; the drawn table is timed separately); *cold* = \`--no-cache\`, *warm* = the cache primed by a \`p06 validate\` before the first round (\`P06_CACHE_DIR\` in the bench work dir).`);
out(`- Baseline: \`scripts/bench/yaml-parse.mjs\`, a Node process that reads the same files and parses each with the \`yaml\` package (\`Parser\` + \`Composer\`, p06's options) and nothing else; it imports \`yaml\` from node_modules, unbundled.`);
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
out('| command | tasks | runs | median ms | min ms | max ms | peak RSS MB | × `node -e 0` |');
out('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const size of opts.sizes) {
  const base = find(size, 'node');
  for (const r of results.filter((x) => x.size === size)) {
    const s = stats(r.samples);
    const rss = s.rss === undefined ? '—' : (s.rss / 2 ** 20).toFixed(0);
    out(`| ${r.label} | ${n(size)} | ${s.n} | ${fmtMs(s.median)} | ${fmtMs(s.min)} | ${fmtMs(s.max)} | ${rss} | ${fmtX(s.median / base.median)} |`);
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

if (has(700)) {
  const node = find(700, 'node');
  const warm = ratio(find(700, 'overdue-warm'), node);
  const cold = ratio(find(700, 'overdue-cold'), node);
  const table = ratio(find(700, 'overdue-table-warm'), node);
  target('700 tasks: `p06 overdue` (warm) within 1.5× of `node -e 0`', fmtX(warm), '≤ 1.50×', warm <= 1.5, `cold (\`--no-cache\`): ${fmtX(cold)}; \`--format table\` (warm): ${fmtX(table)}`);
} else target('700 tasks: `p06 overdue` within 1.5× of `node -e 0`', 'not measured', '≤ 1.50×', undefined, 'size not run');

if (has(700)) {
  const set = find(700, 'set');
  const node = find(700, 'node');
  if (set && node) notes.push(`700 tasks: one \`p06 set\` (read and validate the whole dataset, write one file atomically) takes ${fmtMs(set.median)} ms, ${fmtX(set.median / node.median)} \`node -e 0\` (${fmtMs(node.median)} ms).`);
}

if (has(10000) && find(10000, 'task')) {
  const task = find(10000, 'task');
  const warm = ratio(task, find(10000, 'overdue-warm'));
  const cold = ratio(task, find(10000, 'overdue-cold'));
  const table = ratio(task, find(10000, 'overdue-table-warm'));
  target('10,000 tasks: `p06 overdue` (warm) at least 20× faster than `task overdue`', fmtX(warm), '≥ 20×', warm >= 20, `cold (\`--no-cache\`): ${fmtX(cold)}; \`--format table\` (warm): ${fmtX(table)}`);
} else target('10,000 tasks: `p06 overdue` at least 20× faster than `task overdue`', 'not measured', '≥ 20×', undefined, !TASK ? 'taskwarrior not installed' : 'size not run');

if (has(100000)) {
  const r = ratio(find(100000, 'validate-cold'), find(100000, 'yaml'));
  target('100,000 tasks: cold `p06 validate` within 1.1× of the bare `yaml` parse', fmtX(r), '≤ 1.10×', r <= 1.1);
} else target('100,000 tasks: cold `p06 validate` within 1.1× of the bare `yaml` parse', 'not measured', '≤ 1.10×', undefined, 'size not run');

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
