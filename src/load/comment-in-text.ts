import { problem, type Problem } from '../domain/problem.js';
import { worded } from '../i18n/worded.js';

/** Keys whose values are free text, where a "#" is more likely part of the text than a comment. */
const TEXT_KEYS = new Set(['title', 'owner', 'result', 'source', 'notes', 'reason', 'name', 'name_vi', 'leader', 'obstacle', 'assigned_by']);

const KEY_LINE = /^(\s*(?:-\s+)?)([a-z_]+):[ \t]+(.*)$/;

/**
 * In a plain (unquoted) value, " #" starts a comment: `title: Implement
 * Decree #59 on identification` is read as "Implement Decree". A comment
 * meant as one is written "# like this"; a "#" followed straight by a word
 * or number is almost always part of the text, so it gets a warning with
 * the fix. A line scan, so it also sees a file the parser refused.
 */
export function commentsInText(file: string, text: string): Problem[] {
  const out: Problem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const m = KEY_LINE.exec(line);
    if (m === null || !TEXT_KEYS.has(m[2]!)) return;
    const [, , key, value] = m as unknown as [string, string, string, string];
    if (value === '' || `"'[{|>&*!%@\`#`.includes(value[0]!)) return;
    const hash = /\s#(\S)/.exec(value);
    if (hash === null) return;
    const kept = value.slice(0, hash.index).trim();
    const whole = value.trimEnd();
    // 1-based column of the "#": the value starts where the line's last value.length characters do.
    const column = line.length - value.length + hash.index + 2;
    const fixed = `${key}: ${whole.includes('"') || whole.includes('\\') ? `'${whole.replace(/'/g, "''")}'` : `"${whole}"`}`;
    out.push(
      problem(file, { line: i + 1, column }, 'comment-in-text', worded('commentInText', key, kept, whole.slice(hash.index + 1), fixed)),
    );
  });
  return out;
}
