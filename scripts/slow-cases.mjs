// Builds the inputs that once made small files take minutes or gigabytes,
// and optionally times p06 on each: whole-process wall time, CPU time and
// peak memory (GNU time's maximum resident set size). Not a test: the tests
// use smaller inputs and check the work done, not the clock.
//
//   node scripts/slow-cases.mjs DIR                  write the cases under DIR
//   node scripts/slow-cases.mjs DIR --run [--bin B]  ... and time each (default bin/p06.js)
//   node scripts/slow-cases.mjs DIR --run --only anchors,alias-amplification
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { run: { type: 'boolean' }, bin: { type: 'string' }, only: { type: 'string' }, timeout: { type: 'string', default: '600' } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/slow-cases.mjs DIR [--run] [--bin PATH] [--only a,b] [--timeout SECONDS]');
  process.exit(2);
}
const root = resolve(positionals[0]);
const bin = resolve(values.bin ?? 'bin/p06.js');

const header = (code) => `ministry:\n  code: ${code}\n  name: Ministry ${code}\ntasks:\n`;
const task = (id, extra = '') => `  - id: ${id}\n    title: Task ${id}\n    owner: Office\n    deadline: 2030-01-01\n    status: in_progress\n    result: A report${extra}\n`;

function write(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function repo(dir, files) {
  write(dir, files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, '-c', 'user.email=p06@example.org', '-c', 'user.name=p06', 'add', '-A');
  git(dir, '-c', 'user.email=p06@example.org', '-c', 'user.name=p06', 'commit', '-q', '-m', 'base');
}

function commitAll(dir, message) {
  git(dir, '-c', 'user.email=p06@example.org', '-c', 'user.name=p06', 'add', '-A');
  git(dir, '-c', 'user.email=p06@example.org', '-c', 'user.name=p06', 'commit', '-q', '-m', message);
}

// Each case: how to build it, and the command to time (run in its folder).
const cases = {
  // 2,000 tasks sharing a title, an owner and a result through anchors: valid.
  anchors(dir) {
    let text = header('ANC');
    for (let i = 1; i <= 2000; i++) {
      text +=
        i === 1
          ? `  - id: ANC-1\n    title: &t Compile the roadmaps of every ministry for the procedures\n    owner: &o Department of Administrative Procedures Control\n    deadline: 2030-01-01\n    status: in_progress\n    result: &r One compiled roadmap submitted\n`
          : `  - id: ANC-${i}\n    title: *t\n    owner: *o\n    deadline: 2030-01-01\n    status: in_progress\n    result: *r\n`;
    }
    write(dir, { 'data/anc.yaml': text });
    return ['validate', '--no-cache'];
  },
  // 8,000 dependencies on ids that do not exist but look like the 8,000 that do.
  'unknown-dependencies'(dir) {
    let text = header('DEP');
    for (let i = 1; i <= 8000; i++) text += task(`DEP-${String(i).padStart(5, '0')}`, `\n    depends_on: [DEP-X${String(i).padStart(6, '0')}]`);
    write(dir, { 'data/dep.yaml': text });
    return ['validate', '--no-cache'];
  },
  // 3,000 agencies in p06.yaml and 2,000 tasks coordinating with agencies nobody listed.
  'unknown-agencies'(dir) {
    let config = 'data: data\nagencies:\n';
    for (let i = 0; i < 3000; i++) config += `  AGENCY${String(i).padStart(6, '0')}: Agency ${i}\n`;
    let text = header('AGY');
    for (let i = 1; i <= 2000; i++) text += task(`AGY-${i}`, `\n    coordinating: [UNLISTED${String(i).padStart(7, '0')}]`);
    write(dir, { 'p06.yaml': config, 'data/agy.yaml': text });
    return ['validate', '--no-cache'];
  },
  // One 500 KB title, aliased by 2,000 tasks: 687 KB that expands to 1 GB.
  'alias-amplification'(dir) {
    let text = header('AMP');
    text += `  - id: AMP-1\n    title: &big ${'x'.repeat(500_000)}\n    owner: Office\n    deadline: 2030-01-01\n    status: in_progress\n    result: A report\n`;
    for (let i = 2; i <= 2000; i++) text += `  - id: AMP-${i}\n    title: *big\n    owner: Office\n    deadline: 2030-01-01\n    status: in_progress\n    result: A report\n`;
    write(dir, { 'data/amp.yaml': text });
    return ['list', '--no-cache', '--format', 'markdown', '--as-of', '2024-01-01'];
  },
  // A repository whose head lists one 1 MiB blob under 1,000 names (2,000 took 4.1 GB before the fix).
  'shared-blob'(dir) {
    repo(dir, { 'p06.yaml': 'data: data\nmax_file_bytes: 2097152\n', 'data/a.yaml': header('A') + task('A-1') });
    let blob = header('B');
    for (let i = 1; blob.length < 1024 * 1024 - 300; i++) blob += task(`B-${i}`);
    for (let i = 0; i < 1000; i++) {
      mkdirSync(join(dir, 'data', `d${i}`), { recursive: true });
      writeFileSync(join(dir, 'data', `d${i}`, 'b.yaml'), blob);
    }
    commitAll(dir, 'head');
    return ['review', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json', '--as-of', '2024-01-01'];
  },
  // 40,000 tasks whose ids all change in the pull request.
  're-id'(dir) {
    const files = (prefix) => {
      const out = { 'p06.yaml': 'data: data\nmax_file_bytes: 4194304\n' };
      for (let f = 0; f < 40; f++) {
        let text = header(`M${f}`);
        for (let i = 1; i <= 1000; i++) text += task(`M${f}-${prefix}${i}`).replace(`title: Task M${f}-${prefix}${i}`, `title: Task number ${i} of M${f}`);
        out[`data/m${f}.yaml`] = text;
      }
      return out;
    };
    repo(dir, files(''));
    rmSync(join(dir, 'data'), { recursive: true, force: true });
    for (const [name, text] of Object.entries(files('R'))) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return ['review', '--base', 'HEAD', '--format', 'json', '--as-of', '2024-01-01'];
  },
  // One task depending on 40,000 tasks that are all at risk.
  'risk-fan-in'(dir) {
    const out = { 'p06.yaml': 'data: data\nmax_file_bytes: 16777216\n' };
    let text = header('FAN');
    for (let i = 1; i <= 40000; i++) text += `  - id: FAN-${i}\n    title: T\n    owner: O\n    deadline: 2024-01-10\n    status: in_progress\n    result: R\n`;
    text += `  - id: FAN-0\n    title: T\n    owner: O\n    deadline: 2024-06-30\n    status: in_progress\n    result: R\n    depends_on: [${Array.from({ length: 40000 }, (_, i) => `FAN-${i + 1}`).join(', ')}]\n`;
    out['data/fan.yaml'] = text;
    write(dir, out);
    return ['at-risk', '--no-cache', '--format', 'json', '--as-of', '2024-01-01'];
  },
};

const only = values.only ? values.only.split(',') : Object.keys(cases);
const results = [];
for (const name of only) {
  const build = cases[name];
  if (!build) throw new Error(`no case ${name}; cases: ${Object.keys(cases).join(', ')}`);
  const dir = join(root, name);
  const args = build(dir);
  if (!values.run) {
    console.log(`${name}: cd ${dir} && p06 ${args.join(' ')}`);
    continue;
  }
  const started = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: Number(values.timeout) * 1000,
    env: { ...process.env, NO_COLOR: '1', P06_CACHE_DIR: join(root, '.cache') },
  });
  const seconds = (Date.now() - started) / 1000;
  // GNU time's last line: peak resident set in KiB, user and system CPU seconds.
  const [rss, user, system] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  const mb = Math.round(rss / 1024);
  const cpu = Math.round((user + system) * 10) / 10;
  const said = r.stderr.split('\n').filter((l) => l.startsWith('p06') || /error|FATAL/.test(l)).slice(0, 2).join(' | ').slice(0, 200);
  const row = { case: name, seconds, cpu_seconds: Number.isFinite(cpu) ? cpu : null, peak_mb: Number.isFinite(mb) ? mb : null, exit: r.status ?? r.signal ?? 'timeout', said };
  results.push(row);
  console.log(JSON.stringify(row));
}
if (values.run && existsSync(join(root, '.cache'))) rmSync(join(root, '.cache'), { recursive: true, force: true });
