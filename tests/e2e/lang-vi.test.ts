import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { runInProcess } from '../property/support/run.js';
import { fixture } from '../helpers/run-cli.js';

const CWD = fixture('reports-basic');
const AS_OF = ['--as-of', '2024-02-01'];

/**
 * The English sentences and headers a person would read, taken from the
 * catalogue itself: every text value, and every function called with sample
 * arguments, split at the places where data is put in. Only pieces of two
 * words or more count, so a code or a number never looks like English.
 */
function englishPieces(): string[] {
  const pieces = new Set<string>();
  const sample = (f: (...a: unknown[]) => unknown) => {
    const args = Array.from({ length: f.length }, (_, i) => (i === 0 ? '\u0001' : 3));
    try {
      return String(f(...args));
    } catch {
      return '';
    }
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') for (const p of v.split(/\u0001|\d+/)) pieces.add(p.trim());
    else if (typeof v === 'function') walk(sample(v as (...a: unknown[]) => unknown));
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(en.report);
  walk(en.column);
  walk(en.field);
  walk(en.notes);
  walk(en.errors);
  for (const s of ['not_started', 'in_progress', 'done', 'recurring', 'cancelled'] as const) walk(en.status(s));
  return [...pieces].filter((p) => /[a-z]+ +[a-z]+/i.test(p) && !/^[()\-:;, .]*$/.test(p));
}

const COMMANDS: string[][] = [
  ['overdue'],
  ['at-risk'],
  ['summary'],
  ['list'],
  ['show', 'MOJ-2'],
  ['show', 'MOJ-99'],
  ['overdue', '--ministry', 'MOX'],
];
const FORMATS = ['markdown', 'table', 'csv'];

describe('--lang vi: no English sentence from the catalogue reaches the reader', () => {
  const english = englishPieces();

  it('the check knows the English it looks for', () => {
    expect(english).toEqual(expect.arrayContaining(['Days overdue', 'No task is overdue as of', 'in the data; did you mean', 'Depends on (transitively):']));
  });

  it('the same check finds the English in an English report (it can fail)', async () => {
    const r = await runInProcess([...AS_OF, 'overdue', '--format', 'markdown'], CWD);
    expect(english.filter((e) => r.stdout.includes(e))).toEqual(expect.arrayContaining(['Days overdue', 'Overdue as of']));
  });

  it.each(COMMANDS.flatMap((c) => FORMATS.filter((f) => c[0] !== 'show' || f === 'table').map((f) => [c, f] as const)))('%j as %s', async (command, format) => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', ...command, '--format', format], CWD);
    const out = r.stdout + r.stderr;
    expect(out.length).toBeGreaterThan(0);
    expect(english.filter((e) => out.includes(e))).toEqual([]);
  });

  it('p06.yaml can set the language, and --lang wins over it', async () => {
    const { mkdtempSync, cpSync, writeFileSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'p06-lang-'));
    cpSync(CWD, dir, { recursive: true });
    writeFileSync(join(dir, 'p06.yaml'), readFileSync(join(CWD, 'p06.yaml'), 'utf8') + 'lang: vi\n');
    expect((await runInProcess([...AS_OF, 'summary'], dir)).stdout).toMatch(/^\*\*Tổng hợp tính đến ngày 01 tháng 02 năm 2024: /);
    expect((await runInProcess([...AS_OF, '--lang', 'en', 'summary'], dir)).stdout).toMatch(/^\*\*Summary as of 2024-02-01: /);
  });

  it('the summary reads as the programme writes it: Vietnamese names, decimal comma', async () => {
    const r = await runInProcess([...AS_OF, '--lang', 'vi', 'summary', '--format', 'csv'], CWD);
    expect(r.stdout).toContain('Bộ Tư pháp');
    expect(r.stdout).toMatch(/Tỷ lệ hoàn thành/);
    expect(r.stdout).toMatch(/,"\d+,\d",/);
  });

  it('JSON does not change with the language', async () => {
    const [a, b] = await Promise.all([runInProcess([...AS_OF, 'at-risk', '--json'], CWD), runInProcess([...AS_OF, '--lang', 'vi', 'at-risk', '--json'], CWD)]);
    expect(b.stdout).toBe(a.stdout);
  });

  it('an unknown language is a usage error', async () => {
    const r = await runInProcess([...AS_OF, '--lang', 'fr', 'summary'], CWD);
    expect([r.exitCode, r.stderr]).toEqual([2, 'p06: --lang "fr" is not one of en, vi\nrun "p06 --help" for usage\n']);
  });
});
