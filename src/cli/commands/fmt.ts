import type { Command } from 'commander';
import { resolve } from 'node:path';
import { EditError } from '../../edit/edit-task.js';
import { formatFile } from '../../edit/format-file.js';
import { readSource, type SourceFile } from '../../load/read-sources.js';
import { oneLine } from '../../render/sanitize.js';
import { textOf } from '../edit-session.js';
import { EXIT, UserError } from '../errors.js';
import { en, type Words } from '../../i18n/en.js';
import { errorText, sayUserError } from '../../i18n/errors.js';
import { wordsFor } from '../../i18n/langs.js';
import type { IO } from '../io.js';
import { globals, workspaceFor, type CommandContext } from '../options.js';
import { saveFiles, withFileLocks, type PlannedWrite } from '../save-files.js';
import { readDataSources } from '../../workspace/open-workspace.js';

export function registerFmt(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('fmt [files...]')
    .description('rewrite task files in the one canonical layout, keeping every comment (default: every file in the data directory)')
    .option('--check', 'change nothing: list the files that would change and exit 1 if there are any (for CI and pre-commit)')
    .action(async (files: string[], _opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const sources = files.length > 0 ? files.map((f) => readSource(resolve(ws.cwd, f), ws.cwd, ws.settings.maxFileBytes)) : readDataSources(ws);
      setExit(await runFmt(sources, o.check === true, ws.cwd, io, await wordsFor(ws.lang)));
    });
}

export async function runFmt(sources: readonly SourceFile[], check: boolean, cwd: string, io: IO, words: Words = en): Promise<number> {
  let failed = false;
  const writes: PlannedWrite[] = [];
  for (const source of sources) {
    try {
      if (source.error !== undefined) {
        const why = source.error;
        throw sayUserError((w) => w.edit.cannotReadIt(why));
      }
      const text = textOf(source);
      const formatted = formatFile(text);
      if (formatted === text) continue;
      writes.push({ path: resolve(cwd, source.file), file: source.file, read: source.bytes!, write: new Uint8Array(Buffer.from(formatted, 'utf8')) });
    } catch (error) {
      if (!(error instanceof EditError || error instanceof UserError)) throw error;
      failed = true;
      io.stderr.write(`p06: ${oneLine(source.file)}: ${oneLine(errorText(error, words).replace(`${source.file}: `, ''))}\n`);
    }
  }
  if (check) {
    io.stdout.write(writes.map((w) => `${oneLine(w.file)}\n`).join(''));
    return failed || writes.length > 0 ? EXIT.invalid : EXIT.ok;
  }
  if (writes.length > 0) {
    await withFileLocks(writes, () => saveFiles(writes));
    io.stdout.write(writes.map((w) => `${words.edit.formatted(oneLine(w.file))}\n`).join(''));
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
