import { format } from 'date-fns';
import { vi as viLocale } from 'date-fns/locale/vi';
import type { Day } from '../domain/calendar.js';
import type { Deadline } from '../domain/deadline.js';
import type { Every } from '../domain/period.js';
import type { RiskReason, TaskStates } from '../domain/risk.js';
import type { Status } from '../domain/status.js';
import type { Words } from './en.js';
import { problemsVi } from './vi-problems.js';

// Vietnamese, in the programme's own terms (shared/GLOSSARY.md): the words
// of official documents on Project 06, not a literal translation.
//
// Dates stay whole day numbers inside p06; only here, at the edge where a
// day becomes words, is it turned into a local Date for date-fns (built from
// its year, month and day, so no time zone can move it).

const MS_PER_DAY = 86_400_000;

function toDate(day: Day): Date {
  const utc = new Date(day * MS_PER_DAY);
  const local = new Date(0, 0, 1);
  local.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return local;
}

/** 25/01/2024, as tables show a date. */
const shortDay = (day: Day) => format(toDate(day), 'dd/MM/yyyy', { locale: viLocale });

/** ngày 25 tháng 01 năm 2024, as a heading says it. */
const longDay = (day: Day) => format(toDate(day), "'ngày' dd 'tháng' MM 'năm' yyyy", { locale: viLocale });

/** 1.234 and 50,4: the decimal comma and the dot between thousands. */
const number = (n: number, decimals = 0) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A deadline as official documents write it: 31/01/2024, tháng 03/2024, quý I/2024, 6 tháng đầu năm 2024, năm 2025. */
export function deadlineWords(text: string, due: Day): string {
  if (/^(\d{4})-(\d{2})-(\d{2})$/.test(text)) return shortDay(due);
  return periodWords(text);
}

/** A period (of a deadline or a recurring duty's report): tháng 03/2024, quý I/2024, 6 tháng đầu năm 2024, năm 2025. */
function periodWords(text: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return `tháng ${m[2]}/${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(text))) return `quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(text))) return `6 tháng ${m[2] === '1' ? 'đầu' : 'cuối'} năm ${m[1]}`;
  return `năm ${text}`;
}

/** "mỗi quý": each period of a recurring duty. */
const EVERY_WORDS: Record<Every, string> = { month: 'tháng', quarter: 'quý', half: '6 tháng', year: 'năm' };

/** A deadline as written in the file (an extension's "from"), in the same words, without its due date. */
function deadlineText(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  return /^\d{4}(-(\d{2}|Q[1-4]|H[12]))?$/.test(text) ? deadlineWords(text, 0) : text;
}

const STATUS: Record<Status, string> = {
  not_started: 'chưa thực hiện',
  in_progress: 'đang thực hiện',
  done: 'đã hoàn thành',
  recurring: 'thực hiện thường xuyên',
  cancelled: 'đã hủy',
};

const tasks = (n: number) => `${number(n)} nhiệm vụ`;
const tasks_ = tasks;
const days = (n: number) => `${number(n)} ngày`;

function dueIn(daysLeft: number): string {
  if (daysLeft === 0) return 'đến hạn hôm nay';
  if (daysLeft === 1) return 'đến hạn ngày mai';
  return `còn ${days(daysLeft)} đến hạn`;
}

export const vi: Words = {
  lang: 'vi',
  plural: (n: number) => number(n),
  day: shortDay,
  longDay,
  number,
  percent: (p: number) => `${number(p, 1)} %`,
  code: (code: string, abbrVi?: string) => abbrVi ?? code,
  name: (name: string, nameVi?: string) => nameVi ?? name,
  tasks,
  status: (status: Status) => STATUS[status],

  deadline(deadline: Deadline | undefined): string {
    if (deadline === undefined) return '—';
    const words = deadlineWords(deadline.text, deadline.due);
    const due = shortDay(deadline.due);
    return words === due ? due : `${words} (hạn ${due})`;
  },

  reason(reason: RiskReason): string {
    switch (reason.code) {
      case 'due-soon':
        return `${dueIn(reason.daysLeft)} (${shortDay(reason.due)})`;
      case 'dependency-overdue':
        return `đang chờ ${reason.task} (đã quá hạn ${days(reason.daysOverdue)})`;
      case 'dependency-late':
        return `đang chờ ${reason.task} (hạn hoàn thành muộn hơn: ${shortDay(reason.due)})`;
      case 'dependency-at-risk':
        return `đang chờ ${reason.task} (đang có nguy cơ chậm)`;
    }
  },

  states(task: TaskStates): string {
    const states: string[] = [];
    if (task.overdue) states.push(`quá hạn ${days(task.daysOverdue!)}`);
    if (task.atRisk) states.push('có nguy cơ chậm');
    if (task.blocked) states.push('đang chờ');
    if (task.doneLate) states.push('hoàn thành chậm');
    return states.join(', ');
  },

  report: {
    overdueHeading: (asOf: string, n: number) => `Nhiệm vụ quá hạn tính đến ${asOf}: ${tasks(n)}`,
    overdueEmpty: (asOf: string) => `Không có nhiệm vụ nào quá hạn tính đến ${asOf}.`,
    atRiskHeading: (asOf: string, within: number, n: number) => `Nhiệm vụ có nguy cơ chậm tính đến ${asOf} (đến hạn trong ${days(within)} tới hoặc đang chờ nhiệm vụ khác): ${tasks(n)}`,
    atRiskEmpty: (asOf: string) => `Không có nhiệm vụ nào có nguy cơ chậm tính đến ${asOf}.`,
    summaryHeading: (asOf: string, n: number, percent: string) => `Tổng hợp tính đến ${asOf}: ${tasks(n)}, tỷ lệ hoàn thành ${percent}`,
    summaryEmpty: 'Không có nhiệm vụ.',
    listHeading: (asOf: string, n: number) => `Danh sách nhiệm vụ tính đến ${asOf}: ${tasks(n)}`,
    listEmpty: 'Không có nhiệm vụ nào phù hợp.',
    taskHeading: (id: string, asOf: string) => `Nhiệm vụ ${id} tính đến ${asOf}`,
    upstreamHeading: (n: number) => `Phụ thuộc vào (trực tiếp và gián tiếp): ${tasks(n)}`,
    upstreamEmpty: 'Nhiệm vụ này không phụ thuộc vào nhiệm vụ nào khác.',
    downstreamHeading: (n: number) => `Các nhiệm vụ phụ thuộc vào nhiệm vụ này (trực tiếp và gián tiếp): ${tasks(n)}`,
    downstreamEmpty: 'Không có nhiệm vụ nào phụ thuộc vào nhiệm vụ này.',
    extended: (from: string, approved: string | undefined, reason: string) => `từ thời hạn ${deadlineText(from)}${approved === undefined ? '' : ` (ngày đồng ý ${approved})`}: ${reason}`,
    total: 'Tổng cộng',
    centralBodies: 'Các bộ, ngành',
    localities: 'Các địa phương',
    mergedInto: (code: string) => `đã hợp nhất vào ${code}`,
    overdueBySince: (years: [string, number][]) => `Quá hạn theo năm đến hạn đầu tiên: ${years.map(([year, n]) => `${number(n)} chậm từ năm ${year}`).join(', ')}`,
    leftOut: (file: string, tasks: number | undefined, errors: number) =>
      `Không tính trong báo cáo này: ${file} (${tasks === undefined ? 'không đếm được số nhiệm vụ' : tasks_(tasks)}, ${number(errors)} lỗi; xem p06 validate)`,
  },

  filter: {
    heading: (parts: string[]) => `Lọc theo: ${parts.join('; ')}`,
    ministries: (codes: string) => `bộ, ngành ${codes}`,
    owner: (text: string) => `đơn vị chủ trì có "${text}"`,
    leader: (text: string) => `lãnh đạo phụ trách có "${text}"`,
    text: (text: string) => `nội dung có "${text}"`,
    ref: (text: string) => `văn bản có "${text}"`,
    statuses: (statuses: string) => `trạng thái ${statuses}`,
    blocked: 'đang chờ nhiệm vụ khác',
    dueBefore: (day: string) => `hạn trước ${day}`,
    dueAfter: (day: string) => `hạn sau ${day}`,
  },

  column: {
    id: 'Mã',
    ministry: 'Cơ quan',
    name: 'Tên',
    title: 'Nhiệm vụ',
    owner: 'Đơn vị chủ trì',
    deadline: 'Thời hạn',
    due: 'Hạn hoàn thành',
    status: 'Trạng thái',
    state: 'Tình trạng',
    daysOverdue: 'Số ngày quá hạn',
    firstDue: 'Chậm từ năm',
    daysLeft: 'Số ngày còn lại',
    extensions: 'Số lần gia hạn',
    blocks: 'Làm chậm',
    why: 'Lý do',
    total: 'Tổng số',
    done: 'Đã hoàn thành',
    doneLate: 'Hoàn thành chậm',
    inProgress: 'Đang thực hiện',
    notStarted: 'Chưa thực hiện',
    recurring: 'Thực hiện thường xuyên',
    cancelled: 'Đã hủy',
    overdue: 'Quá hạn',
    atRisk: 'Có nguy cơ chậm',
    extended: 'Đã gia hạn',
    percentDone: 'Tỷ lệ hoàn thành',
    progress: 'Tiến độ',
    field: 'Mục',
    value: 'Nội dung',
  },

  columnShort: {
    daysOverdue: 'Ngày',
    daysLeft: 'Ngày',
    extensions: 'Gia hạn',
    firstDue: 'Từ năm',
    doneLate: 'HT chậm',
    inProgress: 'Đang làm',
    notStarted: 'Chưa làm',
    recurring: 'TX',
    cancelled: 'Hủy',
    extended: 'GH',
    percentDone: '% HT',
  },

  field: {
    title: 'Nhiệm vụ',
    ministry: 'Cơ quan',
    owner: 'Đơn vị chủ trì',
    status: 'Trạng thái',
    deadline: 'Thời hạn',
    originalDue: 'Thời hạn ban đầu',
    extended: 'Gia hạn',
    completed: 'Ngày hoàn thành',
    result: 'Kết quả, sản phẩm',
    atRisk: 'Có nguy cơ chậm',
    coordinating: 'Đơn vị phối hợp',
    dependsOn: 'Phụ thuộc vào',
    blocks: 'Làm chậm',
    missing: 'Không có trong dữ liệu',
    source: 'Nguồn',
    notes: 'Ghi chú',
    file: 'Tệp',
    leader: 'Lãnh đạo phụ trách',
    assigned: 'Ngày giao',
    assignedBy: 'Văn bản giao',
    refs: 'Văn bản liên quan',
    obstacle: 'Khó khăn, vướng mắc',
    transferredFrom: 'Chuyển giao từ',
    every: 'Kỳ báo cáo',
    reported: 'Kỳ báo cáo gần nhất',
    firstDue: 'Hạn kỳ đầu chưa báo cáo',
  },

  exports: {
    calendarName: (filter: string | undefined) => `Thời hạn nhiệm vụ Đề án 06${filter === undefined ? '' : ` (${filter})`}`,
    calendarDescription: (asOf: string) => `Thời hạn nhiệm vụ tính đến ${asOf}`,
    overdueBy: (n: number, asOf: string) => `quá hạn ${days(n)} tính đến ${asOf}`,
    atRiskAsOf: (asOf: string, why: string) => `có nguy cơ chậm tính đến ${asOf}: ${why}`,
    extendedTimes: (n: number, firstDue: string) => `Đã gia hạn ${number(n)} lần; thời hạn ban đầu ${firstDue}`,
    period: periodWords,
    series: (every: Every, first: string) => `Báo cáo vào ngày cuối cùng của mỗi ${EVERY_WORDS[every]}, từ ${first}`,
    missed: (period: string, n: number, asOf: string) => `Chưa báo cáo ${period}: quá hạn ${days(n)} tính đến ${asOf}`,
    filterMinistries: (codes: readonly string[]) => `bộ, ngành ${codes.join(', ')}`,
    filterOwner: (text: string) => `đơn vị chủ trì có "${text}"`,
    filterLeader: (text: string) => `lãnh đạo phụ trách có "${text}"`,
    filterText: (text: string) => `nội dung có "${text}"`,
    filterRef: (text: string) => `văn bản có "${text}"`,
    graphHeading: (asOf: string, focus: string | undefined, filter: string | undefined) =>
      `Quan hệ phụ thuộc giữa các nhiệm vụ tính đến ${asOf}${focus === undefined ? '' : `, chuỗi nhiệm vụ liên quan đến ${focus}`}${filter === undefined ? '' : ` (${filter})`}`,
    graphLegend: 'đỏ: quá hạn · vàng: có nguy cơ chậm · xám: đã hoàn thành hoặc đã hủy · xanh lam: thực hiện thường xuyên · nét đứt: đã hủy hoặc không có trong dữ liệu',
    nodeDue: (deadline: Deadline) => `thời hạn ${deadlineWords(deadline.text, deadline.due)}`,
    nodeEvery: (every: Every) => `báo cáo mỗi ${EVERY_WORDS[every]}`,
    asOf: (day: string) => `tính đến ${day}`,
    sheetDate: 'dd/mm/yyyy',
  },

  every: EVERY_WORDS,
  missingPeriods: (n: number) => `chưa báo cáo ${number(n)} kỳ`,

  errors: {
    noTask: (id: string, near?: string) => `không có nhiệm vụ ${id} trong dữ liệu${near ? `; có phải là ${near}?` : ''}`,
    noMinistry: (code: string, near?: string) => `không có cơ quan ${code} trong dữ liệu${near ? `; có phải là ${near}?` : ''}`,
    noMatch: (option: string, value: string, near?: string) => `--${option} "${value}" không khớp với nhiệm vụ nào trong dữ liệu${near ? `; có phải là "${near}"?` : ''}`,
    dataDirMissing: (dir: string) => `thư mục dữ liệu ${dir} không tồn tại (chỉ định bằng --data hoặc "data:" trong p06.yaml)`,
  },

  review: {
    counts: (errors, warnings, changes) => `${number(errors)} lỗi, ${number(warnings)} cảnh báo, ${number(changes)} thay đổi`,
    workingTree: 'thư mục làm việc',
    kind: {
      added: 'thêm mới',
      removed: 'bị xóa',
      moved: 'chuyển cơ quan',
      status: 'trạng thái',
      deadline: 'thời hạn',
      owner: 'đơn vị chủ trì',
      depends_on: 'phụ thuộc vào',
      title: 'nội dung',
      completed: 'ngày hoàn thành',
      extensions: 'gia hạn',
    },
    none: 'không có',
    heading: (counts) => `p06 review: ${counts}`,
    compared: (base, head) => `So sánh ${base} với ${head}.`,
    theWorkingTree: 'thư mục làm việc',
    problems: 'Lỗi và cảnh báo',
    noProblems: 'Không có: dữ liệu hợp lệ và mọi cam kết đều được giữ đúng.',
    columns: ['Vị trí', 'Nhiệm vụ', 'Nội dung', 'Quy tắc'],
    changes: 'Thay đổi',
    noChanges: 'Không nhiệm vụ nào thay đổi.',
    notShown: (n, what) => `…và ${number(n)} ${what === 'problem' ? 'lỗi, cảnh báo' : 'thay đổi'} khác không hiển thị ở đây; chạy \`p06 review\` để xem đầy đủ.`,
  },
  problem: problemsVi,
  severity: { error: 'lỗi', warning: 'cảnh báo' },
  rule: {
    'yaml-syntax': 'lỗi cú pháp YAML',
    'duplicate-key': 'khóa bị trùng',
    schema: 'sai cấu trúc dữ liệu',
    'invalid-date': 'ngày không hợp lệ',
    'id-prefix': 'mã nhiệm vụ sai tiền tố',
    'duplicate-id': 'mã nhiệm vụ bị trùng',
    'duplicate-ministry': 'cơ quan bị ghi hai lần',
    'unknown-dependency': 'phụ thuộc vào nhiệm vụ không tồn tại',
    'self-dependency': 'nhiệm vụ phụ thuộc vào chính nó',
    'dependency-cycle': 'phụ thuộc vòng tròn',
    'completed-missing': 'thiếu ngày hoàn thành',
    'completed-unexpected': 'ngày hoàn thành không đúng trạng thái',
    'completed-in-future': 'ngày hoàn thành trong tương lai',
    'extension-order': 'thứ tự gia hạn không đúng',
    'assigned-order': 'ngày giao không đúng thứ tự',
    'assigned-in-future': 'ngày giao trong tương lai',
    'task-in-merged-body': 'nhiệm vụ còn ở cơ quan đã hợp nhất',
    'file-too-large': 'tệp quá lớn',
    'file-unreadable': 'không đọc được tệp',
    encoding: 'sai bảng mã',
    'task-removed': 'nhiệm vụ bị xóa',
    'unrecorded-extension': 'lùi thời hạn mà không ghi gia hạn',
    'history-rewritten': 'sửa lịch sử gia hạn',
    'promises-unchecked': 'chưa kiểm tra được cam kết',
    'missing-result': 'thiếu kết quả, sản phẩm',
    'unknown-agency': 'cơ quan không có trong dữ liệu',
    'done-with-open-dependency': 'đã hoàn thành nhưng phụ thuộc vào nhiệm vụ chưa xong',
    'dependency-cancelled': 'phụ thuộc vào nhiệm vụ đã hủy',
    'file-name': 'tên tệp không khớp',
    'comment-in-text': 'chú thích trong nội dung',
    'missing-leader': 'thiếu lãnh đạo phụ trách',
    reopened: 'mở lại nhiệm vụ đã hoàn thành',
  },

  notes: {
    dataErrors: (n: number, canSkip: boolean) => `dữ liệu có ${number(n)} lỗi cần sửa (xem p06 validate)${canSkip ? ', hoặc lập báo cáo trên các tệp hợp lệ bằng --skip-invalid' : ''}`,
    leftOut: (file: string, tasks: number | undefined, errors: number) => `tệp ${file} không được đưa vào báo cáo (${tasks === undefined ? 'không đếm được số nhiệm vụ' : tasks_(tasks)}, ${number(errors)} lỗi)`,
    warnings: (n: number) => `dữ liệu có ${number(n)} cảnh báo (xem p06 validate)`,
    columnsLeftOut: (columns: string[], width: number) => `Không hiện các cột sau cho vừa màn hình rộng ${number(width)} ký tự: ${columns.join(', ')} (màn hình rộng hơn hoặc --format markdown sẽ hiện đủ)`,
    reading: (done: number, total: number) => `p06: đang kiểm tra các tệp nhiệm vụ, ${number(done)}/${number(total)}`,
    count: (errors: number, warnings: number, files: number, tasks: number) => `${number(errors)} lỗi, ${number(warnings)} cảnh báo trong ${number(files)} tệp (${tasks_(tasks)})`,
    config: (file: string | null) => (file === null ? 'không có tệp cấu hình, dùng thiết lập mặc định' : `cấu hình ${file}`),
  },
};
