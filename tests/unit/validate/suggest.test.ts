import { describe, expect, it } from 'vitest';
import { TaskSchema } from '../../../src/validate/schemas.js';
import { closest, didYouMean } from '../../../src/domain/suggest.js';

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
