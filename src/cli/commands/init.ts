import type { Command } from 'commander';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { initFiles } from '../../edit/init-files.js';
import { packageRoot, readPackageFile } from '../../load/package-files.js';
import { makeDirs } from '../../load/make-dirs.js';
import { displayPath } from '../../load/read-sources.js';
import { createFileChecked, WriteFailure } from '../../load/write-file-checked.js';
import { oneLine } from '../../render/sanitize.js';
import { EXIT } from '../errors.js';
import { en, type Words } from '../../i18n/en.js';
import { errorText, sayUserError } from '../../i18n/errors.js';
import { wordsFor } from '../../i18n/langs.js';
import type { IO } from '../io.js';
import { globals, type CommandContext } from '../options.js';
import { todayIn } from '../../domain/calendar.js';

export function registerInit(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('init [dir]')
    .description('set up a data repository: p06.yaml, data/ with an example, schemas, CI workflow, CODEOWNERS, editor settings, pre-commit hook')
    .action(async (dir: string | undefined, _opts, cmd: Command) => {
      // init makes a new repository: only --lang can name the language (there is no p06.yaml yet).
      const lang = globals(cmd).lang;
      setExit(runInit(resolve(io.cwd, dir ?? '.'), io, await wordsFor(lang === 'vi' ? 'vi' : 'en')));
    });
}

export function runInit(root: string, io: IO, words: Words = en): number {
  const schemasDir = join(packageRoot(), 'schemas');
  const schemas = Object.fromEntries(readdirSync(schemasDir).filter((f) => f.endsWith('.json')).sort().map((f) => [f, readPackageFile(`schemas/${f}`)]));
  const year = Number(new Date(todayIn(undefined, io.now()) * 86_400_000).toISOString().slice(0, 4));
  const files = initFiles(year, { schemas, workflow: readPackageFile('.github/workflows/data.yml') });
  const paths = Object.keys(files).map((name) => ({ name, path: join(root, ...name.split('/')) }));
  // All or nothing: one file in the way and nothing is written.
  const existing = paths.filter((p) => existsSync(p.path));
  if (existing.length > 0) {
    const shown = existing.map((p) => displayPath(io.cwd, p.path)).join(', ');
    throw sayUserError((w) => w.edit.notOverwriting(shown));
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
    if (error instanceof WriteFailure) throw sayUserError((w) => w.edit.nothingLeft(errorText(error, w)));
    throw error;
  }
  for (const path of created) io.stdout.write(`${words.edit.created(oneLine(displayPath(io.cwd, path)))}\n`);
  const where = displayPath(io.cwd, root);
  io.stderr.write(`${words.edit.initNext(where === '.' ? undefined : oneLine(where))}\n`);
  return EXIT.ok;
}
