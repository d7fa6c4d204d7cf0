import fc from 'fast-check';
import { dataset, renderFileAt, type GenDataset, type GenMinistry, type GenStatus, type GenTask } from './generate.js';
import { reach } from './oracle.js';

// Valid datasets with one fault put in on purpose, and where the fault's
// problem must be reported: the rule, the file, the line and the column.

export const FAULTS = [
  'self-dependency',
  'unknown-dependency',
  'dependency-cycle',
  'completed-unexpected',
  'completed-missing',
  'completed-in-future',
  'extension-order',
  'invalid-date',
  'computed-status',
  'unknown-key',
  'id-prefix',
  'duplicate-id',
  'duplicate-key',
  'duplicate-ministry',
  'unknown-agency',
  'missing-result',
  'file-name',
  'dependency-cancelled',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface Place {
  file: string;
  line: number;
  column: number;
}

export interface FaultCase {
  ds: GenDataset;
  fault: Fault;
  rule: string;
  severity: 'error' | 'warning';
  /** The fault is reported at one of these places (more than one only for a cycle). */
  places: Place[];
  /** The files the fault makes invalid (none for a warning). */
  badFiles: string[];
}

/** A code and an agency code no generated dataset uses (generated codes have at most six characters). */
const STRANGER = 'QQQQQQQ';

interface Located {
  m: GenMinistry;
  t: GenTask;
  i: number;
}

const fileOf = (m: GenMinistry) => `data/${m.path}`;

function place(ds: GenDataset, m: GenMinistry, name: string): Place {
  const at = renderFileAt(m, ds.layout).at.get(name);
  if (at === undefined) throw new Error(`nothing rendered as ${name} in ${m.path}`);
  return { file: fileOf(m), ...at };
}

/** Puts `fault` into `ds` (a copy), or returns undefined when the dataset has nothing it applies to. */
function inject(ds: GenDataset, fault: Fault, n: number): FaultCase | undefined {
  const tasks: Located[] = ds.ministries.flatMap((m) => m.tasks.map((t, i) => ({ m, t, i })));
  const choose = (pred: (x: Located) => boolean): Located | undefined => {
    const fits = tasks.filter(pred);
    return fits.length === 0 ? undefined : fits[n % fits.length];
  };
  const error = (rule: string, m: GenMinistry, name: string): FaultCase => ({ ds, fault, rule, severity: 'error', places: [place(ds, m, name)], badFiles: [fileOf(m)] });
  const warning = (rule: string, m: GenMinistry, name: string): FaultCase => ({ ds, fault, rule, severity: 'warning', places: [place(ds, m, name)], badFiles: [] });

  switch (fault) {
    case 'self-dependency': {
      const x = choose(() => true);
      if (!x) return undefined;
      x.t.dependsOn.push(x.t.id);
      return error('self-dependency', x.m, `${x.i}.depends_on.${x.t.dependsOn.length - 1}`);
    }
    case 'unknown-dependency': {
      const x = choose(() => true);
      if (!x) return undefined;
      x.t.dependsOn.push(`${STRANGER}-1`);
      return error('unknown-dependency', x.m, `${x.i}.depends_on.${x.t.dependsOn.length - 1}`);
    }
    case 'dependency-cycle': {
      const x = choose((y) => y.t.dependsOn.length > 0);
      if (!x) return undefined;
      const back = tasks.find((y) => y.t.id === x.t.dependsOn[0])!;
      back.t.dependsOn.push(x.t.id);
      // Reported once, at a dependency of one of the tasks on the cycle.
      const deps = new Map(tasks.map((y) => [y.t.id, y.t.dependsOn]));
      const onCycle = tasks.filter((y) => y.t.dependsOn.some((d) => d === y.t.id || reach(d, (id) => deps.get(id) ?? []).has(y.t.id)));
      const places = onCycle.flatMap((y) => y.t.dependsOn.map((_, j) => place(ds, y.m, `${y.i}.depends_on.${j}`)));
      return { ds, fault, rule: 'dependency-cycle', severity: 'error', places, badFiles: [...new Set(onCycle.map((y) => fileOf(y.m)))] };
    }
    case 'completed-unexpected': {
      const x = choose((y) => y.t.status !== 'done');
      if (!x) return undefined;
      x.t.completed = '2024-01-15';
      return error('completed-unexpected', x.m, `${x.i}.completed`);
    }
    case 'completed-missing': {
      const x = choose((y) => y.t.status === 'done');
      if (!x) return undefined;
      delete x.t.completed;
      return error('completed-missing', x.m, `${x.i}.status`);
    }
    case 'completed-in-future': {
      const x = choose((y) => y.t.status === 'done');
      if (!x) return undefined;
      // After today and after any as_of: an error for validate and for a report that looks back.
      x.t.completed = '9999-12-31';
      return error('completed-in-future', x.m, `${x.i}.completed`);
    }
    case 'extension-order': {
      const x = choose((y) => y.t.deadline !== undefined);
      if (!x) return undefined;
      if (x.t.extensions.length >= 2) {
        [x.t.extensions[0], x.t.extensions[1]] = [x.t.extensions[1]!, x.t.extensions[0]!];
        return error('extension-order', x.m, `${x.i}.extensions.1.from`);
      }
      x.t.extensions = [{ from: x.t.deadline!, reason: 'moved' }];
      return error('extension-order', x.m, `${x.i}.extensions.0.from`);
    }
    case 'invalid-date': {
      const x = choose((y) => y.t.deadline !== undefined);
      if (!x) return undefined;
      x.t.deadline = { text: '2023-02-29', style: 'plain' };
      x.t.extensions = [];
      return error('invalid-date', x.m, `${x.i}.deadline`);
    }
    case 'computed-status': {
      const x = choose((y) => y.t.status !== 'done' && y.t.deadline !== undefined);
      if (!x) return undefined;
      x.t.status = 'overdue' as GenStatus;
      return error('schema', x.m, `${x.i}.status`);
    }
    case 'unknown-key': {
      const x = choose(() => true);
      if (!x) return undefined;
      x.t.extra = [['titel', 'typo']];
      return error('schema', x.m, `${x.i}.extra.0`);
    }
    case 'id-prefix': {
      const x = choose(() => true);
      if (!x) return undefined;
      const old = x.t.id;
      x.t.id = `${STRANGER}-${old.slice(old.indexOf('-') + 1)}`;
      for (const y of tasks) y.t.dependsOn = y.t.dependsOn.map((d) => (d === old ? x.t.id : d));
      return error('id-prefix', x.m, `${x.i}.id`);
    }
    case 'duplicate-id': {
      const x = choose(() => true);
      if (!x) return undefined;
      x.m.tasks.push({ ...x.t, dependsOn: [], extensions: [] });
      return error('duplicate-id', x.m, `${x.m.tasks.length - 1}.id`);
    }
    case 'duplicate-key': {
      const x = choose(() => true);
      if (!x) return undefined;
      x.t.extra = [['owner', 'again']];
      return error('duplicate-key', x.m, `${x.i}.extra.0`);
    }
    case 'duplicate-ministry': {
      const m = ds.ministries[n % ds.ministries.length]!;
      // "~" sorts after every generated path, so the twin is the one found second.
      const twin: GenMinistry = { code: m.code, name: 'Twin', path: '~twin/twin.yaml', tasks: [] };
      ds.ministries.push(twin);
      return error('duplicate-ministry', twin, 'ministry.code');
    }
    case 'unknown-agency': {
      const x = choose(() => true);
      if (!x) return undefined;
      x.t.coordinating.push(`${STRANGER}9`);
      return warning('unknown-agency', x.m, `${x.i}.coordinating.${x.t.coordinating.length - 1}`);
    }
    case 'missing-result': {
      const x = choose((y) => y.t.result !== undefined);
      if (!x) return undefined;
      delete x.t.result;
      return warning('missing-result', x.m, `${x.i}`);
    }
    case 'file-name': {
      const m = ds.ministries[n % ds.ministries.length]!;
      m.path = m.path.replace(/[^/]*$/, 'renamed.yaml');
      if (ds.ministries.filter((o) => o.path === m.path).length > 1) return undefined;
      return warning('file-name', m, 'ministry.code');
    }
    case 'dependency-cancelled': {
      const x = choose((y) => y.t.dependsOn.length > 0);
      if (!x) return undefined;
      const dep = tasks.find((y) => y.t.id === x.t.dependsOn[0])!;
      dep.t.status = 'cancelled';
      delete dep.t.completed;
      dep.t.deadline ??= { text: '2024', style: 'number' };
      return warning('dependency-cancelled', x.m, `${x.i}.depends_on.0`);
    }
  }
}

/** A valid dataset with one fault; when the chosen fault does not apply, the next one that does. */
export const faultCase: fc.Arbitrary<FaultCase> = fc.tuple(dataset, fc.nat(FAULTS.length - 1), fc.nat()).map(([ds, k, n]) => {
  for (let step = 0; step < FAULTS.length; step++) {
    const copy = structuredClone(ds);
    const c = inject(copy, FAULTS[(k + step) % FAULTS.length]!, n);
    if (c !== undefined) return c;
  }
  throw new Error('duplicate-ministry always applies');
});
