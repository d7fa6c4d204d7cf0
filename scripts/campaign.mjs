// A long property-based campaign against the whole CLI (tests/property):
// the same properties `npm test` runs with a few inputs from seed 42, here
// with many inputs from each seed given. Reports, per property and seed, how
// many inputs were tried, how long it took and whether it held; exits 1 when
// any property failed (vitest prints the seed and the shrunk counterexample).
//
//   npm run campaign                        2000 inputs per property, seeds 1 and 2
//   npm run campaign -- --runs 500 --seeds 7,8,9
//   npm run campaign -- --json campaign.json   also write the figures as JSON
//
// Spawning properties take a share of --runs (see tests/property/*.test.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seeds: { type: 'string', default: '1,2' },
    json: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seeds = values.seeds.split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1 || seeds.some((s) => !Number.isInteger(s))) {
  console.error('usage: npm run campaign -- [--runs N] [--seeds S1,S2,...] [--json FILE]');
  process.exit(2);
}

// The process property spawns bin/p06.js, which runs dist/: a private copy of
// both, so that a build started beside a long campaign cannot pull it away.
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(1);
const dir = mkdtempSync(join(tmpdir(), 'p06-campaign-'));
for (const folder of ['bin', 'dist']) cpSync(join(root, folder), join(dir, folder), { recursive: true });

const log = join(dir, 'log.jsonl');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const started = Date.now();
let failedRuns = 0;
for (const seed of seeds) {
  console.error(`\n== seed ${seed}: ${runs} inputs per property`);
  const r = spawnSync(process.execPath, [vitest, 'run', 'tests/property', '--exclude', 'tests/property/regressions.test.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, P06_CAMPAIGN_RUNS: String(runs), P06_SEED: String(seed), P06_CAMPAIGN_LOG: log, P06_BIN: join(dir, 'bin', 'p06.js') },
  });
  if (r.status !== 0) failedRuns++;
}
const seconds = (Date.now() - started) / 1000;

let lines = [];
try {
  lines = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  // no property reported: vitest failed before running any
}
rmSync(dir, { recursive: true, force: true });

const inputs = lines.reduce((n, l) => n + l.runs, 0);
const failures = lines.filter((l) => !l.ok);
console.log('\nproperty          seed    inputs    seconds  result');
for (const l of lines) {
  console.log(`${l.property.padEnd(16)} ${String(l.seed).padStart(5)} ${String(l.runs).padStart(9)} ${(l.ms / 1000).toFixed(1).padStart(10)}  ${l.ok ? 'held' : 'FAILED'}`);
}
console.log(`\n${inputs} generated inputs, seeds ${seeds.join(', ')}, ${seconds.toFixed(0)} s wall time, ${failures.length} failing propert${failures.length === 1 ? 'y' : 'ies'}`);
if (values.json) writeFileSync(values.json, JSON.stringify({ runs, seeds, seconds, inputs, properties: lines }, null, 2) + '\n');
process.exit(failures.length > 0 || failedRuns > 0 ? 1 : 0);
