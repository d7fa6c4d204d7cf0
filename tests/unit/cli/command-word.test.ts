import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandWord } from '../../../src/cli/command-word.js';

// main loads the editing commands only when the command line may need them;
// a word read wrongly here would hide a command, so the values of the
// program's own options must never be taken for the command.
const program = new Command('p06').option('--data <dir>').option('--config <file>').option('--as-of <date>').option('--json').option('--no-cache').option('--lang <lang>').option('-q, --quiet-x [level]');

describe('commandWord', () => {
  it.each([
    [['overdue'], 'overdue'],
    [['overdue', '--as-of', '2024-01-01'], 'overdue'],
    [['--data', 'set', 'overdue'], 'overdue'],
    [['--data=set', 'overdue'], 'overdue'],
    [['--as-of', '2024-01-01', '--json', 'set', 'T-1', 'owner=A'], 'set'],
    [['--lang', 'vi', '--no-cache', 'summary'], 'summary'],
    [['-q', 'x', 'list'], 'list'],
    [['--unknown', 'add'], 'add'],
    [['--help'], undefined],
    [['--data', 'd'], undefined],
    [['--', 'overdue'], undefined],
    [[], undefined],
  ])('%j names %s', (argv, word) => {
    expect(commandWord(program, argv)).toBe(word);
  });
});
