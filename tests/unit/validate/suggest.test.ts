import { describe, expect, it } from 'vitest';
import { TaskSchema } from '../../../src/validate/schemas.js';
import fc from 'fast-check';
import { MAX_WORD, Suggester, WORK_BUDGET, boundedDistance, closest, didYouMean } from '../../../src/domain/suggest.js';

const TASK_KEYS = Object.keys(TaskSchema.shape);

describe('closest: the likely intended word, or nothing (among the task keys unless named)', () => {
  it.each<[string, string | undefined, string[]?]>([
    ['titel', 'title'],
    ['tittle', 'title'],
    ['ownr', 'owner'],
    ['owners', 'owner'],
    ['dependson', 'depends_on'],
    ['depends-on', 'depends_on'],
    ['dead_line', 'deadline'],
    ['DEADLINE', 'deadline'],
    ['completion', 'completed'],
    ['priority', undefined],
    ['x', undefined],
    // Ties go to the first in sort order, whatever order the candidates come in.
    ['MOJ-1', 'MOJ-01', ['MOJ-10', 'MOJ-01']],
    ['MCI', 'MIC', ['MPS', 'MIC', 'MOJ']],
    // Short codes: one edit at most, so an unrelated code is not offered.
    ['GO', undefined, ['MOJ', 'MPS']],
    ['MPS', undefined, ['MOJ', 'MIC']],
    ['anything', undefined, []],
  ])('%j → %j', (word, expected, candidates = TASK_KEYS) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('didYouMean', () => {
  it.each([
    ['titel', '; did you mean "title"?'],
    ['priority', ''],
  ])('%j → %j', (word, text) => {
    expect(didYouMean(word, TASK_KEYS)).toBe(text);
  });
});

/** The plain O(n·m) distance, the reference the banded one must agree with. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('boundedDistance: the edit distance when it is at most k, else k + 1', () => {
  it('agrees with the full distance on every pair of short words over a small alphabet', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 }), fc.integer({ min: 0, max: 6 }), (a, b, k) => {
        expect(boundedDistance(a, b, k)).toBe(Math.min(fullDistance(a, b), k + 1));
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('computes only the band of width 2k + 1, and stops once every cell of a row is out of reach', () => {
    const counter = { cells: 0 };
    boundedDistance('a'.repeat(60), 'a'.repeat(59) + 'b', 2, counter);
    expect(counter.cells).toBeLessThanOrEqual(60 * (5 + 61));
    counter.cells = 0;
    expect(boundedDistance('x'.repeat(60), 'y'.repeat(60), 3, counter)).toBe(4);
    // Row i holds at least min(i, …) edits: past row 4 nothing is within 3.
    expect(counter.cells).toBeLessThanOrEqual(4 * (7 + 61));
  });
});

describe('Suggester: bounded work however many unknown words and candidates', () => {
  const ids = Array.from({ length: 8000 }, (_, i) => `MOJ-${String(i).padStart(6, '0')}`);

  it('8,000 unknown long ids against 8,000 ids stay within the work budget (this was 56 s)', () => {
    const near = new Suggester(ids);
    // Each within the allowed edits of every id by length, so every one of them is a candidate.
    const unknown = Array.from({ length: 8000 }, (_, i) => `MOJ-X${String(i).padStart(7, '0')}`);
    const answers = unknown.map((word) => near.closest(word));
    expect(answers[0]).toBe('MOJ-000000');
    expect(near.cells).toBeLessThanOrEqual(WORK_BUDGET + 2 * MAX_WORD * MAX_WORD);
  });

  it('still finds typos, and the same one whatever came before it', () => {
    const near = new Suggester(ids);
    expect(near.closest('MOJ-00123')).toBe('MOJ-000123');
    expect(near.closest('MJO-000124')).toBe('MOJ-000124');
    expect(near.closest('GO-1')).toBeUndefined();
  });

  it('offers nothing for a word longer than MAX_WORD, without comparing it to anything', () => {
    const long = 'k'.repeat(MAX_WORD + 1);
    const near = new Suggester([long.slice(1), long + 'x']);
    expect(near.closest(long)).toBeUndefined();
    expect(near.cells).toBe(0);
  });

  it('once the budget is spent, suggests nothing more (never a different answer)', () => {
    const near = new Suggester(ids, 1000);
    const answers = ['MOJ-00001', 'MOJ-00002', 'MOJ-00003', 'MOJ-00004'].map((w) => near.closest(w));
    expect(answers.filter((a) => a !== undefined).every((a, i) => a === `MOJ-00000${i + 1}`)).toBe(true);
    expect(answers.at(-1)).toBeUndefined();
  });

  it('compares a word only with candidates whose length is within its allowed edits', () => {
    const near = new Suggester(['A'.repeat(40), 'MOJ-1']);
    near.closest('MOJ-2');
    expect(near.cells).toBeLessThanOrEqual(5 * (3 + 6));
  });
});
