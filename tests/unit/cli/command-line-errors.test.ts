import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { wordCommandLineError } from '../../../src/cli/command-line-errors.js';
import { en } from '../../../src/i18n/en.js';
import { vi } from '../../../src/i18n/vi.js';

/** What commander itself writes for `args` against a small program shaped like p06's. */
function commanderSays(args: string[]): string {
  let said = '';
  const program = new Command('p06')
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined, outputError: (s) => void (said = s) })
    .option('--as-of <date>', 'day');
  program.command('overdue').addOption(new Option('--format <format>').choices(['table', 'csv'])).action(() => undefined);
  program.command('show').argument('<id>').action(() => undefined);
  program.command('review').requiredOption('--base <rev>').action(() => undefined);
  program.command('summary').action(() => undefined);
  program.command('shot').action(() => undefined);
  try {
    program.parse(args, { from: 'user' });
  } catch {
    // exitOverride: the error is thrown once commander has written it
  }
  return said;
}

const CASES: [string[], string][] = [
  [['overdue', '--bogus'], "lỗi: không có tùy chọn '--bogus'\n"],
  [['overdue', '--formt', 'csv'], "lỗi: không có tùy chọn '--formt'\n(có phải là --format?)\n"],
  [['bogus'], "lỗi: không có lệnh 'bogus'\n"],
  [['sumary'], "lỗi: không có lệnh 'sumary'\n(có phải là summary?)\n"],
  [['shov'], "lỗi: không có lệnh 'shov'\n(có phải là một trong shot, show?)\n"],
  [['show'], "lỗi: thiếu tham số bắt buộc 'id'\n"],
  [['overdue', '--as-of'], "lỗi: tùy chọn '--as-of <date>' cần có giá trị\n"],
  [['review'], "lỗi: thiếu tùy chọn bắt buộc '--base <rev>'\n"],
  [['overdue', '--format', 'pdf'], "lỗi: giá trị 'pdf' của tùy chọn '--format <format>' không hợp lệ; các giá trị được nhận: table, csv.\n"],
  [['show', 'A', 'B'], "lỗi: thừa tham số cho lệnh 'show': cần 1 tham số, nhận được 2.\n"],
  [['summary', 'x', 'y'], "lỗi: thừa tham số cho lệnh 'summary': cần 0 tham số, nhận được 2.\n"],
];

describe("commander's complaints, worded from the catalogue", () => {
  it.each(CASES)('%j', (args, inVietnamese) => {
    const said = commanderSays(args);
    expect(said).toMatch(/^error: /);
    // English gives back commander's sentence exactly: the shapes are read right.
    expect(wordCommandLineError(said, en)).toBe(said);
    expect(wordCommandLineError(said, vi)).toBe(inVietnamese);
  });

  it('passes on a sentence of a shape it does not know, as commander wrote it', () => {
    expect(wordCommandLineError('error: something new\n', vi)).toBe('error: something new\n');
  });
});
