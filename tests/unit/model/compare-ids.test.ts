import { describe, expect, it } from 'vitest';
import { compareIds } from '../../../src/domain/compare-ids.js';

const sign = (n: number) => Math.sign(n);

describe('compareIds', () => {
  // a, b → -1 when a comes first, 0 when equal, 1 when b comes first
  it.each([
    ['MOJ-2', 'MOJ-10', -1],
    ['MOJ-10', 'MOJ-2', 1],
    ['MOJ-1', 'MOJ-1', 0],
    ['MOJ-01', 'MOJ-02', -1],
    ['MOJ-2', 'MOJ-02', -1], // same number: the shorter spelling first, so the order is total
    ['GO-9', 'MOJ-1', -1],
    ['MOJ-1', 'MOJ-1.1', -1],
    ['MOJ-1a', 'MOJ-1b', -1],
    ['MOJ-9', 'MOJ-9a', -1],
    ['MOH-1', 'MOHA-1', -1],
    ['THANHHOA-04', 'VSS-03', -1],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(sign(compareIds(a, b))).toBe(expected);
    expect(sign(compareIds(b, a))).toBe(-expected || 0);
  });

  it('sorts a shuffled list naturally', () => {
    expect(['MOJ-10', 'MOJ-2', 'GO-1', 'MOJ-1', 'MOJ-20', 'MOJ-3'].sort(compareIds)).toEqual(['GO-1', 'MOJ-1', 'MOJ-2', 'MOJ-3', 'MOJ-10', 'MOJ-20']);
  });
});
