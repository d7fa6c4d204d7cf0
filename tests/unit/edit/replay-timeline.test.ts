import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { replayTimeline } from '../../../src/edit/replay-timeline.js';

const MOJ = `ministry:
  code: MOJ
  name: Ministry of Justice
tasks:
  - id: MOJ-01
    title: Compile the roadmaps
    owner: Dept A
    deadline: 2024-H2
    status: done
    completed: 2024-05-02
    extensions:
      - from: 2024-03
        reason: waiting for the ministries
        approved: 2024-03-20
    source: Task force meeting of 2024-01-25
  - id: MOJ-02
    title: Publish the guidance
    owner: Dept B
    deadline: 2025-Q2
    status: not_started
    depends_on: [MOJ-03]
    source: Review conference of 2025-02-13
  - id: MOJ-03
    title: Draft the circular
    owner: Dept B
    deadline: 2025
    status: in_progress
    assigned: 2025-03-01
`;

type Task = { id: string; status: string; deadline: unknown; completed?: string; extensions?: unknown[] };
const tasksOf = (text: string) => (parse(text) as { tasks: Task[] }).tasks;

describe('replayTimeline', () => {
  const commits = replayTimeline([{ path: 'moj.yaml', text: MOJ }]);

  it('commits on each dated event, the meetings tagged, a broken status mended the same day', () => {
    expect(commits.map((c) => `${c.day} ${c.time} ${c.tag ?? '-'} ${c.message}`)).toEqual([
      '2024-01-25 12:00 meeting-2024-01-25 Record the task force meeting of 2024-01-25 (1 task assigned)',
      '2024-03-20 17:00 - MOJ-01 extended',
      '2024-05-02 09:00 - MOJ-01: mark done',
      '2024-05-02 17:00 - MOJ-01: status is "done"; record the completion date',
      // MOJ-03 is assigned later than MOJ-02, which depends on it: it comes with MOJ-02.
      '2025-02-13 12:00 meeting-2025-02-13 Record the review conference of 2025-02-13 (2 tasks assigned)',
    ]);
  });

  it('rewinds a task: the deadline before each extension, open before its completion', () => {
    expect(tasksOf(commits[0]!.files[0]!.text)).toEqual([expect.objectContaining({ id: 'MOJ-01', status: 'in_progress', deadline: '2024-03' })]);
    expect(tasksOf(commits[0]!.files[0]!.text)[0]).not.toHaveProperty('extensions');
    expect(tasksOf(commits[1]!.files[0]!.text)[0]).toMatchObject({ status: 'in_progress', deadline: '2024-H2', extensions: [{ from: '2024-03' }] });
    expect(tasksOf(commits[2]!.files[0]!.text)[0]).toMatchObject({ status: 'complete' });
    expect(tasksOf(commits[3]!.files[0]!.text)[0]).toMatchObject({ status: 'done', completed: '2024-05-02' });
  });

  it('ends with the data as it is, year deadlines kept as numbers', () => {
    expect(parse(commits.at(-1)!.files[0]!.text)).toEqual(parse(MOJ));
  });
});
