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

/** 5.000,6 MiB, 12,0 KiB, 300 byte: a size with the decimal comma. */
function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${number(n / 1024 / 1024, 1)} MiB`;
  if (n >= 1024) return `${number(n / 1024, 1)} KiB`;
  return `${number(n)} byte`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A deadline as official documents write it: 31/01/2024, tháng 03/2024, quý I/2024, 6 tháng đầu năm 2024, năm 2025. */
export function deadlineWords(text: string, due: Day): string {
  if (/^(\d{4})-(\d{2})-(\d{2})$/.test(text)) return shortDay(due);
  return periodWords(text);
}

/** A period (of a deadline or a recurring duty's report): tháng 03/2024, quý I/2024, 6 tháng đầu năm 2024, năm 2025. */
/** Commander's suggestion after an unknown option or command, in Vietnamese. */
function didYouMean(similar: readonly string[]): string {
  if (similar.length === 0) return '';
  return similar.length === 1 ? `\n(có phải là ${similar[0]}?)` : `\n(có phải là một trong ${similar.join(', ')}?)`;
}

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

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'ổ đĩa đã đầy (ENOSPC)',
  EDQUOT: 'đã dùng hết hạn mức dung lượng (EDQUOT)',
  EFBIG: 'tệp sẽ vượt quá giới hạn kích thước (EFBIG)',
  EACCES: 'không có quyền (EACCES)',
  EPERM: 'không có quyền (EPERM)',
  EROFS: 'hệ thống tệp chỉ cho phép đọc (EROFS)',
  EIO: 'lỗi vào/ra (EIO)',
  ENOENT: 'không có thư mục này (ENOENT)',
  EISDIR: 'đây là một thư mục (EISDIR)',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục (ENOTDIR)',
};

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

  commandLine: {
    unknownOption: (flag: string, similar: readonly string[]) => `lỗi: không có tùy chọn '${flag}'${didYouMean(similar)}`,
    unknownCommand: (name: string, similar: readonly string[]) => `lỗi: không có lệnh '${name}'${didYouMean(similar)}`,
    missingArgument: (name: string) => `lỗi: thiếu tham số bắt buộc '${name}'`,
    optionArgumentMissing: (flags: string) => `lỗi: tùy chọn '${flags}' cần có giá trị`,
    requiredOption: (flags: string) => `lỗi: thiếu tùy chọn bắt buộc '${flags}'`,
    invalidChoice: (flags: string, value: string, choices: string) => `lỗi: giá trị '${value}' của tùy chọn '${flags}' không hợp lệ; các giá trị được nhận: ${choices}.`,
    tooManyArguments: (command: string | undefined, expected: number, got: number) =>
      `lỗi: thừa tham số${command === undefined ? '' : ` cho lệnh '${command}'`}: cần ${expected} tham số, nhận được ${got}.`,
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
    // Cơ quan, as the summary's column: a filter may name a ministry, an agency or a province.
    ministries: (codes: string) => `cơ quan ${codes}`,
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
    filterMinistries: (codes: readonly string[]) => `cơ quan ${codes.join(', ')}`,
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
    noTaskFiles: (dir: string, path: string) =>
      `không có tệp nhiệm vụ nào trong ${dir} (${path}): p06 tìm các tệp *.yaml và *.yml trong thư mục đó và các thư mục con (chỉ định thư mục bằng --data hoặc "data:" trong p06.yaml)`,
    configMissing: (file: string) => `tệp cấu hình ${file} không tồn tại`,
    dataOutside: (written: string) => `data: ${JSON.stringify(written)} trong p06.yaml nằm ngoài thư mục chứa p06.yaml; hãy để dữ liệu cạnh tệp đó, hoặc chỉ định thư mục bằng --data`,
    configUnreadable: (file: string, why: string) => `không đọc được tệp cấu hình ${file} (${why})`,
    formatsDisagree: (format: string) => `--json và --format ${format} yêu cầu hai định dạng khác nhau; chỉ nêu một`,
    formatNotOne: (format: string, choices: string) => `--format ${format} không phải là một trong ${choices}`,
    notDate: (flag: string, text: string) => `${flag} ${JSON.stringify(text)} không phải là ngày: ghi YYYY-MM-DD, ví dụ ${flag} 2024-02-01`,
    skipInvalidForReports: (command: string) => `--skip-invalid chỉ dùng cho báo cáo; ${command} đọc mọi tệp`,
    statusNotOne: (status: string, statuses: string, computed: string | undefined) =>
      `--status ${status} không phải là một trong ${statuses}${computed === undefined ? '' : `; ${status} được tính từ thời hạn và quan hệ phụ thuộc: dùng p06 ${computed}`}`,
    withinNotDays: (text: string) => `--within ${JSON.stringify(text)} không phải là số ngày`,
    demoNotEmpty: (dir: string) => `${dir} đã có và không trống: hãy nêu một thư mục mới cho kho minh họa`,
    demoNoGit: () => 'chưa cài git (hoặc git không có trong PATH); bản minh họa là một kho git',
    internal: (message: string) => `p06: lỗi nội bộ: ${message}`,
    reportIt: () => 'đặt P06_DEBUG=1 để xem vết ngăn xếp (stack trace), và vui lòng báo lỗi này',
  },

  edit: {
    added: 'thêm mới',
    none: '(không có)',
    extensionAdded: (entry: string) => `gia hạn + ${entry}`,
    cancelledNote: (day: string, reason: string) => `Đã hủy ngày ${day}: ${reason}`,
    formatted: (file: string) => `đã định dạng lại ${file}`,
    created: (file: string) => `đã tạo ${file}`,
    initNext: (cd: string | undefined) => `tiếp theo: ${cd === undefined ? '' : `cd ${cd} && `}git init && p06 validate; thêm vào data/ một tệp cho mỗi cơ quan và ghi đơn vị phụ trách tệp vào .github/CODEOWNERS`,
    recordExtension: (task: string) => `p06: chỉ được lùi thời hạn khi có ghi nhận gia hạn: p06 extend ${task} --to THỜI_HẠN --reason LÝ_DO [--approved NGÀY]`,
    nothingWritten: (n: number) => `p06: chưa ghi gì vào tệp: thay đổi này sẽ để lại ${n === 1 ? 'lỗi trên' : `${number(n)} lỗi trên`}`,
    cannotEdit: (file: string, why: string | undefined) => `không sửa được ${file}: ${why ?? 'tệp vượt quá giới hạn dung lượng'}`,
    notUtf8: (file: string) => `${file} không phải là văn bản UTF-8 hợp lệ; chạy p06 validate để xem vị trí lỗi`,
    noTask: (id: string, near: string | undefined) => `không có nhiệm vụ ${id}${near === undefined ? '' : `; có phải là ${near}?`}`,
    keptChanging: 'các tệp liên tục bị thay đổi trong khi p06 đang sửa; chưa ghi gì vào tệp: hãy chạy lại lệnh',
    goneFromData: (file: string) => `${file} không còn trong thư mục dữ liệu`,
    inFile: (file: string, message: string) => `${file}: ${message}`,
    taskHasErrors: (id: string, file: string) => `nhiệm vụ ${id} trong ${file} có lỗi; chạy p06 validate, sửa lỗi (p06 set ${id} KHÓA=GIÁ_TRỊ) rồi thử lại`,
    givenTwice: (key: string) => `${key} được ghi hai lần`,
    notKeyValue: (arg: string) => `"${arg}" không có dạng KHÓA=GIÁ_TRỊ (ví dụ owner="Văn phòng Bộ"; giá trị rỗng để xóa khóa: notes=)`,
    unknownKey: (key: string, near: string | undefined, keys: string) => `không có khóa "${key}"${near === undefined ? '' : `; có phải là "${near}"?`} (các khóa: ${keys})`,
    idForLife: 'mã nhiệm vụ được giữ nguyên suốt thời gian thực hiện (khi rà soát, nhiệm vụ đổi mã bị tính là đã xóa); muốn thay nhiệm vụ thì hủy nhiệm vụ cũ và thêm nhiệm vụ mới',
    extensionsAreHistory: 'các lần gia hạn là lịch sử: thêm lần gia hạn mới bằng p06 extend MÃ --to THỜI_HẠN --reason LÝ_DO',
    notDate: (flag: string, text: string) => `${flag} ${JSON.stringify(text)} không phải là ngày: ghi today, tomorrow hoặc YYYY-MM-DD`,
    notDeadline: (flag: string, text: string) => `${flag} ${JSON.stringify(text)} không phải là thời hạn: ghi YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn hoặc YYYY`,
    periodNotRecurring: (id: string, status: Status) => `--period chỉ dùng cho nhiệm vụ thực hiện thường xuyên, còn ${id} có trạng thái ${STATUS[status]}`,
    alreadyDone: (id: string, completed: string | undefined) => `${id} đã hoàn thành${completed === undefined ? '' : ` (ngày hoàn thành ${completed})`}`,
    cancelledReopen: (id: string) => `${id} đã hủy; muốn thực hiện lại, trước hết chạy: p06 set ${id} status=in_progress`,
    noEvery: (id: string) =>
      `${id} là nhiệm vụ thực hiện thường xuyên nhưng chưa có "every": trước hết ghi kỳ báo cáo (p06 set ${id} every=quarter), sau đó ghi nhận kỳ đã báo cáo bằng p06 done ${id}`,
    notPeriod: (period: string, every: Every, id: string, example: string) =>
      `--period ${JSON.stringify(period)} không phải là một ${EVERY_WORDS[every]}: ${id} báo cáo mỗi ${EVERY_WORDS[every]}, nên ghi kỳ báo cáo theo dạng ${example}`,
    notBegun: (period: string, every: Every, current: string) => `kỳ ${period} chưa bắt đầu (kỳ ${EVERY_WORDS[every]} hiện tại là ${current}); chưa ghi gì vào tệp`,
    alreadyReported: (id: string, period: string) => `${id} đã báo cáo kỳ ${period}; chưa ghi gì vào tệp`,
    reportedNeverBack: (id: string, reported: string, asked: string) =>
      `${id} đã báo cáo đến kỳ ${reported}; "reported" không lùi về kỳ ${asked}; chưa ghi gì vào tệp`,
    reasonMoves: '--reason phải nêu lý do gia hạn',
    reasonCancelled: '--reason phải nêu lý do hủy nhiệm vụ',
    onlyOpenExtended: (id: string, status: Status) => `${id} có trạng thái ${STATUS[status]}: chỉ gia hạn nhiệm vụ chưa hoàn thành`,
    noDeadlineToExtend: (id: string) => `${id} chưa có thời hạn để gia hạn; ghi thời hạn bằng p06 set ${id} deadline=...`,
    notLater: (to: string, deadline: string, id: string) =>
      `--to ${to} không muộn hơn thời hạn ${deadline}: gia hạn là lùi thời hạn về sau (rút ngắn thời hạn thì không cần ghi nhận: p06 set ${id} deadline=${to})`,
    alreadyCancelled: (id: string) => `${id} đã hủy`,
    doneStaysDone: (id: string, completed: string | undefined) => `${id} đã hoàn thành${completed === undefined ? '' : ` (ngày hoàn thành ${completed})`}; nhiệm vụ đã hoàn thành thì giữ nguyên trạng thái`,
    nameABody: 'cần nêu ít nhất một cơ quan: p06 add MOJ,MOH --title ...',
    idOneBody: '--id chỉ dùng cho một nhiệm vụ: khi thêm cho nhiều cơ quan, mỗi tệp nhận mã còn trống tiếp theo của tệp đó',
    noTaskFile: (name: string, near: string | undefined) => `không có tệp nhiệm vụ của ${name}${near === undefined ? '' : `; có phải là ${near}?`}`,
    namedTwice: (code: string) => `${code} được nêu hai lần`,
    idShape: (id: string, code: string) => `--id ${id} phải có dạng "${code}-<hậu tố>", ví dụ ${code}-07`,
    idTaken: (id: string) => `mã nhiệm vụ ${id} đã được dùng`,
    cannotReadIt: (why: string) => `không đọc được tệp (${why})`,
    notOverwriting: (files: string) => `không ghi đè ${files}; chưa ghi gì (init dùng để thiết lập kho dữ liệu mới)`,
    nothingLeft: (message: string) => `${message}; không để lại tệp nào`,
    notYaml: (why: string) => `tệp không phải là YAML hợp lệ (${why}); hãy sửa trước`,
    noTasksList: 'tệp không có danh sách "tasks:"',
    noTaskInFile: (id: string) => `tệp này không có nhiệm vụ ${id}`,
    firstKey: (key: string, id: string) => `${key} là khóa đầu tiên của nhiệm vụ ${id} nên không xóa được`,
    flowList: 'danh sách nhiệm vụ đang viết theo kiểu dòng ([...]); hãy chuyển thành danh sách khối trước (p06 fmt)',
    fmtNotYaml: (why: string) => `không phải là YAML hợp lệ (${why}); hãy sửa trước (p06 validate chỉ ra vị trí)`,
    fmtWouldChange: 'định dạng chuẩn sẽ làm thay đổi nội dung tệp; tệp được giữ nguyên',
  },

  write: {
    cannotWrite: (file: string, reason: string) => `không ghi được ${file}: ${reason}`,
    reason: (code: string | undefined): string => (code !== undefined && WRITE_REASONS[code]) || (code ?? 'lỗi không xác định'),
    nothingWritten: (message: string) => `${message}; chưa ghi gì, mọi tệp vẫn như cũ`,
    partlyWritten: (message: string, written: string[]) => `${message}; ${written.length === 0 ? 'chưa ghi gì' : `đã ghi ${written.join(', ')}, các tệp còn lại vẫn như cũ`}`,
    changedOnDisk: (files: string) => `${files} đã bị thay đổi trong khi p06 đang sửa; chưa ghi gì nên không mất thay đổi của ai: hãy chạy lại lệnh`,
    cannotLock: (file: string, reason: string) => `không khóa được ${file} để sửa: ${reason}; chưa ghi gì`,
    lockHeld: (file: string, holder: string, lock: string) => `${file} đang được một p06 khác sửa (tiến trình ${holder}); chưa ghi gì: hãy thử lại, hoặc xóa ${lock} nếu không có p06 nào đang chạy`,
    wrote: (file: string) => `p06: đã ghi ${file}`,
    demoWrote: (commits: number, dir: string, tags: string) =>
      `p06: đã ghi ${number(commits)} commit vào ${dir} (các thẻ ${tags}); hãy thử tại đó: p06 brief --since meeting-2024-01-25 --format pdf --output brief.pdf`,
    demoInvalid: (errors: number) => `dữ liệu có ${number(errors)} lỗi (xem p06 validate): bản minh họa chỉ dựng lại từ dữ liệu hợp lệ`,
    pdfNeedsOutput: '--format pdf ghi ra tệp: hãy nêu --output TỆP, ví dụ --output brief.pdf',
    noChrome:
      'không tìm thấy Chromium hoặc Chrome để in PDF: hãy cài một trình duyệt (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) hoặc đặt CHROME_PATH là đường dẫn đến tệp chạy của trình duyệt',
    chromeMissing: (chrome: string) => `không tìm thấy Chromium hoặc Chrome để in PDF (${chrome} không tồn tại): hãy cài một trình duyệt hoặc đặt CHROME_PATH`,
    cannotRunChrome: (chrome: string, why: string) => `không chạy được ${chrome}: ${why}`,
    chromeFailed: (chrome: string, said: string) => `${chrome} không in được PDF: ${said}`,
    binaryOnTerminal: (format: string) => `--format ${format} ghi ra tệp, không phải văn bản để xem trên màn hình: hãy nêu --output TỆP (hoặc chuyển hướng: > report.${format})`,
    outputFailed: (where: string | undefined, reason: string) => `p06: không ghi được kết quả${where === undefined ? '' : ` vào ${where}`}: ${reason}; phần đã ghi không đầy đủ`,
  },

  history: {
    noGit: 'chưa cài git (hoặc git không có trong PATH), mà lịch sử dữ liệu được lấy từ git',
    notRepository: (git: string) => `thư mục này không nằm trong kho git, mà lịch sử dữ liệu được lấy từ git (git: ${git})`,
    outside: (dir: string) => `thư mục dữ liệu ${dir} nằm ngoài kho git này`,
    lineBreak: (path: string) => `đường dẫn của thư mục dữ liệu trong kho git, ${JSON.stringify(path)}, có ký tự xuống dòng mà git không đọc được theo lô; hãy đổi tên thư mục để xem lịch sử`,
    noCommitsYet: (git: string) => `kho git chưa có commit nào nên dữ liệu chưa có lịch sử (git: ${git})`,
    unknownRevision: (rev: string, shallow: boolean) =>
      `không tìm thấy phiên bản ${JSON.stringify(rev)}: ${shallow ? 'bản sao này là bản sao nông (shallow) nên có thể không có phiên bản đó; hãy tải đủ lịch sử (git fetch --unshallow, hoặc fetch-depth: 0 trong actions/checkout)' : 'hãy nêu một nhánh, thẻ hoặc commit có trong bản sao này, hoặc một ngày YYYY-MM-DD'}`,
    tooShallow: (what: string) => `bản sao nông (shallow) này không đủ lịch sử để xem lại đến ${what}: hãy tải đủ lịch sử (git fetch --unshallow, hoặc fetch-depth: 0 trong actions/checkout)`,
    noCommits: 'nhánh này chưa có commit nào',
    startsOn: (spec: string, first: string) => `không có commit nào vào hoặc trước ${spec}: lịch sử bắt đầu từ ${first}`,
    notDateOrRev: (flag: string, spec: string) => `${flag} ${JSON.stringify(spec)} không phải là ngày: ghi YYYY-MM-DD, hoặc nêu một phiên bản`,
    sinceAfter: (since: string, sinceDay: string, until: string | undefined, untilDay: string) =>
      `--since ${since} (${sinceDay}) muộn hơn ${until === undefined ? 'ngày báo cáo (as_of)' : `--until ${until}`} (${untilDay})`,
  },

  revision: {
    noGit: 'chưa cài git (hoặc git không có trong PATH), mà p06 review đọc các phiên bản qua git',
    notRepository: (git: string) => `thư mục này không nằm trong kho git, mà p06 review so sánh các phiên bản git (git: ${git})`,
    unknownRevision: (rev: string, shallow: boolean) =>
      `không tìm thấy phiên bản ${JSON.stringify(rev)}: ${shallow ? 'bản sao này là bản sao nông (shallow) nên có thể không có phiên bản đó; hãy tải đủ lịch sử (git fetch --unshallow, hoặc fetch-depth: 0 trong actions/checkout)' : 'hãy nêu một nhánh, thẻ hoặc commit có trong bản sao này (với nhánh từ xa như origin/main, hãy chạy git fetch trước)'}`,
    kind: (kind: 'link' | 'submodule' | 'file' | 'folder') => ({ link: 'một liên kết tượng trưng (symbolic link)', submodule: 'một kho con (submodule)', file: 'một tệp', folder: 'một thư mục' })[kind],
    cannotReadPath: (path: string, rev: string, git: string) => `không đọc được ${path} tại ${rev}: ${git}`,
    cannotList: (path: string, rev: string, git: string) => `không liệt kê được ${path} tại ${rev}: ${git}`,
    cannotReadFiles: (rev: string, git: string) => `không đọc được các tệp tại ${rev}: ${git}`,
    notAFolder: (path: string, rev: string, kind: string) => `${path} tại ${rev} là ${kind}, không phải thư mục; p06 đọc chính thư mục dữ liệu (hãy commit các tệp, không commit liên kết tới chúng)`,
    notAFile: (path: string, rev: string, kind: string) => `${path} tại ${rev} là ${kind}, không phải tệp`,
    overTotal: (rev: string, commit: boolean, total: number, files: number, maxTotal: number, side: boolean) =>
      `các tệp dữ liệu tại ${commit ? `commit ${rev}` : rev} tổng cộng ${bytes(total)} trong ${number(files)} tệp (một tệp được commit dưới nhiều tên thì tính một lần cho mỗi tên), vượt mức ${bytes(maxTotal)} p06 đọc ${side ? 'cho mỗi phía của một lần rà soát (review)' : 'cho một phiên bản'}`,
    configAt: (rev: string, why: string) => `không đọc được tệp cấu hình tại ${rev}: ${why}`,
    dataOutsideAt: (rev: string, written: string) => `tại ${rev}: data: ${JSON.stringify(written)} trong p06.yaml nằm ngoài thư mục chứa p06.yaml; hãy để dữ liệu cạnh tệp đó, hoặc chỉ định thư mục bằng --data`,
    cannotReadHistory: (git: string) => `không đọc được các tệp dữ liệu từ git: ${git}`,
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
    extension: (from, reason, approved) => `từ thời hạn ${deadlineText(from)}: ${reason}${approved === undefined ? '' : ` (ngày đồng ý ${approved})`}`,
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
    usageHint: 'chạy "p06 --help" để xem hướng dẫn sử dụng',
    config: (file: string | null) => (file === null ? 'không có tệp cấu hình, dùng thiết lập mặc định' : `cấu hình ${file}`),
  },
};
