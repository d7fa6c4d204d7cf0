import fc from 'fast-check';
import { addDays, dueOf, iso, lastDay } from './oracle.js';

// Valid datasets: random ministries and tasks in every deadline form, with
// statuses, completion dates, extensions, a dependency DAG and coordinating
// codes, and text full of what terminals, spreadsheets and Markdown choke on.
// The model (GenDataset) is what the oracle reads; renderFile writes it as
// YAML in one of several equivalent layouts.

export const STATUSES = ['not_started', 'in_progress', 'done', 'recurring', 'cancelled'] as const;
export type GenStatus = (typeof STATUSES)[number];

/** The clock of in-process runs; generated completion dates never pass it. */
export const NOW = new Date('2026-06-01T03:00:00Z');
export const LATEST_DAY = '2026-05-31';

export interface GenDeadline {
  text: string;
  /** How it is written: a YAML number (YYYY only), plain, or quoted. */
  style: 'number' | 'plain' | 'quoted';
}

export interface GenExtension {
  from: GenDeadline;
  reason: string;
  approved?: string;
}

export interface GenTask {
  id: string;
  title: string;
  owner: string;
  status: GenStatus;
  deadline?: GenDeadline;
  completed?: string;
  result?: string;
  dependsOn: string[];
  coordinating: string[];
  extensions: GenExtension[];
  source?: string;
  notes?: string;
  /** Lines written after the known keys, as they stand (for faults: a typo'd key, a duplicate key). */
  extra?: [string, string][];
}

export interface GenMinistry {
  code: string;
  name: string;
  nameVi?: string;
  /** Path under data/, `/`-separated. */
  path: string;
  tasks: GenTask[];
}

export interface Layout {
  bom: boolean;
  crlf: boolean;
  indent: number;
  flowLists: boolean;
  modeline: boolean;
}

export interface GenConfig {
  timezone: string;
  atRiskDays?: number;
  agencies: Record<string, string>;
}

export interface GenDataset {
  asOf: string;
  /** --within, when the run passes it. */
  within?: number;
  config: GenConfig;
  ministries: GenMinistry[];
  layout: Layout;
}

// ---------------------------------------------------------------- text

/** Characters that have broken terminals, spreadsheets, Markdown tables or YAML somewhere. */
export const SHARP_CHARS = [
  '\u0000', '\u0007', '\b', '\t', '\n', '\r', '\r\n', '\u000b', '\f', '\u001b', '\u007f',
  '\u0080', '\u0085', '\u009b', '\u009d', '\u009f', '\u00a0',
  '\u061c', '\u200b', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\ufeff', '\ufffd',
  '|', '\\', '"', "'", '`', '*', '_', '<', '>', '&', '#', '[', ']', '~', ',', ';', ':', '%', '!', '{', '}', ' ', '  ',
  '=', '+', '-', '@', '│', '─',
];

const ESCAPE_SEQUENCES = ['\u001b[31m', '\u001b[0m', '\u001b]0;pwned\u0007', '\u001b]8;;http://x\u001b\\', '\u001b[2J', '\u001b[H', '\u009b31m', '\u001bc', '\u001b[?1049h'];
const VIETNAMESE = ['Bộ Tư pháp', 'Bộ Công an', 'Đề án 06', 'dịch vụ công trực tuyến', 'Nguyễn Thị Ánh', 'Ủy ban nhân dân', 'Tiến độ', 'e\u0301', 'Ư\u0303'];
const FORMULAS = ['=1+1', '=HYPERLINK("http://x","y")', '+84 912', '-1', '-5+3', '@SUM(A1)', '=cmd|\'/c calc\'!A0', '-', '+', '='];
const WORDS = ['Report', 'roadmap', 'procedures', 'VNeID', 'data', 'ministry', 'plan', 'QĐ 06/QĐ-TTg', 'level 4', '100%', '2024-Q1', 'null', 'true', '~', '- x', '# x', 'a: b', '&a', '*a', '!!str', '---', '...'];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS, ...VIETNAMESE) },
  { weight: 3, arbitrary: fc.constantFrom(...SHARP_CHARS) },
  { weight: 1, arbitrary: fc.constantFrom(...ESCAPE_SEQUENCES) },
  { weight: 1, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }) },
);

/** Plain words: what most real titles look like, and what YAML writes unquoted. */
const plainText = fc.oneof(fc.constantFrom(...VIETNAMESE), fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,18}[A-Za-z0-9]$/));

/** Any non-empty text, often hostile. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: plainText },
  { weight: 3, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')) },
);

const PLAIN_SAFE = /^\p{L}[\p{L}\p{M}\p{N} ]*$/u;
const CORE_KEYWORDS = /^(?:null|true|false)$/i;

/** A YAML scalar that reads back as exactly `s`: plain where that is safe, else double-quoted with escapes. */
export function yamlString(s: string): string {
  if (PLAIN_SAFE.test(s) && !s.endsWith(' ') && !CORE_KEYWORDS.test(s)) return s;
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffe || cp === 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

// ---------------------------------------------------------------- dates and deadlines

/**
 * A day between 2023-01-01 and 2025-12-31, now and then one in the first
 * centuries (JavaScript's Date.UTC reads the years 0 to 99 as 1900 to 1999)
 * or in the last years that four digits can write.
 */
const asOfDay = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1095 }).map((n) => addDays('2023-01-01', n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('0005-01-01', n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000 }).map((n) => addDays('9992-06-01', n)) },
);

/** Within the years four digits write (0000 to 9999). */
const writable = (text: string) => /^\d{4}(?:-|$)/.test(text);

type Form = 'day' | 'month' | 'quarter' | 'half' | 'year';
const FORMS: Form[] = ['day', 'month', 'quarter', 'half', 'year'];

/** The deadline of a given form whose period holds `day`. */
export function deadlineHolding(day: string, form: Form): string {
  const [year, m] = [day.slice(0, 4), Number(day.slice(5, 7))];
  switch (form) {
    case 'day':
      return day;
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${year}-Q${Math.ceil(m / 3)}`;
    case 'half':
      return `${year}-H${m <= 6 ? 1 : 2}`;
    case 'year':
      return year;
  }
}

// YAML reads 2024 as a number, which p06 accepts from 1000 on; 0050 would be the number 50.
const deadlineStyle = (text: string) =>
  text.length !== 4 ? fc.constantFrom<GenDeadline['style']>('plain', 'plain', 'quoted') : Number(text) >= 1000 ? fc.constantFrom<GenDeadline['style']>('number', 'number', 'quoted') : fc.constant<GenDeadline['style']>('quoted');

/** A deadline near `asOf` (so the boundaries of overdue and due-soon are hit often) or far from it. */
function deadlineNear(asOf: string): fc.Arbitrary<GenDeadline> {
  const offset = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -45, max: 45 }), fc.integer({ min: -700, max: 700 }));
  return fc
    .tuple(offset, fc.constantFrom(...FORMS))
    .map(([n, form]) => deadlineHolding(addDays(asOf, n), form))
    .chain((t) => deadlineStyle(t).map((style) => ({ text: t, style })));
}

const dayNear = (asOf: string) => fc.integer({ min: -90, max: 90 }).map((n) => addDays(asOf, n));

// ---------------------------------------------------------------- tasks and datasets

interface RawTask {
  suffix: string;
  title: string;
  owner: string;
  status: GenStatus;
  deadline: GenDeadline;
  hasDeadline: boolean;
  completed: string;
  result: string | null;
  extensionFroms: { back: number; form: Form; style: number }[];
  approvals: (string | null)[];
  reasons: string[];
  deps: number[];
  coordinating: number[];
  source: string | null;
  notes: string | null;
}

function rawTask(asOf: string): fc.Arbitrary<RawTask> {
  return fc.record({
    suffix: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,5}$/),
    title: text,
    owner: text,
    status: fc.constantFrom(...STATUSES),
    deadline: deadlineNear(asOf),
    hasDeadline: fc.boolean(),
    completed: dayNear(asOf),
    result: fc.option(text, { nil: null, freq: 4 }),
    extensionFroms: fc.array(fc.record({ back: fc.integer({ min: 1, max: 500 }), form: fc.constantFrom(...FORMS), style: fc.nat(2) }), { maxLength: 3 }),
    approvals: fc.array(fc.option(dayNear(asOf), { nil: null }), { minLength: 3, maxLength: 3 }),
    reasons: fc.array(text, { minLength: 3, maxLength: 3 }),
    deps: fc.array(fc.nat(1000), { maxLength: 3 }),
    coordinating: fc.array(fc.nat(1000), { maxLength: 2 }),
    source: fc.option(text, { nil: null, freq: 3 }),
    notes: fc.option(text, { nil: null, freq: 3 }),
  });
}

/** Codes as the spec allows them, none of them an extra agency's. */
const code = fc.stringMatching(/^[A-Z][A-Z0-9]{1,5}$/);
export const AGENCIES = ['AGENCYX', 'AGENCYY'];
const TIMEZONES = ['Asia/Ho_Chi_Minh', 'UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];

const layout: fc.Arbitrary<Layout> = fc.record({
  bom: fc.boolean(),
  crlf: fc.boolean(),
  indent: fc.constantFrom(2, 4),
  flowLists: fc.boolean(),
  modeline: fc.boolean(),
});

interface RawMinistry {
  code: string;
  name: string;
  nameVi: string | null;
  folder: string;
  ext: string;
  tasks: RawTask[];
}

function rawMinistry(asOf: string, c: string): fc.Arbitrary<RawMinistry> {
  return fc.record({
    code: fc.constant(c),
    name: text,
    nameVi: fc.option(fc.constantFrom(...VIETNAMESE), { nil: null }),
    folder: fc.constantFrom('', '', 'ministries/', 'a/b/'),
    ext: fc.constantFrom('yaml', 'yaml', 'yml'),
    tasks: fc.uniqueArray(rawTask(asOf), { maxLength: 6, selector: (t) => t.suffix }),
  });
}

/** A valid dataset: every file passes `p06 validate` with warnings at most. */
export const dataset: fc.Arbitrary<GenDataset> = fc
  .record({
    asOf: asOfDay,
    codes: fc.uniqueArray(code, { minLength: 1, maxLength: 4 }),
    within: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    atRiskDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    agencies: fc.subarray(AGENCIES),
    timezone: fc.constantFrom(...TIMEZONES),
    layout,
  })
  .chain((head) =>
    fc.tuple(...head.codes.map((c) => rawMinistry(head.asOf, c))).map((raws) => {
      const config: GenConfig = { timezone: head.timezone, agencies: Object.fromEntries(head.agencies.map((a) => [a, `Agency ${a}`])) };
      if (head.atRiskDays !== undefined) config.atRiskDays = head.atRiskDays;
      const ds: GenDataset = { asOf: head.asOf, config, ministries: [], layout: head.layout };
      if (head.within !== undefined) ds.within = head.within;
      const coordinatingPool = [...head.codes, ...head.agencies];
      const earlier: string[] = [];
      for (const raw of raws) {
        const m: GenMinistry = { code: raw.code, name: raw.name, path: `${raw.folder}${raw.code.toLowerCase()}.${raw.ext}`, tasks: [] };
        if (raw.nameVi !== null) m.nameVi = raw.nameVi;
        for (const r of raw.tasks) {
          const task = toTask(raw.code, r, coordinatingPool.filter((c) => c !== raw.code), earlier);
          m.tasks.push(task);
          earlier.push(task.id);
        }
        ds.ministries.push(m);
      }
      return ds;
    }),
  );

function toTask(ministry: string, r: RawTask, coordinatingPool: string[], earlier: string[]): GenTask {
  const t: GenTask = {
    id: `${ministry}-${r.suffix}`,
    title: r.title,
    owner: r.owner,
    status: r.status,
    dependsOn: earlier.length === 0 ? [] : [...new Set(r.deps.map((n) => earlier[n % earlier.length]!))],
    coordinating: coordinatingPool.length === 0 ? [] : [...new Set(r.coordinating.map((n) => coordinatingPool[n % coordinatingPool.length]!))],
    extensions: [],
  };
  if (r.status !== 'recurring' || r.hasDeadline) t.deadline = r.deadline;
  if (r.status === 'done') t.completed = r.completed > LATEST_DAY || !writable(r.completed) ? LATEST_DAY : r.completed;
  if (r.result !== null) t.result = r.result;
  if (r.source !== null) t.source = r.source;
  if (r.notes !== null) t.notes = r.notes;
  if (t.deadline !== undefined) {
    // Each `from` strictly later than the one before and earlier than the deadline (SPEC §6 extension-order).
    const due = dueOf(t.deadline.text);
    const froms = r.extensionFroms
      .map((f) => deadlineHolding(addDays(due, -f.back), f.form))
      .filter((text) => writable(text) && dueOf(text) < due)
      .sort((a, b) => (dueOf(a) < dueOf(b) ? -1 : 1))
      .filter((text, i, all) => i === 0 || dueOf(all[i - 1]!) !== dueOf(text));
    const approvals = r.approvals.filter((a): a is string => a !== null).sort();
    froms.forEach((text, i) => {
      const style = text.length === 4 ? (i % 2 === 0 && Number(text) >= 1000 ? 'number' : 'quoted') : r.extensionFroms[i]!.style === 0 ? 'quoted' : 'plain';
      const e: GenExtension = { from: { text, style }, reason: r.reasons[i]! };
      // Approval dates in the order of the extensions, as they happen.
      const approved = approvals[i];
      if (approved !== undefined && r.approvals[i] !== null) e.approved = approved;
      t.extensions.push(e);
    });
  }
  return t;
}

// ---------------------------------------------------------------- rendering

function deadlineYaml(d: GenDeadline): string {
  return d.style === 'quoted' ? `"${d.text}"` : d.text;
}

/** Where things are written in a rendered file: 1-based line and column. */
export type Positions = Map<string, { line: number; column: number }>;

/**
 * One ministry's file, as text (before BOM and line-end choices), and where
 * each value is written: "ministry.code", "<i>" (task i's mapping), "<i>.<key>"
 * (its value), "<i>.depends_on.<j>", "<i>.coordinating.<j>",
 * "<i>.extensions.<k>.from", and "<i>.extra.<n>" (the key of an extra line).
 */
export function renderFileAt(m: GenMinistry, layout: Layout): { text: string; at: Positions } {
  const I = ' '.repeat(layout.indent);
  const lines: string[] = [];
  const at: Positions = new Map();
  /** Adds a line; `marks` name the values on it by where they start in it. */
  const push = (line: string, ...marks: [string, number][]) => {
    lines.push(line);
    for (const [name, offset] of marks) at.set(name, { line: lines.length, column: offset + 1 });
  };
  /** `prefix` + `key: ` + value, marking the value. */
  const field = (prefix: string, key: string, value: string, name: string) => push(`${prefix}${key}: ${value}`, [name, prefix.length + key.length + 2]);

  if (layout.modeline) push('# yaml-language-server: $schema=../schemas/ministry.schema.json');
  push('ministry:');
  field(I, 'code', m.code, 'ministry.code');
  field(I, 'name', yamlString(m.name), 'ministry.name');
  if (m.nameVi !== undefined) field(I, 'name_vi', yamlString(m.nameVi), 'ministry.name_vi');
  push(m.tasks.length === 0 ? 'tasks: []' : 'tasks:');
  const F = `${I}  `; // fields of a task, under "- "
  m.tasks.forEach((t, i) => {
    const list = (key: string, items: string[]) => {
      if (items.length === 0) return;
      if (layout.flowLists) {
        let offset = F.length + key.length + 3;
        const marks: [string, number][] = items.map((x, j) => {
          const mark: [string, number] = [`${i}.${key}.${j}`, offset];
          offset += x.length + 2;
          return mark;
        });
        push(`${F}${key}: [${items.join(', ')}]`, ...marks);
      } else {
        push(`${F}${key}:`);
        items.forEach((x, j) => push(`${F}${I}- ${x}`, [`${i}.${key}.${j}`, F.length + I.length + 2]));
      }
    };
    push(`${I}- id: ${t.id}`, [`${i}`, I.length + 2], [`${i}.id`, I.length + 6]);
    field(F, 'title', yamlString(t.title), `${i}.title`);
    field(F, 'owner', yamlString(t.owner), `${i}.owner`);
    if (t.deadline !== undefined) field(F, 'deadline', deadlineYaml(t.deadline), `${i}.deadline`);
    field(F, 'status', t.status, `${i}.status`);
    if (t.completed !== undefined) field(F, 'completed', t.completed, `${i}.completed`);
    if (t.result !== undefined) field(F, 'result', yamlString(t.result), `${i}.result`);
    list('depends_on', t.dependsOn);
    list('coordinating', t.coordinating);
    if (t.extensions.length > 0) {
      push(`${F}extensions:`);
      t.extensions.forEach((e, k) => {
        field(`${F}${I}- `, 'from', deadlineYaml(e.from), `${i}.extensions.${k}.from`);
        field(`${F}${I}  `, 'reason', yamlString(e.reason), `${i}.extensions.${k}.reason`);
        if (e.approved !== undefined) field(`${F}${I}  `, 'approved', e.approved, `${i}.extensions.${k}.approved`);
      });
    }
    if (t.source !== undefined) field(F, 'source', yamlString(t.source), `${i}.source`);
    if (t.notes !== undefined) field(F, 'notes', yamlString(t.notes), `${i}.notes`);
    (t.extra ?? []).forEach(([key, value], n) => push(`${F}${key}: ${value}`, [`${i}.extra.${n}`, F.length]));
  });
  return { text: lines.join('\n') + '\n', at };
}

/** One ministry's file, as text (before BOM and line-end choices). */
export function renderFile(m: GenMinistry, layout: Layout): string {
  return renderFileAt(m, layout).text;
}

/** Text as written to disk: the layout's line ends and BOM. */
export function encodeText(text: string, layout: Pick<Layout, 'bom' | 'crlf'>): Buffer {
  const body = layout.crlf ? text.replace(/\n/g, '\r\n') : text;
  return Buffer.from((layout.bom ? '\ufeff' : '') + body, 'utf8');
}

export function renderConfig(c: GenConfig): string {
  const lines = [`timezone: ${c.timezone}`];
  if (c.atRiskDays !== undefined) lines.push(`at_risk_days: ${c.atRiskDays}`);
  const agencies = Object.entries(c.agencies);
  if (agencies.length > 0) lines.push('agencies:', ...agencies.map(([k, v]) => `  ${k}: ${yamlString(v)}`));
  return lines.join('\n') + '\n';
}

/** Every file of a dataset, keyed by path under the run's root folder. */
export function datasetFiles(ds: GenDataset): Record<string, Buffer | string> {
  const files: Record<string, Buffer | string> = { 'p06.yaml': renderConfig(ds.config) };
  for (const m of ds.ministries) files[`data/${m.path}`] = encodeText(renderFile(m, ds.layout), ds.layout);
  return files;
}

export const allTasks = (ds: GenDataset) => ds.ministries.flatMap((m) => m.tasks);

export { iso, lastDay };
