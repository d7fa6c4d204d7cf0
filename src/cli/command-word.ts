import type { Command } from 'commander';

/**
 * The command a command line names: its first word that is neither an
 * option nor the value of one of the program's own options (`--data DIR`,
 * `--lang=vi`). Undefined when there is none or after `--`. main uses it to
 * leave out commands whose code the run cannot need (see program.ts).
 */
export function commandWord(program: Command, argv: readonly string[]): string | undefined {
  const takesValue = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined)));
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') return undefined;
    if (!word.startsWith('-') || word === '-') return word;
    if (!word.includes('=') && takesValue.has(word)) i++;
  }
  return undefined;
}
