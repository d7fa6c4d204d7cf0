import type { problemsEn } from './en-problems.js';

// What p06's own rules say about the data, in Vietnamese (terms from
// shared/GLOSSARY.md). Keys and values of the YAML file (status: done,
// transferred_from, every: quarter) stay as the editor must write them.

type Opt = string | null | undefined;

const suggestion = (near: Opt) => (near ? `; có phải là ${near}?` : '');
const quotedSuggestion = (near: Opt) => (near ? `; có phải là "${near}"?` : '');

/** Why each required key matters: the programme's "5 rõ". */
const WHY_REQUIRED: Record<string, string> = {
  owner: ' (rõ người: đơn vị chủ trì)',
  title: ' (rõ việc: nội dung nhiệm vụ)',
  deadline: ' (rõ thời gian)',
};

/**
 * The schema's own sentences (src/validate/schemas.ts), in Vietnamese. A
 * sentence not listed here (the schema library's own words) is shown after
 * the rule's name, as written.
 */
const SCHEMA_SENTENCES: [RegExp, (...m: string[]) => string][] = [
  [/^(.+) must be text$/, (k) => `${k} phải là chuỗi ký tự`],
  [/^(.+) must not be empty$/, (k) => `${k} không được để trống`],
  [/^(.+) must be a date YYYY-MM-DD$/, (k) => `${k} phải là ngày dạng YYYY-MM-DD`],
  [/^a deadline is YYYY-MM-DD, YYYY-MM, YYYY-Qn \(quarter\), YYYY-Hn \(half year\) or YYYY$/, () => 'thời hạn có dạng YYYY-MM-DD, YYYY-MM, YYYY-Qn (quý), YYYY-Hn (6 tháng) hoặc YYYY'],
  [/^an agency code must be text$/, () => 'mã cơ quan phải là chuỗi ký tự'],
  [/^an agency code is 2 to 16 capital letters or digits, starting with a letter \(e\.g\. MPS\)$/, () => 'mã cơ quan gồm 2 đến 16 chữ in hoa hoặc chữ số, bắt đầu bằng chữ cái (ví dụ MPS)'],
  [/^an extension is a mapping: \{from, reason, approved\}$/, () => 'mỗi lần gia hạn là một ánh xạ: {from, reason, approved}'],
  [/^a task id is "<CODE>-<suffix>", e\.g\. MOJ-01$/, () => 'mã nhiệm vụ có dạng "<MÃ>-<số>", ví dụ MOJ-01'],
  [/^(status|every|kind|lang) is one of (.+)$/, (k, v) => `${k} là một trong ${v}`],
  [/^reported is a period such as 2024-Q3$/, () => 'reported là một kỳ, ví dụ 2024-Q3'],
  [/^a dependency is a task id$/, () => 'mỗi mục phụ thuộc là một mã nhiệm vụ'],
  [/^depends_on is a list of task ids$/, () => 'depends_on là danh sách mã nhiệm vụ'],
  [/^coordinating is a list of agency codes$/, () => 'coordinating là danh sách mã cơ quan'],
  [/^extensions is a list of \{from, reason, approved\}$/, () => 'extensions là danh sách các mục {from, reason, approved}'],
  [/^refs is a list of document names$/, () => 'refs là danh sách tên văn bản'],
  [/^a task is a mapping of keys \(id, title, owner, deadline, status, …\)$/, () => 'mỗi nhiệm vụ là một ánh xạ các khóa (id, title, owner, deadline, status, …)'],
  [/^ministry is a mapping with code and name$/, () => 'ministry là một ánh xạ có code và name'],
  [/^tasks is a list \(write "tasks: \[\]" for none\)$/, () => 'tasks là một danh sách (ghi "tasks: []" nếu không có nhiệm vụ)'],
  [/^(at_risk_days|escalate_after_days) must be a whole number of days$/, (k) => `${k} phải là số ngày nguyên`],
  [/^max_file_bytes must be a number of bytes$/, () => 'max_file_bytes phải là số byte'],
  [/^max_file_bytes is at most (\d+) \(16 MiB\).*$/, (n) => `max_file_bytes tối đa là ${n} (16 MiB): tệp lớn hơn cần nhiều bộ nhớ hơn mức trình phân tích được phép dùng`],
  [/^agencies maps codes to names$/, () => 'agencies ghi mã cơ quan kèm tên'],
  [/^require_leader is true or false$/, () => 'require_leader là true hoặc false'],
  [/^p06\.yaml is a mapping of settings .*$/, () => 'p06.yaml là một ánh xạ các thiết lập (data, timezone, at_risk_days, max_file_bytes, agencies, require_leader, escalate_after_days, lang)'],
];

function schemaSentence(text: string): string {
  for (const [pattern, say] of SCHEMA_SENTENCES) {
    const m = pattern.exec(text);
    if (m !== null) return say(...m.slice(1));
  }
  return `sai cấu trúc dữ liệu: ${text}`;
}

/** What `reported` must be, for each `every`. */
const EVERY_VI: Record<string, string> = { month: 'một tháng', quarter: 'một quý', half: 'một kỳ 6 tháng', year: 'một năm' };

const STATUSES = 'not_started, in_progress, done, recurring, cancelled';
const UNREADABLE_FIX_VI: Record<string, string> = {
  syntax: 'hãy sửa cú pháp',
  size: 'hãy làm tệp nhỏ hơn max_file_bytes (tách thành nhiều tệp) hoặc tăng giới hạn',
  encoding: 'hãy lưu tệp ở dạng UTF-8',
  unreadable: 'hãy cấp quyền để tệp đọc được',
  total: 'hãy giảm tổng dung lượng các tệp dữ liệu xuống trong giới hạn p06 đọc',
};
/** Why a file was not read, as src/load says it: the fixed reasons in Vietnamese; an error code (EACCES) as it is. */
const READ_REASONS: [RegExp, (...m: string[]) => string][] = [
  [/^missing from this clone$/, () => 'bản sao (clone) này không có nội dung tệp'],
  [/^the data files together are over (\d+)\.(\d) (MiB|KiB), the most p06 reads (of each side of a review|in one run)$/, (whole, tenth, unit, of) =>
    `các tệp dữ liệu cộng lại vượt quá ${Number(whole).toLocaleString('vi-VN')},${tenth} ${unit}, mức tối đa p06 đọc ${of === 'in one run' ? 'trong một lần chạy' : 'cho mỗi phía của một lần rà soát (review)'}`],
  [/^the folder cannot be listed$/, () => 'không liệt kê được thư mục'],
  [/^not a regular file$/, () => 'không phải tệp thông thường'],
  [/^cannot be read$/, () => 'không đọc được'],
  [/^the file name is not valid UTF-8; rename the file$/, () => 'tên tệp không phải UTF-8 hợp lệ; hãy đổi tên tệp'],
];
const readReason = (why: string) => {
  for (const [pattern, say] of READ_REASONS) {
    const m = pattern.exec(why);
    if (m) return say(...m.slice(1));
  }
  return why;
};
/** A problem worded again in Vietnamese from its key and facts, or undefined when they do not make words. */
const again = (says: { key: string; params: readonly unknown[] } | undefined): string | undefined => {
  const say = says === undefined ? undefined : (problemsVi as unknown as Record<string, ((...a: unknown[]) => string) | undefined>)[says.key];
  try {
    return say?.(...says!.params);
  } catch {
    return undefined;
  }
};
const limitWords = (limitIs: 'as of' | 'today') => (limitIs === 'today' ? 'hôm nay' : 'ngày báo cáo tính đến');

export const problemsVi: typeof problemsEn = {
  fileUnreadable: (why) => `không đọc được tệp (${readReason(why)})`,
  fileTooLarge: (size, limit) => `tệp có dung lượng ${size}, vượt giới hạn ${limit} (max_file_bytes trong p06.yaml); hãy tách thành nhiều tệp`,
  encoding: (detail) => `tệp không phải UTF-8 hợp lệ (${detail}); hãy lưu tệp theo bảng mã UTF-8`,
  oneDocument: (found) => `mỗi tệp nhiệm vụ chỉ chứa một tài liệu YAML; tìm thấy ${found} (hãy xóa dòng "---" thừa)`,
  yamlDirective: (version) => `chỉ thị %YAML ${version}: p06 luôn đọc YAML 1.2 (core schema); hãy xóa chỉ thị này`,
  yamlTag: (tag) => `thẻ YAML ${tag} không được dùng trong dữ liệu p06; hãy ghi giá trị thường`,
  tooDeep: (max) => `lồng sâu quá ${max} cấp; một tệp nhiệm vụ chỉ cần năm cấp`,
  tooDeepThroughAliases: (max) => `lồng sâu quá ${max} cấp qua các alias`,
  aliasAmplification: (factor) => `các alias mở rộng ra hơn ${factor} lần nội dung của chính tệp (khuếch đại alias?); hãy ghi đầy đủ các giá trị`,
  aliasBomb: () => 'các alias mở rộng ra nhiều giá trị hơn hẳn nội dung của tệp (bom alias?); hãy ghi đầy đủ các giá trị',
  keyNotText: () => 'khóa phải là chuỗi ký tự, không phải danh sách hay ánh xạ',
  unsupportedNode: () => 'nút YAML không được hỗ trợ',
  tabIndent: () => 'thụt lề bằng ký tự tab: YAML chỉ cho phép thụt lề bằng dấu cách',
  duplicateKey: () => 'khóa bị trùng: mỗi khóa chỉ được xuất hiện một lần trong một ánh xạ (1 và "1" được coi là cùng một khóa)',
  aliasWithoutAnchor: (name) => `alias *${name} không có anchor &${name} ở phía trước`,
  commentInText: (key, kept, comment, fixed) =>
    `${key} được đọc là "${kept}": "${comment}" bắt đầu một chú thích YAML; nếu đó là một phần của ${key}, hãy đặt trong dấu ngoặc kép: ${fixed} (chú thích được viết "# " có dấu cách)`,

  hintStartsWith: (first, key, fixed) =>
    `giá trị bắt đầu bằng "${first}" được đọc là ${first === '[' ? 'một danh sách' : 'một ánh xạ'}; hãy đặt ${key} trong dấu ngoặc kép: ${fixed}`,
  hintReserved: (first, key, fixed) => `giá trị thường không được bắt đầu bằng "${first}" (YAML dành riêng ký tự này); hãy đặt ${key} trong dấu ngoặc kép: ${fixed}`,
  hintColon: (key, fixed) => `${key} có chứa ": ", mà YAML hiểu là bắt đầu một khóa khác; hãy đặt ${key} trong dấu ngoặc kép: ${fixed}`,
  hintUnclosedQuote: (key, fixed) => `dấu ngoặc kép mở đầu ${key} không được đóng; hãy đóng ngay trên dòng này: ${fixed}`,
  hintMissingDash: (repeated, fixed) =>
    `một nhiệm vụ mới bắt đầu ở đây nhưng thiếu "- ", nên ${repeated === 1 ? 'khóa của nó' : `${repeated} khóa của nó`} trùng với nhiệm vụ phía trên; hãy bắt đầu bằng "- ": ${fixed}`,

  topLevel: (found) =>
    `đầu tệp phải là một ánh xạ có "ministry" và "tasks", nhưng lại là ${found === 'list' ? 'một danh sách' : found === 'nothing' ? 'nội dung trống' : `kiểu ${found}`}`,
  unknownKey: (key, near) => `khóa "${key}" không hợp lệ${quotedSuggestion(near)}`,
  missingKey: (key) => `thiếu khóa bắt buộc "${key}"${WHY_REQUIRED[key] ?? ''}`,
  deadlineRequired: () => `thiếu khóa bắt buộc "deadline" (rõ thời gian): chỉ nhiệm vụ thực hiện thường xuyên mới được không có thời hạn`,
  storedState: (status) =>
    `không được ghi status "${status}": quá hạn, có nguy cơ chậm và đang chờ được tính tự động từ thời hạn và quan hệ phụ thuộc; hãy dùng một trong ${STATUSES}`,
  unknownStatus: (status, near) => `status "${status}" không phải là một trong ${STATUSES}${quotedSuggestion(near)}`,
  listedTwice: (key, entry) => `${key} ghi ${entry} hai lần`,
  mergerHalf: (given, missing) => `${given} cần có ${missing}: việc hợp nhất phải ghi rõ cả cơ quan kế thừa và ngày hợp nhất`,
  mergedIntoItself: (code) => `${code} không thể hợp nhất vào chính nó`,
  everyNotRecurring: (status) => `"every" chỉ dành cho nhiệm vụ thực hiện thường xuyên, nhưng status là ${status}`,
  reportedWithoutEvery: () => `"reported" cần có "every": ghi rõ kỳ báo cáo (month, quarter, half hoặc year)`,
  reportedNotPeriod: (reported, every, example) => `reported ${reported} không phải là ${EVERY_VI[every] ?? `một kỳ ${every}`}; với every: ${every}, hãy ghi kỳ theo dạng ${example}`,
  transferredFromSelf: (code) => `transferred_from đang ghi chính cơ quan của tệp này (${code}); cần ghi cơ quan đã chuyển giao nhiệm vụ`,
  unknownTimeZone: (zone) => `múi giờ "${zone}" không tồn tại; hãy dùng tên IANA, ví dụ Asia/Ho_Chi_Minh`,

  schemaMessage: (text, key, empty, found) => (empty ? `${key} để trống: ${schemaSentence(text)}` : found ? `${schemaSentence(text)} (giá trị đang ghi: ${found})` : schemaSentence(text)),

  notARealDate: (text) => `${text} không phải là ngày có thật`,
  completedMissing: (id) => `nhiệm vụ ${id} đã hoàn thành nhưng chưa có ngày hoàn thành "completed"`,
  completedUnexpected: (status) => `đã ghi "completed" nhưng status là ${status}; hãy đặt status: done hoặc xóa ngày này`,
  extensionNotLater: (from, previous) => `lần gia hạn từ ${from} không muộn hơn lần gia hạn trước (${previous}); hãy ghi các lần gia hạn theo thứ tự từ cũ đến mới`,
  extensionNotEarlier: (from, deadline) => `lần gia hạn từ ${from} không sớm hơn thời hạn hiện tại ${deadline}: gia hạn là lùi thời hạn về sau`,
  assignedAfterCompleted: (assigned, completed) => `ngày giao ${assigned} sau ngày hoàn thành ${completed}: nhiệm vụ không thể hoàn thành trước khi được giao`,
  assignedAfterExtension: (assigned, from, approved) =>
    `ngày giao ${assigned} sau lần gia hạn từ ${from} được đồng ý ngày ${approved}: không thể gia hạn trước khi nhiệm vụ được giao`,
  assignedInFuture: (assigned, limit, limitIs) => `ngày giao ${assigned} sau ${limit} (${limitWords(limitIs)}): nhiệm vụ chỉ được ghi khi đã được giao`,
  completedInFuture: (completed, limit, limitIs) => `ngày hoàn thành ${completed} sau ${limit} (${limitWords(limitIs)})`,

  idPrefix: (id, code, moved) =>
    `mã nhiệm vụ ${id} không bắt đầu bằng mã "${code}-" của tệp này${moved ? `; nếu nhiệm vụ được chuyển từ ${moved} sang, hãy ghi transferred_from` : ''}`,
  transferredIdPrefix: (id, from) => `mã nhiệm vụ ${id} không bắt đầu bằng "${from}-", mã của cơ quan đã chuyển giao nhiệm vụ; nhiệm vụ giữ nguyên mã khi được chuyển giao`,
  missingResult: (id) => `nhiệm vụ ${id} chưa có "result" (rõ kết quả: sản phẩm cần đạt)`,
  missingLeader: (id) => `nhiệm vụ ${id} chưa có "leader" (rõ trách nhiệm: lãnh đạo phụ trách)`,
  taskInMergedBody: (id, status, code, merged) =>
    `nhiệm vụ ${id} có status ${status} nhưng ${code} đã hợp nhất vào ${merged}: hãy chuyển sang tệp của ${merged} (giữ nguyên mã, ghi transferred_from: ${code}), hoặc đặt status là done hoặc cancelled`,
  duplicateMinistry: (code, there) => `${code} cũng được ghi ở ${there}; mỗi cơ quan chỉ có một tệp`,
  fileName: (base, code) => `tệp có tên "${base}" nhưng chứa dữ liệu của ${code}; hãy đổi tên thành ${code.toLowerCase()}.yaml`,
  duplicateId: (id, there, here) => `mã nhiệm vụ ${id} bị dùng hai lần: ${there} và ${here}`,
  selfDependency: (id) => `nhiệm vụ ${id} phụ thuộc vào chính nó`,
  unknownDependency: (dep, near) => `phụ thuộc vào ${dep}, nhưng không có nhiệm vụ nào mang mã này${suggestion(near)}`,
  dependencyCancelled: (dep) => `phụ thuộc vào ${dep}, là nhiệm vụ đã hủy; hãy bỏ quan hệ phụ thuộc này hoặc ghi nhiệm vụ thay thế`,
  doneWithOpenDependency: (dep, status) => `nhiệm vụ đã hoàn thành nhưng phụ thuộc vào ${dep}, mà ${dep} vẫn có status ${status}`,
  unknownAgency: (code, near) => `cơ quan ${code} không có tệp nhiệm vụ và không có trong "agencies" của p06.yaml${suggestion(near)}`,
  dependencyCycle: (cycle) => `phụ thuộc vòng tròn: ${cycle}`,

  taskRenamed: (id, to) => `nhiệm vụ ${id} bị đổi mã thành ${to}; mỗi nhiệm vụ giữ nguyên mã trong suốt quá trình theo dõi: hãy giữ mã ${id} (đặt status: cancelled nếu ${to} thay thế nhiệm vụ này)`,
  taskRemoved: (id) => `nhiệm vụ ${id} bị xóa; không được xóa nhiệm vụ: hãy khôi phục và đặt status: cancelled`,
  unrecordedExtension: (was, now) => `thời hạn bị lùi (${was} → ${now}) mà không có mục gia hạn mới "from: ${was}"; hãy ghi lần gia hạn kèm lý do`,
  extensionRemoved: (from) => `lần gia hạn từ ${from} bị xóa; danh sách gia hạn ghi lại mọi lần thời hạn thay đổi: hãy khôi phục`,
  extensionRewritten: (from, fromNow, reasonChanged, approved) =>
    `lần gia hạn từ ${from} bị sửa (${[
      fromNow && `from ${from} → ${fromNow}`,
      reasonChanged && 'đổi lý do',
      approved && `ngày đồng ý ${approved[0] || 'không có'} → ${approved[1] || 'không có'}`,
    ]
      .filter(Boolean)
      .join('; ')}); các lần gia hạn đã qua là lịch sử: hãy khôi phục như cũ và thêm một mục mới`,
  reopened: (completed, status) => `nhiệm vụ đã hoàn thành${completed ? ` ngày ${completed}` : ''} nay lại có status ${status}; nếu nhiệm vụ thực sự phải thực hiện lại, hãy ghi lý do trong notes`,
  promisesUnchecked: (cause) =>
    `không đọc được tệp này, nên chưa kiểm tra được các cam kết của nhiệm vụ trong tệp (không lùi thời hạn khi chưa ghi gia hạn, không sửa gia hạn cũ, không mở lại nhiệm vụ đã hoàn thành); ${UNREADABLE_FIX_VI[cause] ?? UNREADABLE_FIX_VI.syntax} và kiểm tra lại`,
  unreadableAtRevision: (rev, why, whySays) => `không đọc được tệp này tại ${rev} (${again(whySays) ?? why}); chưa kiểm tra được các nhiệm vụ: hãy sửa tệp tại đó trước`,
};
