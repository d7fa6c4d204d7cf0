import { describe, expect, it } from 'vitest';
import { meetingEn } from '../../../src/i18n/meeting-en.js';
import { meetingVi } from '../../../src/i18n/meeting-vi.js';
import { briefJson, briefParts, chainsMermaid, headlineText } from '../../../src/render/brief-view.js';
import { report } from '../../helpers/brief-fixture.js';

// The brief's own logic on a hand-made dataset (tests/helpers/brief-fixture.ts):
// decisions from the typed fields (obstacle), the first-due year before
// extensions, subtotals by the body's kind, and the chains behind overdue work
// (drawn by Mermaid itself in tests/e2e/chromium.test.ts).

describe('brief', () => {
  it('decisions: the obstacle as written, overdue past escalate_after_days, extended twice; in the reader\'s words', () => {
    const json = briefJson(report, meetingEn);
    expect(json.decisions).toEqual([
      { task: 'GO-1', why: 'long-overdue', message: 'overdue 91 days (due 2024-03-31); the task force decides after 70 days' },
      { task: 'MOJ-1', why: 'obstacle', message: 'Waiting for the amended law' },
      { task: 'THANHHOA-1', why: 'extended-again', message: 'extended 2 times: first due 2023-12-31, now 2024-04-30' },
    ]);
    expect((briefJson(report, meetingVi).decisions as { message: string }[]).map((d) => d.message)).toEqual([
      'quá hạn 91 ngày (hạn 31/03/2024); quá hạn trên 70 ngày thì xin ý kiến Tổ công tác',
      'Waiting for the amended law',
      'đã gia hạn 2 lần: thời hạn ban đầu 31/12/2023, nay 30/04/2024',
    ]);
  });

  it('overdue by the year the work first fell due, before any extension', () => {
    expect(report.overdueByYear.map((y) => [y.year, y.tasks.map((t) => t.id)])).toEqual([
      [2023, ['THANHHOA-1']],
      [2024, ['GO-1']],
    ]);
    expect(headlineText(report, meetingEn)).toBe('5 tasks; 1 done (20.0%); 0 recurring; 4 in progress; 0 not started; 2 overdue, of which 1 behind schedule since 2023 and 1 since 2024; 2 at risk.');
    expect(headlineText(report, meetingVi)).toBe('5 nhiệm vụ; 1 đã hoàn thành (20,0 %); 0 thực hiện thường xuyên; 4 đang thực hiện; 0 chưa thực hiện; 2 quá hạn, trong đó 1 chậm tiến độ từ năm 2023 và 1 từ năm 2024; 2 có nguy cơ chậm.');
  });

  it('worst first as the summary sorts it; subtotals per kind in the JSON, per group (ministries and agencies; localities) in the table; codes and names in the reader\'s language', () => {
    expect(report.summary.rows.map((m) => [m.ministry, m.kind])).toEqual([
      ['GO', 'agency'],
      ['THANHHOA', 'province'],
      ['MOJ', 'ministry'],
      ['VSS', 'agency'],
    ]);
    const subtotals = briefJson(report, meetingEn).subtotals as Record<string, { total: number; done: number; overdue: number }>;
    expect(Object.fromEntries(Object.entries(subtotals).map(([k, v]) => [k, [v.total, v.done, v.overdue]]))).toEqual({ agency: [2, 1, 1], province: [1, 0, 1], ministry: [2, 0, 0] });
    const table = briefParts(report, meetingVi).find((p) => p.id === 'ministries')!.sections[0]!;
    expect(table.rows.map((r) => `${r[0]!.text} | ${r[1]!.text} | ${r[2]!.text}`)).toEqual([
      'VPCP | Văn phòng Chính phủ | 1',
      'THANHHOA | Ủy ban nhân dân tỉnh Thanh Hóa | 1',
      'BTP | Bộ Tư pháp | 2',
      'VSS | Vietnam Social Security | 1',
      'Cộng | Các bộ, ngành | 4',
      'Cộng | Các địa phương | 1',
      'Tổng cộng |  | 5',
    ]);
  });

  it('the chains behind overdue work: who waits on whom, and a Mermaid block in the Markdown', () => {
    expect(report.chains.map((c) => [c.task.id, c.waitsOn.map((t) => t.id), c.holdsUp.map((t) => t.id)])).toEqual([['GO-1', [], ['MOJ-1', 'MOJ-2']]]);
    expect(chainsMermaid(report, meetingEn)).toMatch(/^```mermaid\ngraph LR\n[^]*\n```\n$/);
  });
});
