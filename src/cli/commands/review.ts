import { Option, type Command } from 'commander';
import { dirname } from 'node:path';
import { listRevision, locateRevision, readGitFile, readGitRevision, type Located, type RevisionListing } from '../../load/read-git-revision.js';
import { dataDirFromConfig } from '../../load/resolve-data-dir.js';
import { problem, type Problem } from '../../domain/problem.js';
import { DEFAULT_SETTINGS, type Settings } from '../../validate/settings.js';
import { REVIEW_SIDE_BYTES, type SourceFile } from '../../load/read-sources.js';
import { REVIEW_FORMATS, renderReview, type ReviewFormat } from '../../render/render-review.js';
import { reviewReport, type ReviewSide } from '../../reports/review.js';
import { EXIT } from '../errors.js';
import { revisionError, revisionWords } from '../revision-error.js';
import { sayUserError } from '../../i18n/errors.js';
import type { IO } from '../io.js';
import { CONFIG_LIMIT, readDataSources, type Workspace } from '../../workspace/open-workspace.js';
import { chooseFormat, refuseSkipInvalid, globals, workspaceFor, type CommandContext } from '../options.js';
import { worded } from '../../i18n/worded.js';
import { wordsFor } from '../../i18n/langs.js';

export interface ReviewOptions {
  base: string;
  /** A revision, or undefined for the working tree. */
  head?: string;
  format: ReviewFormat;
}

export function registerReview(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('review')
    .description("compare the data with a git revision task by task and enforce the programme's promises (for pull requests)")
    .usage('--base <rev> [options]')
    .requiredOption('--base <rev>', 'the revision to compare with, e.g. origin/main (required)')
    .option('--head <rev>', 'the revision to review (default: the working tree)')
    .addOption(new Option('--format <format>', 'output format (default: text)').choices(REVIEW_FORMATS))
    .action(async (_opts, cmd: Command) => {
      refuseSkipInvalid(cmd);
      const o = globals(cmd);
      const options: ReviewOptions = { base: String(o.base), format: chooseFormat(cmd, REVIEW_FORMATS, 'text') };
      const ws = await workspaceFor(cmd, io);
      if (typeof o.head === 'string') options.head = o.head;
      setExit(await runReview(ws, options, io));
    });
}

/** Exit 1 on any error, in the head's data or against the promise rules. */
export async function runReview(ws: Workspace, options: ReviewOptions, io: IO): Promise<number> {
  // The base first: outside a repository, or with an unknown revision, that is the one message.
  const base = await readConfigured(ws, options.base);
  const head = options.head === undefined ? readWorkingTree(ws) : await readConfigured(ws, options.head);
  const baseSide = await side(base, 'base', ws);
  const report = reviewReport(baseSide, await side(head, 'head', ws), [...ws.configProblems, ...unreadableBase(baseSide, base.label.name)]);
  const out = renderReview(report, options.format, await wordsFor(ws.lang));
  io.stdout.write(out.stdout);
  if (out.stderr) io.stderr.write(out.stderr);
  return report.problems.some((p) => p.severity === 'error') ? EXIT.invalid : EXIT.ok;
}

interface Read {
  label: ReviewSide['label'];
  sources: SourceFile[];
  settings: Settings;
}

async function readRevision(ws: Workspace, rev: string, settings: Settings, dataDir: string, at: Located, listing: RevisionListing): Promise<Read> {
  const read = await readGitRevision({ cwd: ws.cwd, dataDir, rev, maxBytes: settings.maxFileBytes, maxTotal: REVIEW_SIDE_BYTES, side: true }, at, listing);
  if (!read.ok) throw revisionError(read);
  return { label: { name: rev, commit: read.commit }, sources: read.sources, settings };
}

/**
 * A revision as it configured itself: its own p06.yaml (at the same path)
 * decides its data folder, size limit and agencies. Read with the head's
 * configuration, a pull request could point data: at a new folder or lower
 * max_file_bytes below a base file's size, and its deleted tasks and moved
 * deadlines would go unseen. --data, which a pull request cannot change,
 * applies to both sides.
 */
async function readConfigured(ws: Workspace, rev: string): Promise<Read> {
  const at = locateRevision(ws.cwd, rev);
  // The same one-line messages as for any revision (no git, not a repository, unknown, shallow).
  if (!at.ok) throw revisionError(at);
  // The configuration file and the data folder the working tree configures, listed by one git run: a
  // revision that configures the same folder (nearly always) reads both from it.
  const listing = listRevision(ws.cwd, at, ws.configFile === undefined ? [ws.dataDir] : [ws.configFile, ws.dataDir]);
  let settings: Settings = DEFAULT_SETTINGS;
  if (ws.configFile !== undefined) {
    const file = readGitFile(ws.cwd, at, ws.configFile, CONFIG_LIMIT, listing);
    if (!file.ok) throw sayUserError((w) => w.revision.configAt(rev, revisionWords(file, w)));
    if (file.source !== undefined) settings = (await import('../../workspace/cold-path.js')).validateConfigSource(file.source, CONFIG_LIMIT).settings;
  }
  let dataDir = ws.dataDir;
  if (!ws.dataFromFlag) {
    const written = settings.data ?? 'data';
    const fromConfig = dataDirFromConfig(ws.configFile !== undefined ? dirname(ws.configFile) : ws.cwd, written);
    if (!fromConfig.ok) throw sayUserError((w) => w.revision.dataOutsideAt(rev, written));
    dataDir = fromConfig.dir;
  }
  return readRevision(ws, rev, settings, dataDir, at, listing);
}

function readWorkingTree(ws: Workspace): Read {
  return { label: { name: 'working tree' }, sources: readDataSources(ws, true), settings: ws.settings };
}

/** Rules that mean a file's bytes never became data: such a base file leaves the review blind to its tasks. */
const UNREAD = new Set(['file-too-large', 'file-unreadable', 'encoding']);

/** A base file that cannot be read is an error, never an exemption from task-removed or the deadline rules. */
function unreadableBase(base: ReviewSide, rev: string): Problem[] {
  const out: Problem[] = [];
  for (const f of base.loaded) {
    const why = f.problems.find((p) => UNREAD.has(p.rule));
    if (why === undefined) continue;
    out.push(problem(f.file, { line: 1, column: 1 }, 'file-unreadable', worded('unreadableAtRevision', rev, why.message, why.says)));
  }
  return out;
}

/**
 * Parses and validates one side. Not through the cache: the review needs
 * each head file's locator to put problems on its lines. The head is
 * validated as `p06 validate` would (completion dates against --as-of, else
 * today); the base is read only for its tasks, and its problems are not this
 * pull request's. The parser and Zod are imported here, lazily, as on the
 * cold path, so other commands do not pay for loading them.
 */
async function side(read: Read, which: 'base' | 'head', ws: Workspace): Promise<ReviewSide> {
  const { loadAndValidate } = await import('../../workspace/cold-path.js');
  const options = { agencies: read.settings.agencies, requireLeader: read.settings.requireLeader, ...(which === 'head' ? { asOf: ws.asOf } : {}) };
  return { label: read.label, ...loadAndValidate(read.sources, read.settings.maxFileBytes, options) };
}
