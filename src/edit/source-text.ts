/**
 * A file's text split into what the edit works on and what it must give
 * back untouched: the byte-order mark and the line-end convention.
 */
export interface SourceText {
  /** Without the BOM. */
  body: string;
  bom: boolean;
  /** The file's line end: the first one it uses, else "\n". */
  eol: '\n' | '\r\n';
}

export function splitSource(text: string): SourceText {
  const bom = text.startsWith('\uFEFF');
  const body = bom ? text.slice(1) : text;
  const nl = body.indexOf('\n');
  return { body, bom, eol: nl > 0 && body[nl - 1] === '\r' ? '\r\n' : '\n' };
}

export function joinSource(source: SourceText, body: string): string {
  return (source.bom ? '\uFEFF' : '') + body;
}

/** Offset of the start of the line that holds `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break that ends the line holding `offset` (the text's end on its last line). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** 1-based line number of `offset`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Column (0-based, in UTF-16 units; indentation is spaces) of `offset` in its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/**
 * The end of the lines a value is written on: just after the line break of
 * the last line holding any of `[start, end)`'s text (trailing line breaks
 * and spaces of a block value do not count as its text).
 */
export function endOfLines(text: string, start: number, end: number): number {
  let last = end - 1;
  while (last > start && /[\s]/.test(text[last]!)) last--;
  return lineEnd(text, last);
}

export interface Splice {
  start: number;
  end: number;
  insert: string;
}

export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.start) + s.insert + text.slice(s.end);
}
