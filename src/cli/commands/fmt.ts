import type { Command } from 'commander';
import { resolve } from 'node:path';
import { EditError } from '../../edit/edit-task.js';
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
import { readDataSources, type Workspace } from '../../workspace/open-workspace.js';
import { hashKey } from '../../load/cache-store.js';
import { BUILD, VERSION } from '../../domain/version.js';

export function registerFmt(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('fmt [files...]')
    .description('rewrite task files in the one canonical layout, keeping every comment (default: every file in the data directory)')
    .option('--check', 'change nothing: list the files that would change and exit 1 if there are any (for CI and pre-commit)')
    .action(async (files: string[], _opts, cmd: Command) => {
      const o = globals(cmd);
      const ws = await workspaceFor(cmd, io);
      const sources = files.length > 0 ? files.map((f) => readSource(resolve(ws.cwd, f), ws.cwd, ws.settings.maxFileBytes)) : readDataSources(ws);
      setExit(await runFmt(sources, o.check === true, ws.cwd, io, await wordsFor(ws.lang), canonicalFiles(ws)));
    });
}

/** Which files' bytes are known to be in the canonical layout already, and a way to say so of more. */
export interface CanonicalFiles {
  has(bytes: Uint8Array): boolean;
  add(bytes: readonly Uint8Array[]): void;
}

const KEEP_CANONICAL = 5000;

/**
 * The layout of a file is a function of its bytes and of p06's build alone,
 * so the cache keeps the digests of files found (or written) canonical: a
 * `fmt --check` on files it has seen parses none of them. One entry for all
 * data folders; the last 5,000 digests.
 */
function canonicalFiles(ws: Workspace): CanonicalFiles {
  const key = hashKey([VERSION, BUILD, 'fmt-canonical']);
  let known: Set<string> | undefined;
  const digests = () => (known ??= new Set(ws.cache.get(key, isDigests)?.canonical ?? []));
  const digest = (bytes: Uint8Array) => hashKey([bytes]);
  return {
    has: (bytes) => digests().has(digest(bytes)),
    add(list) {
      const fresh = list.map(digest).filter((d) => !digests().has(d));
      if (fresh.length === 0) return;
      ws.cache.set(key, { canonical: [...digests(), ...fresh].slice(-KEEP_CANONICAL) });
    },
  };
}

function isDigests(v: unknown): v is { canonical: string[] } {
  const list = (v as { canonical?: unknown } | null)?.canonical;
  return Array.isArray(list) && list.every((d) => typeof d === 'string' && /^[0-9a-f]{64}$/.test(d));
}

const none: CanonicalFiles = { has: () => false, add: () => {} };

export async function runFmt(sources: readonly SourceFile[], check: boolean, cwd: string, io: IO, words: Words = en, canonical: CanonicalFiles = none): Promise<number> {
  let failed = false;
  const writes: PlannedWrite[] = [];
  const found: Uint8Array[] = [];
  // The formatter (the YAML editor) is loaded only for a file not known to be canonical.
  let formatFile: ((text: string) => string) | undefined;
  for (const source of sources) {
    try {
      if (source.error !== undefined) {
        const why = source.error;
        throw sayUserError((w) => w.edit.cannotReadIt(why));
      }
      if (source.bytes !== undefined && canonical.has(source.bytes)) continue;
      const text = textOf(source);
      formatFile ??= (await import('../../edit/format-file.js')).formatFile;
      const formatted = formatFile(text);
      if (formatted === text) {
        found.push(source.bytes!);
        continue;
      }
      writes.push({ path: resolve(cwd, source.file), file: source.file, read: source.bytes!, write: new Uint8Array(Buffer.from(formatted, 'utf8')) });
    } catch (error) {
      if (!(error instanceof EditError || error instanceof UserError)) throw error;
      failed = true;
      io.stderr.write(`p06: ${oneLine(source.file)}: ${oneLine(errorText(error, words).replace(`${source.file}: `, ''))}\n`);
    }
  }
  if (check) {
    canonical.add(found);
    io.stdout.write(writes.map((w) => `${oneLine(w.file)}\n`).join(''));
    return failed || writes.length > 0 ? EXIT.invalid : EXIT.ok;
  }
  if (writes.length > 0) {
    await withFileLocks(writes, () => saveFiles(writes));
  }
  canonical.add(found);
  if (writes.length > 0) {
    io.stdout.write(writes.map((w) => `${words.edit.formatted(oneLine(w.file))}\n`).join(''));
  }
  return failed ? EXIT.invalid : EXIT.ok;
}
