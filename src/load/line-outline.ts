import type { Position } from '../domain/problem.js';

/** What a line scan can tell about a file that cannot be read as YAML. */
export interface LineOutline {
  /** The ministry code under `ministry:`, and where its value is written. */
  code?: { text: string; at: Position };
  /** Whether a top-level `tasks:` key was found at all (else `count` says nothing). */
  sawTasks: boolean;
  /** Entries of the `tasks` list: one per "- " at the list's indentation, and one per further `id:` in an entry that has one (a forgotten "- "). */
  count: number;
  /** Each task id with its entry's place in the list and where the id is written. */
  ids: { id: string; index: number; at: Position }[];
}

const CODE = /^[A-Z][A-Z0-9]{1,15}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*-[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** `key: value` at the start of a line (after any "- " and "{"), the value plain or quoted. */
const KEY_VALUE = /^(\s*)(-\s+)?(\{\s*)?(["']?)([A-Za-z_]+)\4\s*:(?:\s+|$)/;

/**
 * Reads a file line by line, as a person would, without a YAML parser: the
 * ministry code and the task ids of a file whose syntax is broken (an
 * unclosed quote swallows the rest of the file for the parser, not for a
 * line scan). Other files' references to them are then not "unknown", and a
 * report that leaves the file out counts its tasks. Only keys at the
 * indentation where they belong are read, so text inside a block scalar is
 * not taken for an id.
 */
export function lineOutline(text: string): LineOutline {
  const out: LineOutline = { sawTasks: false, count: 0, ids: [] };
  let section: string | undefined;
  let itemIndent: number | undefined;
  let keyIndent: number | undefined;
  let ministryKeyIndent: number | undefined;
  let entryHasId = false;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const match = KEY_VALUE.exec(line);
    const indent = /^ */.exec(line)![0].length;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (indent === 0 && !line.startsWith('-')) {
      section = match?.[5];
      itemIndent = keyIndent = ministryKeyIndent = undefined;
      if (section === 'ministry') readInlineCode(line, i + 1, out);
      if (section === 'tasks') out.sawTasks = true;
      return;
    }
    if (section === 'ministry' && match !== null && match[5] === 'code' && out.code === undefined) {
      ministryKeyIndent ??= indent;
      if (indent === ministryKeyIndent) readValue(line, match[0].length, i + 1, CODE, (text, at) => (out.code = { text, at }));
      return;
    }
    if (section === 'ministry' && match !== null) ministryKeyIndent ??= indent;
    if (section !== 'tasks') return;
    const dash = /^( *)-(\s|$)/.exec(line);
    if (dash !== null && (itemIndent === undefined || dash[1]!.length === itemIndent)) {
      itemIndent = dash[1]!.length;
      out.count++;
      entryHasId = false;
      const rest = /^ *-\s*(\{\s*)?/.exec(line)![0].length;
      keyIndent ??= rest;
      readId(line, i + 1, rest);
      return;
    }
    if (match !== null && match[2] === undefined && indent === keyIndent) readId(line, i + 1, indent);
  });
  return out;

  function readId(line: string, lineNo: number, from: number): void {
    const m = /^(["']?)id\1\s*:(?:\s+|$)/.exec(line.slice(from));
    if (m === null) return;
    readValue(line, from + m[0].length, lineNo, ID, (id, at) => {
      // A second id in one entry is a task whose "- " was forgotten.
      if (entryHasId) out.count++;
      entryHasId = true;
      out.ids.push({ id, index: out.count - 1, at });
    });
  }
}

/** `ministry: {code: MOJ, ...}` on one line. */
function readInlineCode(line: string, lineNo: number, out: LineOutline): void {
  const m = /[{,]\s*(["']?)code\1\s*:\s*/.exec(line);
  if (m !== null) readValue(line, m.index + m[0].length, lineNo, CODE, (text, at) => (out.code = { text, at }));
}

/** The plain or quoted value starting at `from`, if it has the expected shape. */
function readValue(line: string, from: number, lineNo: number, shape: RegExp, take: (text: string, at: Position) => void): void {
  const rest = line.slice(from);
  const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : '';
  const body = quote ? rest.slice(1, rest.indexOf(quote, 1) === -1 ? undefined : rest.indexOf(quote, 1)) : rest.split(/\s#|[,}\]]/)[0]!.trim();
  if (shape.test(body)) take(body, { line: lineNo, column: from + 1 });
}
