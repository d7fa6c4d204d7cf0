import { describe, expect, it } from 'vitest';
import { nextTaskId } from '../../../src/edit/next-id.js';

describe('nextTaskId', () => {
  it.each([
    ['MOJ', ['MOJ-01', 'MOJ-06', 'MOJ-03'], [], 'MOJ-07'],
    ['VSS', ['VSS-9'], [], 'VSS-10'],
    ['MOH', ['MOH-001', 'MOH-a'], [], 'MOH-002'],
    ['GO', [], [], 'GO-01'],
    ['MIC', ['MIC-01'], ['MIC-02'], 'MIC-03'],
    ['MPS', ['MPS-01', 'MPSX-05'], [], 'MPS-02'],
  ])('%s after %j (taken elsewhere %j) → %s', (code, ids, taken, next) => {
    expect(nextTaskId(code, ids, new Set(taken))).toBe(next);
  });
});
