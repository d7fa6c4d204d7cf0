import { describe, expect, it } from 'vitest';
import { problem } from '../../../src/domain/problem.js';
import { changeText, renderReview } from '../../../src/render/render-review.js';
import type { Change, ReviewReport } from '../../../src/reports/review.js';

const change = (c: Omit<Change, 'task' | 'ministry'>): Change => ({ task: 'MOJ-01', ministry: 'MOJ', ...c });

describe('changeText', () => {
  it.each<[Omit<Change, 'task' | 'ministry'>, string]>([
    [{ change: 'added', title: 'Train the staff' }, 'added: Train the staff'],
    [{ change: 'removed' }, 'removed'],
    [{ change: 'status', from: 'done', to: 'in_progress' }, 'status: done → in_progress'],
    [{ change: 'deadline', from: '2024-Q1', to: '2024-06-30' }, 'deadline: 2024-Q1 (due 2024-03-31) → 2024-06-30'],
    [{ change: 'deadline', from: '2025' }, 'deadline: 2025 (due 2025-12-31) → none'],
    [{ change: 'completed', to: '2024-05-01' }, 'completed: none → 2024-05-01'],
    [{ change: 'depends_on', from: ['GO-01', 'MIC-02'], to: ['GO-01', 'MPS-03'] }, 'depends_on: + MPS-03; − MIC-02'],
    [{ change: 'extensions', from: [], to: ['from 2024-Q1: late'] }, 'extensions: + from 2024-Q1: late'],
  ])('%j → %s', (c, text) => {
    expect(changeText(change(c))).toBe(text);
  });
});

describe('renderReview', () => {
  const report = (changes: Change[], problems = [problem('data/moj.yaml', { line: 8, column: 15 }, 'unrecorded-extension', 'moved', 'MOJ-01')]): ReviewReport => ({
    kind: 'review',
    base: { name: 'origin/main', commit: '0123456789abcdef0123' },
    head: { name: 'working tree' },
    changes,
    problems,
    ministries: new Map([['MOJ', 'Ministry of Justice']]),
  });

  it('text: problems, changes, then the count line', () => {
    expect(renderReview(report([change({ change: 'owner', from: 'A', to: 'B\u001b[2J' })]), 'text')).toEqual({
      stdout: 'data/moj.yaml:8:15: error: moved [unrecorded-extension]\nMOJ-01 owner: A → B\\x1B[2J\n1 error, 0 warnings, 1 change (origin/main 0123456789ab → working tree)\n',
      stderr: '',
    });
  });

  it('markdown: a comment that would pass GitHub\'s size limit counts what it leaves out', () => {
    const many = Array.from({ length: 2000 }, (_, i) => change({ change: 'title', from: 'x'.repeat(20), to: `${'y'.repeat(20)} ${i}` }));
    const out = renderReview(report(many, []), 'markdown').stdout;
    expect(out.length).toBeLessThan(65_536);
    const shown = out.split('\n').filter((l) => l.startsWith('- **MOJ-01**')).length;
    expect(shown).toBeGreaterThan(500);
    expect(out.trimEnd().split('\n').at(-1)).toBe(`…and ${2000 - shown} more changes not shown here: run \`p06 review\` for all of them.`);
  });

  it('markdown without problems or changes says so', () => {
    expect(renderReview(report([], []), 'markdown').stdout).toBe(
      '### p06 review: 0 errors, 0 warnings, 0 changes\n\nCompared origin/main (0123456789ab) with the working tree.\n\n#### Problems\n\nNone: the data is valid and every promise is kept.\n\n#### Changes\n\nNo task changed.\n',
    );
  });
});
