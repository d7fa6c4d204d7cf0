import { LANGS, type Lang } from '../i18n/langs.js';

/** The language asked for on the command line, for what is said before (or without) a workspace: the command line's own mistakes, early errors. */
export function langOfArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i] === '--lang' ? argv[i + 1] : argv[i]!.slice('--lang='.length);
  return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : 'en';
}
