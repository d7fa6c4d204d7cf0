// Seeded, deterministic p06 datasets for `npm run bench`.
//
//   generateDataset(dir, { tasks, files, seed }) -> { tasks, files, bytes, taskwarrior: [...] }
//
// Every file is valid p06 data for --as-of 2024-07-01: every deadline form,
// all five statuses, dependencies only on tasks generated earlier (so never a
// cycle, and always on ids that exist; some cross-file), extensions whose
// `from` dates increase and stay before the current due date, coordinating
// codes that exist as files. The same tasks are also returned in Taskwarrior's
// JSON import format (due dates shifted by `twShiftDays`, so that about the
// same share of tasks is overdue against the real "now" as against 2024-07-01).
//
// Plain Node ESM; run directly to write one dataset:
//   node scripts/bench/generate.mjs DIR TASKS FILES [SEED]

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const AS_OF = '2024-07-01';
const LAST_COMPLETED = Date.UTC(2024, 5, 30); // completed ≤ 2024-06-30 < as_of
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAY = 86_400_000;

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'review update connect digitise integrate publish reconcile verify deploy pilot train audit migrate ' +
  'population database citizen identity electronic authentication public service portal records ' +
  'social insurance health education land registry tax business licence procedure payment data ' +
  'province district commune residence household vehicle driving permit certificate chip card ' +
  'interoperability platform security standard regulation decree circular guideline report'
).split(' ');
const OWNERS = [
  'Department of Information Technology',
  'Department of Administrative Procedures Control',
  'Department of Legal Affairs',
  'Ministry Office',
  'Information Technology Centre',
  'Department of Planning and Finance',
  'Department of Digital Transformation',
  'Sở Thông tin và Truyền thông',
  'Trung tâm Dữ liệu quốc gia',
];
const RESULTS = ['Report submitted to the task force', 'System in production', 'Decree signed', 'Data synchronised with the population database', 'Guideline issued'];
const REASONS = ['waiting for the decree', 'budget not yet allocated', 'vendor delay', 'waiting for the population database connection'];

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const lastOfMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate(); // m is 1-based

/** The due date (ms, UTC midnight) of a deadline in any form. */
function dueOf(deadline) {
  if (typeof deadline === 'number') return Date.UTC(deadline, 11, 31);
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline))) return Date.UTC(+m[1], +m[2] - 1, +m[3]);
  if ((m = /^(\d{4})-(\d{2})$/.exec(deadline))) return Date.UTC(+m[1], +m[2] - 1, lastOfMonth(+m[1], +m[2]));
  if ((m = /^(\d{4})-Q([1-4])$/.exec(deadline))) return Date.UTC(+m[1], +m[2] * 3 - 1, lastOfMonth(+m[1], +m[2] * 3));
  if ((m = /^(\d{4})-H([12])$/.exec(deadline))) return Date.UTC(+m[1], +m[2] * 6 - 1, lastOfMonth(+m[1], +m[2] * 6));
  throw new Error(`bad deadline ${deadline}`);
}

/** Deterministic RFC 4122 v4-shaped uuid from the PRNG. */
function uuid(rand) {
  const hex = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rand() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// Plain scalars as people write them; double-quoted (JSON is valid YAML) when a plain one would misread.
const q = (s) => (/^[\p{L}][^:#"'\n]*[^\s]$/u.test(s) ? s : JSON.stringify(s));

export function generateDataset(dir, { tasks: total, files: fileCount, seed = 6, twShiftDays = 0 }) {
  const rand = mulberry32(seed * 1_000_003 + total);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const chance = (p) => rand() < p;

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const codes = Array.from({ length: fileCount }, (_, i) => `M${String(i + 1).padStart(3, '0')}`);
  const all = []; // every task generated so far: { id, uuid, fileIndex, ... }
  const tw = [];
  let bytes = 0;
  const counts = { not_started: 0, in_progress: 0, done: 0, recurring: 0, cancelled: 0 };
  const forms = { date: 0, month: 0, quarter: 0, half: 0, year: 0, none: 0 };

  for (let f = 0; f < fileCount; f++) {
    const code = codes[f];
    const n = Math.floor(total / fileCount) + (f < total % fileCount ? 1 : 0);
    const firstOfFile = all.length;
    const out = [
      `# Generated by scripts/bench/generate.mjs (seed ${seed}): ${n} tasks`,
      'ministry:',
      `  code: ${code}`,
      `  name: Ministry ${f + 1}`,
      `  name_vi: Bộ số ${f + 1}`,
      'tasks:',
    ];
    for (let i = 1; i <= n; i++) {
      const id = `${code}-${i}`;
      const r = rand();
      const status = r < 0.25 ? 'not_started' : r < 0.55 ? 'in_progress' : r < 0.83 ? 'done' : r < 0.93 ? 'recurring' : 'cancelled';
      counts[status]++;

      // Deadline: a due date between 2023-01 and 2026-12, written in one of the five forms.
      let deadline;
      if (status === 'recurring' && chance(0.5)) {
        deadline = undefined;
        forms.none++;
      } else {
        const y = int(2023, 2026);
        const k = rand();
        if (k < 0.45) {
          const m = int(1, 12);
          deadline = `${y}-${String(m).padStart(2, '0')}-${String(int(1, lastOfMonth(y, m))).padStart(2, '0')}`;
          forms.date++;
        } else if (k < 0.65) {
          deadline = `${y}-${String(int(1, 12)).padStart(2, '0')}`;
          forms.month++;
        } else if (k < 0.8) {
          deadline = `${y}-Q${int(1, 4)}`;
          forms.quarter++;
        } else if (k < 0.9) {
          deadline = `${y}-H${int(1, 2)}`;
          forms.half++;
        } else {
          deadline = y; // a number: YAML reads 2025 as an integer
          forms.year++;
        }
      }
      const due = deadline === undefined ? undefined : dueOf(deadline);

      const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} (${id})`;
      const lines = [
        `  - id: ${id}`,
        `    title: ${q(title)}`,
        `    owner: ${q(pick(OWNERS))}`,
      ];
      if (deadline !== undefined) lines.push(`    deadline: ${deadline}`);
      lines.push(`    status: ${status}`);
      let completed;
      if (status === 'done') {
        completed = iso(FIRST_DAY + int(0, (LAST_COMPLETED - FIRST_DAY) / DAY) * DAY);
        lines.push(`    completed: ${completed}`);
      }
      if (chance(0.92)) lines.push(`    result: ${q(pick(RESULTS))}`);

      // Dependencies: only on tasks generated before this one.
      const deps = [];
      if (all.length > 0 && chance(0.3)) {
        const want = int(1, 3);
        for (let d = 0; d < want; d++) {
          let target;
          if (f > 0 && chance(0.3)) target = all[int(0, firstOfFile - 1)]; // another (earlier) file
          else if (all.length > firstOfFile) target = all[int(Math.max(firstOfFile, all.length - 40), all.length - 1)]; // nearby in this file
          else target = all[int(0, all.length - 1)];
          if (!deps.includes(target)) deps.push(target);
        }
        lines.push(`    depends_on: [${deps.map((t) => t.id).join(', ')}]`);
      }

      if (fileCount > 1 && chance(0.2)) {
        const others = new Set();
        const want = int(1, 2);
        for (let c = 0; c < want; c++) {
          const o = codes[int(0, fileCount - 1)];
          if (o !== code) others.add(o);
        }
        if (others.size > 0) lines.push(`    coordinating: [${[...others].join(', ')}]`);
      }

      // Extensions: each `from` strictly earlier than the current due date, increasing.
      if (due !== undefined && chance(0.15)) {
        const count = int(1, 3);
        const froms = [];
        let at = due;
        for (let e = 0; e < count; e++) {
          at -= int(10, 120) * DAY;
          froms.unshift(at);
        }
        lines.push('    extensions:');
        for (const from of froms) {
          lines.push(`      - from: ${iso(from)}`, `        reason: ${q(pick(REASONS))}`);
          if (chance(0.5)) lines.push(`        approved: ${iso(from - int(1, 20) * DAY)}`);
        }
      }
      if (chance(0.3)) lines.push(`    source: Task force meeting of 2024-01-25`);
      if (chance(0.1)) lines.push(`    notes: "Generated note for ${id}; Ghi chú: đã làm việc với các bộ"`);
      out.push(...lines);

      const task = { id, uuid: uuid(rand), fileIndex: f };
      all.push(task);
      tw.push(taskwarriorTask(task, { code, status, due, completed, deps, twShiftDays, title }));
    }
    const text = out.join('\n') + '\n';
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${code.toLowerCase()}.yaml`), text);
  }
  return { tasks: all.length, files: fileCount, bytes, counts, forms, taskwarrior: tw };
}

const twDate = (ms) => iso(ms).replaceAll('-', '') + 'T000000Z';

function taskwarriorTask(task, { code, status, due, completed, deps, twShiftDays, title }) {
  const t = {
    uuid: task.uuid,
    description: title,
    project: code,
    status: status === 'done' ? 'completed' : status === 'cancelled' ? 'deleted' : 'pending',
    entry: '20230101T000000Z',
  };
  if (due !== undefined) t.due = twDate(due + twShiftDays * DAY);
  if (status === 'done') t.end = twDate(Date.parse(completed) + twShiftDays * DAY);
  if (status === 'cancelled') t.end = twDate(Date.UTC(2024, 5, 30) + twShiftDays * DAY);
  if (deps.length > 0) t.depends = deps.map((d) => d.uuid).join(',');
  return t;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, tasks, files, seed] = process.argv.slice(2);
  if (!dir || !tasks || !files) {
    console.error('usage: node scripts/bench/generate.mjs DIR TASKS FILES [SEED]');
    process.exit(2);
  }
  const info = generateDataset(dir, { tasks: +tasks, files: +files, seed: seed === undefined ? 6 : +seed });
  console.error(`${dir}: ${info.tasks} tasks in ${info.files} files, ${(info.bytes / 1e6).toFixed(2)} MB`, info.counts, info.forms);
}
