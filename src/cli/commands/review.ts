import { Option, type Command } from 'commander';
import { readGitRevision } from '../../load/read-git-revision.js';
import type { SourceFile } from '../../load/read-sources.js';
import { REVIEW_FORMATS, renderReview, type ReviewFormat } from '../../render/render-review.js';
import { reviewReport, type ReviewSide } from '../../reports/review.js';
import { EXIT, UserError } from '../errors.js';
import type { IO } from '../io.js';
import { readDataSources, type Workspace } from '../../workspace/open-workspace.js';
import { chooseFormat, refuseSkipInvalid, globals, workspaceFor, type CommandContext } from '../options.js';

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
  const base = readRevision(ws, options.base);
  const head = options.head === undefined ? readWorkingTree(ws) : readRevision(ws, options.head);
  const report = reviewReport(await side(ws, base, 'base'), await side(ws, head, 'head'), ws.configProblems);
  const out = renderReview(report, options.format);
  io.stdout.write(out.stdout);
  if (out.stderr) io.stderr.write(out.stderr);
  return report.problems.some((p) => p.severity === 'error') ? EXIT.invalid : EXIT.ok;
}

interface Read {
  label: ReviewSide['label'];
  sources: SourceFile[];
}

function readRevision(ws: Workspace, rev: string): Read {
  const read = readGitRevision({ cwd: ws.cwd, dataDir: ws.dataDir, rev, maxBytes: ws.settings.maxFileBytes });
  if (!read.ok) throw new UserError(read.message);
  return { label: { name: rev, commit: read.commit }, sources: read.sources };
}

function readWorkingTree(ws: Workspace): Read {
  return { label: { name: 'working tree' }, sources: readDataSources(ws) };
}

/**
 * Parses and validates one side. Not through the cache: the review needs
 * each head file's locator to put problems on its lines. The head is
 * validated as `p06 validate` would (completion dates against --as-of, else
 * today); the base is read only for its tasks, and its problems are not this
 * pull request's. The parser and Zod are imported here, lazily, as on the
 * cold path, so other commands do not pay for loading them.
 */
async function side(ws: Workspace, read: Read, which: 'base' | 'head'): Promise<ReviewSide> {
  const { loadAndValidate } = await import('../../workspace/cold-path.js');
  const options = { agencies: ws.settings.agencies, requireLeader: ws.settings.requireLeader, ...(which === 'head' ? { asOf: ws.asOf } : {}) };
  return { label: read.label, ...loadAndValidate(read.sources, ws.settings.maxFileBytes, options) };
}
