import type { Command } from 'commander';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { initFiles } from '../../edit/init-files.js';
import { packageRoot, readPackageFile } from '../../load/package-files.js';
import { makeDirs } from '../../load/make-dirs.js';
import { displayPath } from '../../load/read-sources.js';
import { createFileChecked, WriteFailure } from '../../load/write-file-checked.js';
import { oneLine } from '../../render/sanitize.js';
import { EXIT, UserError } from '../errors.js';
import type { IO } from '../io.js';
import { type CommandContext } from '../options.js';
import { todayIn } from '../../domain/calendar.js';

export function registerInit(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('init [dir]')
    .description('set up a data repository: p06.yaml, data/ with an example, schemas, CI workflow, CODEOWNERS, editor settings, pre-commit hook')
    .action(async (dir: string | undefined) => {
      setExit(runInit(resolve(io.cwd, dir ?? '.'), io));
    });
}

export function runInit(root: string, io: IO): number {
  const schemasDir = join(packageRoot(), 'schemas');
  const schemas = Object.fromEntries(readdirSync(schemasDir).filter((f) => f.endsWith('.json')).sort().map((f) => [f, readPackageFile(`schemas/${f}`)]));
  const year = Number(new Date(todayIn(undefined, io.now()) * 86_400_000).toISOString().slice(0, 4));
  const files = initFiles(year, { schemas, workflow: readPackageFile('.github/workflows/data.yml') });
  const paths = Object.keys(files).map((name) => ({ name, path: join(root, ...name.split('/')) }));
  // All or nothing: one file in the way and nothing is written.
  const existing = paths.filter((p) => existsSync(p.path));
  if (existing.length > 0) {
    throw new UserError(`not overwriting ${existing.map((p) => displayPath(io.cwd, p.path)).join(', ')}; nothing was written (init sets up a new data repository)`);
  }
  const created: string[] = [];
  try {
    for (const { name, path } of paths) {
      makeDirs(dirname(path));
      createFileChecked(path, Buffer.from(files[name]!, 'utf8'), { display: displayPath(io.cwd, path), fsync: false });
      created.push(path);
    }
  } catch (error) {
    // Half a repository would make the next init refuse: take back what this one created.
    for (const path of created) rmSync(path, { force: true });
    if (error instanceof WriteFailure) throw new UserError(`${error.message}; nothing was left behind`);
    throw error;
  }
  for (const path of created) io.stdout.write(`created ${oneLine(displayPath(io.cwd, path))}\n`);
  const where = displayPath(io.cwd, root);
  io.stderr.write(`next: ${where === '.' ? '' : `cd ${where} && `}git init && p06 validate; add a file per body under data/ and its team to .github/CODEOWNERS\n`);
  return EXIT.ok;
}
