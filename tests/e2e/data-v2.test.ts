import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// SPEC §10's rules as a ministry editor meets them: `p06 validate` on
// tests/fixtures/data-v2-rules, whose p06.yaml sets require_leader.

const RULES = fixture('data-v2-rules');

describe('p06 validate: the rules of the second data version', () => {
  it('names each problem at its file:line:col with its rule', async () => {
    const r = await runMain(['validate', '--as-of', '2025-06-01'], { cwd: RULES });
    expect(r.stdout.split('\n')).toEqual([
      'data/moha.yaml:28:5: warning: task MOHA-02 has no "leader" (clear responsibilities: the named leader responsible) [missing-leader]',
      'data/moha.yaml:42:15: error: assigned 2024-05-10 is after completed 2024-05-01: a task cannot be done before it is given [assigned-order]',
      'data/moha.yaml:50:15: error: assigned 2025-09-01 is after 2025-06-01 (as of): a task is recorded once it is given [assigned-in-future]',
      "data/molisa.yaml:23:13: error: task MOLISA-03 is not_started but MOLISA was merged into MOHA: move it to MOHA's file (keeping its id, with transferred_from: MOLISA), or set it done or cancelled [task-in-merged-body]",
      "data/molisa.yaml:25:23: error: transferred_from names this file's own body MOLISA; it names the body the task came from [schema]",
      'data/thanhhoa.yaml:7:14: error: merged_on needs merged_into: a merger names both the successor and the day [schema]',
      'data/thanhhoa.yaml:20:15: error: assigned 2024-03-05 is after the extension from 2024-03 approved 2024-03-01: a deadline cannot move before the task is given [assigned-order]',
      'data/thanhhoa.yaml:21:5: error: missing required key "deadline" (clear time): only a recurring task may have none [schema]',
      'data/thanhhoa.yaml:26:12: error: "every" is for recurring duties, but status is in_progress [schema]',
      '8 errors, 1 warning in 3 files (9 tasks); configuration p06.yaml',
      '',
    ]);
    expect(r.exitCode).toBe(1);
  });

  it('"assigned" is checked against --as-of', async () => {
    const r = await runMain(['validate', '--as-of', '2025-10-01'], { cwd: RULES });
    expect(r.stdout).not.toContain('assigned-in-future');
  });

  it('without require_leader a missing leader is not a warning', async () => {
    const r = await runMain(['validate', '--as-of', '2025-06-01', '--config', '../validate-warnings/p06.yaml', '--data', 'data'], { cwd: RULES });
    expect(r.stdout).not.toContain('missing-leader');
    expect(r.stdout).toContain('[assigned-order]');
  });
});
