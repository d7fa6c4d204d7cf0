import type { HeadlineCounts, MeetingWords } from './meeting-en.js';
import { deadlineWords, vi } from './vi.js';

// The meeting pack in Vietnamese, in the programme's own terms
// (shared/GLOSSARY.md): "báo cáo phục vụ cuộc họp", "nội dung xin ý kiến chỉ
// đạo", "chậm tiến độ từ năm 2022", "diễn biến".

const n = (x: number) => vi.number(x);
const tasks = (x: number) => `${n(x)} nhiệm vụ`;

/** ["a", "b", "c"] → "a, b và c". */
const joinAnd = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`);

export const meetingVi: MeetingWords = {
  ...vi,
  meeting: {
    workingTree: (day: string) => `dữ liệu hiện tại (${day})`,
    dayCommit: (day: string, commit: string) => `${day} (${commit})`,
    revCommit: (rev: string, day: string, commit: string) => `${rev} (${day}, ${commit})`,
    span: (from: string, to: string) => `${from} → ${to}`,
    workingTreeShort: 'dữ liệu hiện tại',
    deadlineText: (d) => deadlineWords(d.text, d.due),

    change: {
      done: 'đã hoàn thành',
      'newly-overdue': 'mới quá hạn',
      'deadline-moved': 'đổi thời hạn',
      added: 'giao mới',
      cancelled: 'đã hủy',
      reopened: 'thực hiện lại',
      owner: 'đổi đơn vị chủ trì',
      leader: 'đổi lãnh đạo phụ trách',
      'obstacle-raised': 'phát sinh vướng mắc',
      'obstacle-cleared': 'đã tháo gỡ vướng mắc',
      reported: 'đã báo cáo',
    },
    happened: {
      done: (day, result) => `hoàn thành ngày ${day}${result === undefined ? '' : `: ${result}`}`,
      newlyOverdue: (due, deadline) => `đến hạn ngày ${due}${deadline === undefined ? '' : ` (thời hạn ${deadline})`} nhưng chưa hoàn thành`,
      deadlineMoved: (from, to, reason, approved) => `thời hạn ${from} → ${to}${reason === undefined ? '' : `: ${reason}`}${approved === undefined ? '' : ` (ngày đồng ý ${approved})`}`,
      added: (deadline) => `được giao${deadline === undefined ? '' : `, thời hạn ${deadline}`}`,
      cancelled: (was, reason) => `đã hủy (trước đó: ${was})${reason === undefined ? '' : `: ${reason}`}`,
      reopened: (now) => `thực hiện lại: đã hoàn thành → ${now}`,
      owner: (from, to) => `đơn vị chủ trì ${from} → ${to}`,
      leader: (from, to) => `lãnh đạo phụ trách ${from} → ${to}`,
      obstacleRaised: (now, was) => `khó khăn, vướng mắc: ${now}${was === undefined ? '' : ` (trước đó: ${was})`}`,
      obstacleCleared: (was) => `đã tháo gỡ khó khăn, vướng mắc (trước đó: ${was})`,
      reported: (from, to) => `kỳ báo cáo ${from} → ${to}`,
    },
    changesTitle: (day: string) => `Đề án 06: thay đổi đến ${day}`,
    changesHeading: (span: string, x: number) => `Thay đổi từ ${span}: ${n(x)} thay đổi`,
    changesEmpty: (span: string) => `Không có thay đổi nào từ ${span}.`,
    byMinistryHeading: 'Theo cơ quan: trước → sau',
    byMinistryEmpty: 'Không cơ quan nào có tệp dữ liệu tại một trong hai thời điểm.',
    invalidHeading: (x: number) => `Dữ liệu có lỗi tại ${n(x)} commit ở giữa (các thay đổi ở trên chỉ so sánh hai thời điểm)`,
    column: {
      change: 'Thay đổi',
      whatHappened: 'Nội dung',
      tasks: 'Số nhiệm vụ',
      commit: 'Commit',
      date: 'Ngày',
      errors: 'Số lỗi',
      firstError: 'Lỗi đầu tiên',
      code: 'Mã',
      firstLast: 'đầu → cuối',
      asked: 'Nội dung xin ý kiến chỉ đạo',
      days: 'Số ngày',
      waitsOn: 'Đang chờ (chưa hoàn thành)',
      holdsUp: 'Làm chậm (chưa hoàn thành)',
    },

    every: { week: 'tuần', month: 'tháng', quarter: 'quý' },
    trendTitle: (day: string) => `Đề án 06: diễn biến đến ${day}`,
    trendHeading: (from: string, to: string, every: string, x: number) => `Diễn biến từ ${from} đến ${to}, theo ${every}: ${n(x)} thời điểm`,
    trendEmpty: 'Không có lịch sử để lấy số liệu.',
    pointsHeading: 'Tình hình Đề án tại từng thời điểm',
    pointsEmpty: 'Không có thời điểm nào.',
    chart: {
      percentDone: 'tỷ lệ hoàn thành (%)',
      overdue: 'quá hạn',
      atRisk: 'có nguy cơ chậm',
      tasks: 'nhiệm vụ',
      label: (fromPercent, fromDay, toPercent, toDay, fromOverdue, toOverdue) =>
        `Tỷ lệ hoàn thành: ${fromPercent} (${fromDay}) → ${toPercent} (${toDay}); số nhiệm vụ quá hạn: ${fromOverdue} → ${toOverdue}.`,
      empty: 'Không có lịch sử để vẽ biểu đồ.',
    },

    briefTitle: (day: string) => `Đề án 06: báo cáo phục vụ cuộc họp, tính đến ${day}`,
    headline(h: HeadlineCounts, years: readonly { year: number; tasks: number }[]): string {
      const since = years.map((y, i) => `${n(y.tasks)} ${i === 0 ? 'chậm tiến độ từ năm' : 'từ năm'} ${y.year}`);
      const overdue = `${n(h.overdue)} quá hạn${since.length > 0 ? `, trong đó ${joinAnd(since)}` : ''}`;
      const parts = [
        tasks(h.total),
        `${n(h.done)} đã hoàn thành (${vi.percent(h.percent_done)})`,
        `${n(h.recurring)} thực hiện thường xuyên`,
        `${n(h.in_progress)} đang thực hiện`,
        `${n(h.not_started)} chưa thực hiện`,
        overdue,
        `${n(h.at_risk)} có nguy cơ chậm`,
      ];
      if (h.cancelled > 0) parts.push(`${n(h.cancelled)} đã hủy`);
      return `${parts.join('; ')}.`;
    },
    meta: (since: string) => `Thay đổi từ ${since}. Số liệu do p06 tính từ các tệp nhiệm vụ trong git.`,
    asOfLine: (day: string) => `Tính đến ${day}.`,
    part: {
      headline: 'Tình hình chung',
      changes: (since: string) => `Thay đổi từ ${since}`,
      decisions: 'Nội dung xin ý kiến chỉ đạo',
      overdue: 'Nhiệm vụ quá hạn và có nguy cơ chậm',
      ministries: 'Các bộ, ngành, địa phương, chậm nhất trước',
      trend: 'Diễn biến và chuỗi phụ thuộc sau các nhiệm vụ quá hạn',
    },
    changesCount: (x: number, from: string, to: string) => `${n(x)} thay đổi từ ${from} đến ${to}`,
    why: { obstacle: 'khó khăn, vướng mắc', 'long-overdue': 'quá hạn kéo dài', 'extended-again': 'gia hạn nhiều lần' },
    decisionsHeading: (x: number) => `${n(x)} nội dung: khó khăn, vướng mắc; nhiệm vụ quá hạn kéo dài; nhiệm vụ đã gia hạn từ hai lần trở lên`,
    decisionsEmpty: 'Không có nội dung xin ý kiến chỉ đạo: không có khó khăn, vướng mắc, nhiệm vụ quá hạn kéo dài hay gia hạn từ hai lần.',
    longOverdue: (daysOverdue: number, due: string, limit: number) => `quá hạn ${n(daysOverdue)} ngày (hạn ${due}); quá hạn trên ${n(limit)} ngày thì xin ý kiến Tổ công tác`,
    extendedAgain: (times: number, first: string, now: string) => `đã gia hạn ${n(times)} lần: thời hạn ban đầu ${first}, nay ${now}`,
    behindSince: (year: number, x: number) => `Chậm tiến độ từ năm ${year}: ${tasks(x)}`,
    overdueHeading: 'Quá hạn',
    atRiskHeading: (x: number) => `Có nguy cơ chậm: ${tasks(x)}`,
    atRiskEmpty: 'Không có nhiệm vụ có nguy cơ chậm.',
    ministriesHeading: (x: number) => `${n(x)} bộ, ngành, địa phương: nhiều nhiệm vụ quá hạn nhất trước, rồi tỷ lệ hoàn thành thấp nhất`,
    ministriesEmpty: 'Không cơ quan nào có tệp dữ liệu.',
    subtotal: 'Cộng',
    chainsHeading: (x: number) => `Chuỗi phụ thuộc: ${tasks(x)} quá hạn đang chờ hoặc làm chậm nhiệm vụ khác chưa hoàn thành`,
    chainsEmpty: 'Không có nhiệm vụ quá hạn nào đang chờ hoặc làm chậm nhiệm vụ khác chưa hoàn thành.',
    overdueMark: 'quá hạn',
    overdueDays: (x: number) => `quá hạn ${n(x)} ngày`,
    atRisk: 'có nguy cơ chậm',
  },
};
