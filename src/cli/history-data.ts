import { dayFromParts, formatDay, parseDay, type Day } from '../domain/calendar.js';
import { openGitHistory, type HistoryFailure, type GitHistory, type HistoryCommit, type HistoryFile } from '../load/read-git-history.js';
import { buildDataset, type Dataset } from '../model/dataset.js';
import { changesReport, type ChangesReport, type HistoryPoint, type InvalidCommit } from '../reports/changes.js';
import { sampleDays, trendPoint, trendReport, type TrendEvery, type TrendPoint, type TrendReport } from '../reports/trend.js';
import type { Validation } from '../validate/validate-dataset.js';
import type { RevisionValidator, StoredCheck } from '../validate/validate-revisions.js';
import { isDayNumber, isStoredCommitErrors, isStoredTrendPoint, isValidation } from '../validate/cached-shapes.js';
import { keptPairs, type KeptPairs } from './kept-pairs.js';
import { hashKey, noCache } from '../load/cache-store.js';
import { MAX_TOTAL_BYTES } from '../load/read-sources.js';
import { BUILD, VERSION } from '../domain/version.js';
import { UserError } from './errors.js';
import { sayUsageError, sayUserError } from '../i18n/errors.js';
import { loadData, type Workspace } from '../workspace/open-workspace.js';

/** A resolved point in the data's history: a commit of the current branch (or any revision), or the working tree. */
export interface ResolvedPoint extends HistoryPoint {
  /** Index in the first-parent list, when the commit is on it. */
  index?: number;
}

/**
 * The data's history for `changes`, `trend` and `brief`: dates and revisions
 * resolved to commits, and the data at any of them validated, each blob
 * parsed once for the whole run. Opening it is where "no git", "not a
 * repository" and "no commits" become one-line errors.
 */
export interface HistoryData {
  commits: HistoryCommit[];
  /** Each commit's day in the configured zone, same order as `commits`. */
  days: Day[];
  /** `YYYY-MM-DD` is a date (the last commit on or before it), anything else a revision. */
  point(spec: string, flag: string): ResolvedPoint;
  /** The nearest tag reachable from HEAD whose name starts with `prefix`. */
  lastTag(prefix: string): string | undefined;
  /** The last commit made on or before `day`, or undefined before the first. */
  commitOn(day: Day): ResolvedPoint | undefined;
  /**
   * Reads and checks the data of these commits in one batch of git reads
   * (their trees, sizes and blobs), so that a command needing several sets of
   * commits (the compared points, the commits in between, the trend's points)
   * reads them all at once rather than once per set.
   */
  prefetch(shas: readonly string[]): Promise<void>;
  /** The validated data of many commits at once (one batch of git reads). */
  validations(shas: readonly string[]): Promise<Map<string, Validation>>;
  /** Whether validationAt(sha) must read the commit's data (it is not in the cache). */
  needsValidation(sha: string): boolean;
  /** The validated data of one commit a report compares (its own cache entry: a meeting tag is compared again and again). */
  validationAt(sha: string): Promise<Validation>;
  /** The records of many commits at once, without the cross-file rules (for counting). */
  records(shas: readonly string[]): Promise<Map<string, Pick<Validation, 'ministries' | 'tasks'>>>;
  /** The working tree's data, as `--until` defaults to it. */
  workingTree(): Promise<Validation>;
  /** Commits in (from, to] along the first parent at which the data had errors. */
  invalidBetween(from: ResolvedPoint, to: ResolvedPoint): Promise<InvalidCommit[]>;
  /** The commits in (from, to] that invalidBetween must read (no earlier run checked them). */
  uncheckedBetween(from: ResolvedPoint, to: ResolvedPoint): string[];
  /** The dataset of a validation as of a day: valid tasks count, tasks in broken files cannot. */
  dataset(validation: Pick<Validation, 'ministries' | 'tasks'>, asOf: Day): Dataset;
  /** Past trend points by pointKey, as earlier runs and this one counted them (a past point never changes); kept by persist(). */
  points: KeptPairs<TrendPoint>;
  /** Keeps what this run worked out (blob checks, commit days and errors, trend points) in the cache, for the next run. */
  persist(): void;
}

/** How many file checks the history cache keeps: a few years of daily commits to a programme's files. */
const KEEP_CHECKS = 5000;
/** How many past trend points: a few hundred is a weekly trend over years; every period and start shares them. */
const KEEP_POINTS = 5000;

/** A past point's key: the data at a commit, counted on a day. */
const pointKey = (commit: string, day: Day) => `${commit}@${day}`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Opens the data's history, lets `use` read it, and keeps what it checked for
 * the next run (the history cache). `specs`: the revisions or dates the
 * command was given; the first revision among them is resolved by the git run
 * that opens the history.
 */
export async function withHistoryData<T>(ws: Workspace, use: (hd: HistoryData) => Promise<T>, specs: readonly (string | undefined)[] = []): Promise<T> {
  const hd = await openHistoryData(ws, specs.find((spec) => spec !== undefined && !DATE.test(spec)));
  const result = await use(hd);
  hd.persist();
  return result;
}

export async function openHistoryData(ws: Workspace, rev?: string): Promise<HistoryData> {
  const opened = openGitHistory({ cwd: ws.cwd, dataDir: ws.dataDir, ...(rev === undefined ? {} : { rev }) });
  if (!opened.ok) throw historyError(opened);
  const history: GitHistory = opened.history;
  const { commits } = history;
  const zone = ws.settings.timezone;
  // A commit's day in the configured zone never changes (its time is part of the commit): kept, as working
  // it out takes an Intl formatter per commit. Without a configured zone, the machine's own, worked out each run.
  const keptDays = keptPairs(zone === undefined ? noCache : ws.cache, hashKey([VERSION, BUILD, 'commit-days', zone ?? '']), 'days', isDayNumber, KEEP_CHECKS);
  let dayOf: ((seconds: number) => Day) | undefined;
  const days = commits.map((c) => {
    const known = keptDays.get(c.sha);
    if (known !== undefined) return known;
    const day = (dayOf ??= dayInZone(zone))(c.time);
    keptDays.set(c.sha, day);
    return day;
  });
  const indexOf = new Map(commits.map((c, i) => [c.sha, i]));
  const settingsKey = JSON.stringify({ max: ws.settings.maxFileBytes, agencies: ws.settings.agencies });
  // One cache entry holds every file check, keyed by blob id and path: a blob's check never changes.
  // It is large (every task of every blob the history has had), so it is read only when a blob must be checked.
  const cacheKey = hashKey([VERSION, BUILD, 'history', settingsKey]);
  // The validator (with the YAML parser and Zod) is loaded only then too: a warm run may need neither.
  let known: Map<string, StoredCheck> | undefined;
  let revisions: RevisionValidator | undefined;
  const validator = async (): Promise<RevisionValidator> => {
    if (revisions !== undefined) return revisions;
    const { revisionValidator, isStoredChecks } = await import('../validate/validate-revisions.js');
    known = new Map<string, StoredCheck>(ws.cache.get(cacheKey, isStoredChecks)?.checks ?? []);
    return (revisions = revisionValidator(ws.settings.maxFileBytes, { agencies: ws.settings.agencies }, known));
  };
  // A past trend point is the data at a commit counted on a day: it depends on nothing else but these settings.
  const pointsKey = hashKey([VERSION, BUILD, 'trend-points', ws.dataDir, JSON.stringify({ settings: settingsKey, atRisk: ws.settings.atRiskDays })]);
  const points = keptPairs<TrendPoint>(ws.cache, pointsKey, 'points', isStoredTrendPoint, KEEP_POINTS);
  // Whether a commit's data had errors, and the first: all `changes` says of the commits in between.
  const errorsAt = keptPairs(ws.cache, hashKey([VERSION, BUILD, 'commit-errors', ws.dataDir, settingsKey]), 'commits', isStoredCommitErrors, KEEP_CHECKS);
  const validationKey = (sha: string) => hashKey([VERSION, BUILD, 'validation-at', ws.dataDir, settingsKey, sha]);
  const tooShallow = (what: string) => sayUserError((w) => w.history.tooShallow(what));

  // Each commit's data files, listed once per run however many sets of commits ask for it.
  const filesOf = new Map<string, HistoryFile[]>();
  const prepared = async (shas: readonly string[]) => {
    const unlisted = [...new Set(shas.filter((sha) => !filesOf.has(sha)))];
    if (unlisted.length > 0) for (const [sha, list] of await history.filesAt(unlisted)) filesOf.set(sha, list);
    const files = new Map(shas.map((sha) => [sha, filesOf.get(sha)!]));
    // Each revision within what one run reads, counting every name (as on disk and in a review), before anything is read.
    const max = ws.settings.maxFileBytes;
    const sizes = history.sizes([...new Set([...files.values()].flat().map((f) => f.oid))]);
    for (const [sha, list] of files) {
      const within = list.filter((f) => (sizes.get(f.oid) ?? 0) <= max);
      const total = within.reduce((n, f) => n + (sizes.get(f.oid) ?? 0), 0);
      if (total > MAX_TOTAL_BYTES) throw sayUserError((w) => w.revision.overTotal(sha.slice(0, 12), true, total, within.length, MAX_TOTAL_BYTES, false));
    }
    const v = await validator();
    const missing = v.missing([...files.values()].flat());
    if (missing.length > 0) {
      const read = await history.read(missing as HistoryFile[], max, (f, source) => v.take(f, source));
      if (!read.ok) {
        const git = read.git;
        throw sayUserError((w) => (read.notFound ? w.history.noGit : w.revision.cannotReadHistory(git)));
      }
    }
    return { files, v };
  };

  // A compared commit's validation from the cache, looked up once per run.
  const storedValidation = new Map<string, Validation | undefined>();
  const stored = (sha: string) => {
    if (!storedValidation.has(sha)) storedValidation.set(sha, ws.cache.get(validationKey(sha), isValidation));
    return storedValidation.get(sha);
  };

  const between = (from: ResolvedPoint, to: ResolvedPoint) => commits.slice((from.index ?? 0) + 1, (to.index ?? commits.length - 1) + 1).map((c) => c.sha);

  const commitOn = (day: Day): ResolvedPoint | undefined => {
    for (let i = commits.length - 1; i >= 0; i--) if (days[i]! <= day) return { rev: formatDay(day), commit: commits[i]!.sha, date: day, index: i };
    return undefined;
  };

  const data: HistoryData = {
    commits,
    days,
    commitOn,
    lastTag: (prefix) => history.lastTag(prefix),
    point(spec, flag) {
      if (DATE.test(spec)) {
        const day = parseDay(spec);
        if (day === undefined) throw sayUsageError((w) => w.history.notDateOrRev(flag, spec));
        const found = commitOn(day);
        // In a shallow clone the oldest commit stands for history that is not there.
        if (history.shallow && (found === undefined || found.index === 0)) throw tooShallow(spec);
        if (found === undefined) {
          const first = commits[0];
          throw sayUserError((w) => (first === undefined ? w.history.noCommits : w.history.startsOn(spec, w.day(days[0]!))));
        }
        return found;
      }
      const found = history.resolve(spec);
      if (!found.ok) {
        const shallow = found.shallow;
        throw sayUserError((w) => w.history.unknownRevision(spec, shallow));
      }
      const index = indexOf.get(found.sha);
      if (history.shallow && index === 0) throw tooShallow(spec);
      const point: ResolvedPoint = { rev: spec, commit: found.sha, date: index !== undefined ? days[index]! : (dayOf ??= dayInZone(zone))(history.commitTime(found.sha)) };
      if (index !== undefined) point.index = index;
      return point;
    },
    async prefetch(shas) {
      if (shas.length > 0) await prepared(shas);
    },
    async validations(shas) {
      const { files, v } = await prepared(shas);
      return new Map(shas.map((sha) => [sha, v.validate(files.get(sha) ?? [])]));
    },
    needsValidation: (sha) => stored(sha) === undefined,
    async validationAt(sha) {
      const known = stored(sha);
      if (known !== undefined) return known;
      const validation = (await data.validations([sha])).get(sha)!;
      ws.cache.set(validationKey(sha), validation);
      storedValidation.set(sha, validation);
      return validation;
    },
    async records(shas) {
      const { files, v } = await prepared(shas);
      return new Map(shas.map((sha) => [sha, v.records(files.get(sha) ?? [])]));
    },
    workingTree: () => loadData(ws, true),
    uncheckedBetween: (from, to) => between(from, to).filter((sha) => errorsAt.get(sha) === undefined),
    async invalidBetween(from, to) {
      const start = from.index ?? 0;
      const shas = between(from, to);
      // A commit's errors never change: only commits no earlier run looked at are read and validated.
      const missing = shas.filter((sha) => errorsAt.get(sha) === undefined);
      const validations = missing.length === 0 ? new Map<string, Validation>() : await data.validations(missing);
      for (const [sha, validation] of validations) {
        const errors = validation.problems.filter((p) => p.severity === 'error');
        errorsAt.set(sha, errors.length === 0 ? { errors: 0 } : { errors: errors.length, first: errors[0]! });
      }
      const found: InvalidCommit[] = [];
      shas.forEach((sha, k) => {
        const at = errorsAt.get(sha)!;
        if (at.errors > 0 && at.first !== undefined) found.push({ commit: sha, date: days[start + 1 + k]!, errors: at.errors, first: at.first });
      });
      return found;
    },
    dataset(validation, asOf) {
      return buildDataset(validation.ministries, validation.tasks, { asOf, within: ws.settings.atRiskDays });
    },
    points,
    persist() {
      const fresh = revisions?.fresh();
      if (fresh !== undefined && fresh.size > 0) {
        const merged = new Map([...known!, ...fresh]);
        ws.cache.set(cacheKey, { checks: [...merged].slice(-KEEP_CHECKS) });
      }
      keptDays.save();
      errorsAt.save();
      points.save();
    },
  };
  return data;
}

/**
 * What moved from `since` to `until` (a revision or date; the working tree as
 * of as_of when absent). `alsoRead`: commits another part of the same command
 * will read (the brief's trend), read in the same batch.
 */
export async function changesBetween(ws: Workspace, hd: HistoryData, since: string, until: string | undefined, alsoRead: readonly string[] = []): Promise<ChangesReport> {
  const from = hd.point(since, '--since');
  const to: ResolvedPoint = until === undefined ? { rev: 'working tree', date: ws.asOf } : hd.point(until, '--until');
  if (from.date > to.date) throw sayUsageError((w) => w.history.sinceAfter(since, w.day(from.date), until, w.day(to.date)));
  const compared = [from.commit!, ...(to.commit === undefined ? [] : [to.commit])].filter((sha) => hd.needsValidation(sha));
  await hd.prefetch([...compared, ...hd.uncheckedBetween(from, to), ...alsoRead]);
  const fromData = await hd.validationAt(from.commit!);
  const after = to.commit === undefined ? await hd.workingTree() : await hd.validationAt(to.commit);
  const invalid = await hd.invalidBetween(from, to);
  if (to.commit === undefined) {
    const errors = after.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) invalid.push({ date: to.date, errors: errors.length, first: errors[0]! });
  }
  const before = { point: strip(from), dataset: hd.dataset(fromData, from.date) };
  return changesReport(before, { point: strip(to), dataset: hd.dataset(after, to.date) }, invalid);
}

/** The trend's past points, each a period end and the commit then; `unread`: those no earlier run counted. */
function trendPast(ws: Workspace, hd: HistoryData, from: Day | undefined, every: TrendEvery) {
  const start = from ?? hd.days[0] ?? ws.asOf;
  const past = sampleDays(start, ws.asOf, every)
    .slice(0, -1)
    .map((day) => ({ day, at: hd.commitOn(day) }))
    .filter((p): p is { day: Day; at: ResolvedPoint } => p.at !== undefined);
  // Points an earlier run counted are taken as they are; only the others read their commit's data.
  const unread = past.filter((p) => hd.points.get(pointKey(p.at.commit!, p.day)) === undefined);
  return { past, unread };
}

/** The commits whose data trendOver will read (none when every past point is in the cache). */
export function trendReads(ws: Workspace, hd: HistoryData, from: Day | undefined, every: TrendEvery): string[] {
  return [...new Set(trendPast(ws, hd, from, every).unread.map((p) => p.at.commit!))];
}

/** The programme at each period end from `from` (default: the first commit's day) to as_of on the working tree. */
export async function trendOver(ws: Workspace, hd: HistoryData, from: Day | undefined, every: TrendEvery): Promise<TrendReport> {
  const { past, unread } = trendPast(ws, hd, from, every);
  const records = unread.length === 0 ? new Map() : await hd.records([...new Set(unread.map((p) => p.at.commit!))]);
  for (const p of unread) hd.points.set(pointKey(p.at.commit!, p.day), trendPoint(hd.dataset(records.get(p.at.commit!)!, p.day), p.at.commit));
  const points = past.map((p) => hd.points.get(pointKey(p.at.commit!, p.day))!);
  points.push(trendPoint(hd.dataset(await hd.workingTree(), ws.asOf), undefined));
  return trendReport(points, every, ws.asOf);
}

/**
 * A commit time's calendar day in the configured zone, with one formatter for
 * every commit (making an Intl formatter per commit costs a millisecond each).
 */
function dayInZone(zone: string | undefined): (seconds: number) => Day {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (seconds) => {
    const parts = format.formatToParts(new Date(seconds * 1000));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return dayFromParts(get('year'), get('month'), get('day'));
  };
}

const strip = (p: ResolvedPoint): HistoryPoint => {
  const out: HistoryPoint = { rev: p.rev, date: p.date };
  if (p.commit !== undefined) out.commit = p.commit;
  return out;
};


/** Why there is no history, in the reader's language; git's own words, where it gave some, as it said them. */
function historyError(failure: HistoryFailure): UserError {
  switch (failure.why) {
    case 'no-git':
      return sayUserError((w) => w.history.noGit);
    case 'not-a-repository':
      return sayUserError((w) => w.history.notRepository(failure.git));
    case 'outside':
      return sayUserError((w) => w.history.outside(failure.dir));
    case 'line-break':
      return sayUserError((w) => w.history.lineBreak(failure.dir));
    case 'no-commits':
      return sayUserError((w) => w.history.noCommitsYet(failure.git));
  }
}
