import { describe, expect, it } from 'vitest';
import { matches, type TaskFilter } from '../../../src/reports/filter-tasks.js';
import { dataset, day, task } from '../../helpers/task-records.js';

// As of 2024-02-01: MOJ-1 open and blocked by GO-1, GO-1 open, GO-2 recurring with no deadline.
const ds = dataset('2024-02-01', [
  task('MOJ-1', { owner: 'Department of Civil Status', deadline: '2024-03-31', depends_on: ['GO-1'] }),
  task('GO-1', { owner: 'Government Office', status: 'not_started', deadline: '2024-Q1' }),
  task('GO-2', { owner: 'Sở Tư pháp Thanh Hoá', status: 'recurring' }),
  task('GO-3', { owner: 'Ministry Office', status: 'done', deadline: '2024-01-15', completed: '2024-01-10' }),
]);
const pass = (filter: TaskFilter) => ds.tasks.filter((t) => matches(t, filter)).map((t) => t.id);

describe('matches', () => {
  it.each([
    [{}, ['GO-1', 'GO-2', 'GO-3', 'MOJ-1']],
    [{ ministries: [] }, ['GO-1', 'GO-2', 'GO-3', 'MOJ-1']],
    [{ ministries: ['MOJ'] }, ['MOJ-1']],
    [{ ministries: ['MOJ', 'GO'] }, ['GO-1', 'GO-2', 'GO-3', 'MOJ-1']],
    [{ owner: 'civil' }, ['MOJ-1']],
    [{ owner: 'CIVIL STATUS' }, ['MOJ-1']],
    [{ owner: 'office' }, ['GO-1', 'GO-3']],
    [{ owner: 'THANH HOÁ' }, ['GO-2']], // case-insensitive beyond ASCII
    [{ owner: 'nobody' }, []],
    [{ statuses: ['not_started'] }, ['GO-1']],
    [{ statuses: ['recurring', 'done'] }, ['GO-2', 'GO-3']],
    [{ blocked: true }, ['MOJ-1']],
    [{ blocked: false }, ['GO-1', 'GO-2', 'GO-3', 'MOJ-1']],
    [{ dueBefore: day('2024-03-31') }, ['GO-3']], // strictly before; no deadline never matches
    [{ dueBefore: day('2024-04-01') }, ['GO-1', 'GO-3', 'MOJ-1']],
    [{ dueAfter: day('2024-01-15') }, ['GO-1', 'MOJ-1']],
    [{ dueAfter: day('2024-01-14'), dueBefore: day('2024-01-16') }, ['GO-3']],
    [{ ministries: ['GO'], owner: 'office', statuses: ['done'] }, ['GO-3']],
  ] as [TaskFilter, string[]][])('%j → %j', (filter, expected) => {
    expect(pass(filter)).toEqual(expected);
  });
});

describe('matches: the text filters of SPEC §10 ignore case, normalisation, tone marks and đ/d', () => {
  const records = [
    { ...task('MPS-1', { owner: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội', title: 'Kết nối dữ liệu dân cư' }), leader: 'Thứ trưởng Nguyễn Duy Ngọc', refs: ['Nghị định 59/2022/NĐ-CP'] },
    { ...task('THANHHOA-1', { owner: 'Sở Nội vụ tỉnh Thanh Hóa', result: 'Báo cáo đánh giá' }), obstacle: 'Chờ hướng dẫn của Bộ Công an' },
    task('MOJ-1', { owner: 'Ministry Office', title: 'Roadmap' }),
  ];
  const data = dataset('2024-02-01', records);
  const only = (filter: TaskFilter) => data.tasks.filter((t) => matches(t, filter)).map((t) => t.id);

  it.each([
    [{ owner: 'canh sat quan ly' }, ['MPS-1']],
    [{ owner: 'Sở Nội vụ'.normalize('NFD') }, ['THANHHOA-1']],
    [{ owner: 'thanh hoá' }, ['THANHHOA-1']],
    [{ owner: 'THANH HOA' }, ['THANHHOA-1']],
    [{ leader: 'nguyen duy ngoc' }, ['MPS-1']],
    [{ leader: 'minister' }, []], // a task without a leader never matches a leader filter
    [{ text: 'du lieu dan cu' }, ['MPS-1']],
    [{ text: 'bao cao' }, ['THANHHOA-1']], // the result
    [{ text: 'bo cong an' }, ['THANHHOA-1']], // the obstacle
    [{ text: 'ROADMAP' }, ['MOJ-1']],
    [{ ref: 'nghi dinh 59' }, ['MPS-1']],
    [{ ref: '59/2022/ND-CP' }, ['MPS-1']],
    [{ ref: 'Decree 13' }, []],
  ] as [TaskFilter, string[]][])('%j → %j', (filter, expected) => expect(only(filter)).toEqual(expected));
});
