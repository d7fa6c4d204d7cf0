import { problem, type Problem } from '../domain/problem.js';
import { commentsInText } from './comment-in-text.js';
import { decodeUtf8 } from './decode-utf8.js';
import { outlineYaml, parseYaml, type Locator, type ParsedYaml } from './parse-yaml.js';
import { formatBytes, type SourceFile } from './read-sources.js';
import { recoverUnreadable, type RecoveredOutline } from './recover-unreadable.js';
import { explainYamlProblems } from './yaml-hints.js';
import { worded } from '../i18n/worded.js';

export interface LoadedFile {
  file: string;
  /** Plain data, or undefined when the file could not be read as one YAML document. */
  value: unknown;
  problems: Problem[];
  locate: Locator;
  /** When `value` is undefined: the task list (and ministry code) as far as they can be made out, so its tasks are still counted. */
  outline?: RecoveredOutline;
}

const nowhere: Locator = { value: () => ({ line: 1, column: 1 }), key: () => ({ line: 1, column: 1 }) };

/** Size guard, strict decoding and parsing of one file: pure, so git revisions share it. */
export function parseSource(source: SourceFile, maxBytes: number): LoadedFile {
  const { file } = source;
  const fail = (p: Problem): LoadedFile => ({ file, value: undefined, problems: [p], locate: nowhere });
  if (source.error !== undefined) {
    return fail(problem(file, { line: 1, column: 1 }, 'file-unreadable', worded('fileUnreadable', source.error)));
  }
  if (source.bytes === undefined || source.size > maxBytes) {
    // Rounded sizes can print the same ("1.0 MiB is over the limit of 1.0 MiB"): then show the bytes.
    const [size, limit] = formatBytes(source.size) === formatBytes(maxBytes) ? [`${source.size} bytes`, `${maxBytes} bytes`] : [formatBytes(source.size), formatBytes(maxBytes)];
    return fail(problem(file, { line: 1, column: 1 }, 'file-too-large', worded('fileTooLarge', size, limit)));
  }
  const decoded = decodeUtf8(source.bytes);
  if (!decoded.ok) {
    const failed = fail(problem(file, decoded.at, 'encoding', worded('encoding', decoded.detail)));
    // The data is never read with replacement characters; only its tasks are counted that way.
    const text = new TextDecoder('utf-8').decode(source.bytes);
    return { file, ...recoverUnreadable(text, { ...failed, outline: outlineYaml(text) }) };
  }
  return { file, ...readable(file, decoded.text, parseYaml(file, decoded.text)) };
}

/**
 * The same bytes loaded under another name (a blob a revision lists under
 * several paths): the parse is shared, the problems name this file. Nothing
 * downstream changes a loaded value, so one value can stand for every name.
 */
export function renamed(loaded: LoadedFile, file: string): LoadedFile {
  return { ...loaded, file, problems: loaded.problems.map((p) => ({ ...p, file })) };
}

/** The parser's problems explained where a common mistake is recognised; what a line scan can still tell when the file cannot be read. */
function readable(file: string, text: string, parsed: ParsedYaml): ParsedYaml & { outline?: RecoveredOutline } {
  const problems = [...explainYamlProblems(text, parsed.problems), ...commentsInText(file, text)];
  return parsed.value === undefined ? recoverUnreadable(text, { ...parsed, problems }) : { ...parsed, problems };
}
