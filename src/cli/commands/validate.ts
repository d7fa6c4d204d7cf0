import { compareProblems } from '../../domain/problem.js';
import { renderValidate, type ProblemFormat } from '../../render/render-problems.js';
import { EXIT } from '../errors.js';
import type { IO } from '../io.js';
import { loadData, type Workspace } from '../workspace.js';

export interface ValidateOptions {
  format: ProblemFormat;
  strict: boolean;
}

/** Exit 1 on any error (and on any warning with --strict); problems are this command's output. */
export async function runValidate(ws: Workspace, options: ValidateOptions, io: IO): Promise<number> {
  const validation = await loadData(ws, false);
  const problems = [...ws.configProblems, ...validation.problems].sort(compareProblems);
  const report = { files: validation.files.length, tasks: validation.files.reduce((n, f) => n + f.tasks, 0), problems };
  const out = renderValidate(report, options.format);
  io.stdout.write(out.stdout);
  if (out.stderr) io.stderr.write(out.stderr);
  const failing = problems.some((p) => p.severity === 'error' || options.strict);
  return failing ? EXIT.invalid : EXIT.ok;
}
