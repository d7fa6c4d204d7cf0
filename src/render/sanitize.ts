// Text from the data never reaches a terminal, a spreadsheet or a Markdown
// table raw: a title must not recolour, retitle or clear the secretariat's
// terminal, run as a formula, or break the table it sits in.

// C0 controls, DEL, C1 controls, and the bidirectional marks, embeddings,
// overrides and isolates (a title could otherwise reverse the text after it).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function escapeChar(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One line of safe text: line breaks and tabs become spaces, every other control is shown escaped. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(UNSAFE, escapeChar);
}

/** Safe text that may keep its line breaks (for multi-line cells). */
export function safeMultiline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSAFE_BUT_NEWLINE, escapeChar);
}

/** JSON.stringify leaves DEL, C1 controls, bidi controls and line separators raw; escape them too. */
export function safeJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
