import { problem, type Problem } from '../domain/problem.js';
import { decodeUtf8 } from './decode-utf8.js';
import { outlineYaml, parseYaml, type Locator, type TaskOutline } from './parse-yaml.js';
import type { SourceFile } from './read-sources.js';

export interface LoadedFile {
  file: string;
  /** Plain data, or undefined when the file could not be read as one YAML document. */
  value: unknown;
  problems: Problem[];
  locate: Locator;
  /** When `value` is undefined: the task list as far as it can be made out, so its tasks are still counted. */
  outline?: TaskOutline;
}

const nowhere: Locator = { value: () => ({ line: 1, column: 1 }), key: () => ({ line: 1, column: 1 }) };

/** Size guard, strict decoding and parsing of one file: pure, so git revisions share it. */
export function parseSource(source: SourceFile, maxBytes: number): LoadedFile {
  const { file } = source;
  const fail = (p: Problem): LoadedFile => ({ file, value: undefined, problems: [p], locate: nowhere });
  if (source.error !== undefined) {
    return fail(problem(file, { line: 1, column: 1 }, 'file-unreadable', `cannot read the file (${source.error})`));
  }
  if (source.bytes === undefined || source.size > maxBytes) {
    // Rounded sizes can print the same ("1.0 MiB is over the limit of 1.0 MiB"): then show the bytes.
    const [size, limit] = formatBytes(source.size) === formatBytes(maxBytes) ? [`${source.size} bytes`, `${maxBytes} bytes`] : [formatBytes(source.size), formatBytes(maxBytes)];
    return fail(problem(file, { line: 1, column: 1 }, 'file-too-large', `${size} is over the limit of ${limit} (max_file_bytes in p06.yaml); split the file`));
  }
  const decoded = decodeUtf8(source.bytes);
  if (!decoded.ok) {
    const failed = fail(problem(file, decoded.at, 'encoding', `not valid UTF-8 (${decoded.detail}); save the file as UTF-8`));
    // The data is never read with replacement characters; only its tasks are counted that way.
    const outline = outlineYaml(new TextDecoder('utf-8').decode(source.bytes));
    return outline === undefined ? failed : { ...failed, outline };
  }
  const parsed = parseYaml(file, decoded.text);
  return { file, ...parsed };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
