// What may not reach a reader raw, and what a spreadsheet would run, written
// from the reader's side rather than copied from src/render/: if the
// implementation's own character class or formula test were the oracle, a
// character or prefix it forgot would be forgotten here too.

/**
 * Characters that act on a terminal or reorder text instead of showing: every
 * control character (Unicode category Cc: C0, DEL, C1), the bidirectional
 * controls (the Unicode property Bidi_Control: marks, embeddings, overrides,
 * isolates), and the line and paragraph separators (Zl, Zp).
 */
const ACTS_ON_THE_READER = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}]/gu;

/**
 * The first such character in `text`, as U+XXXX with the text around it, or
 * undefined. Line feeds are allowed (they end lines); CR only as part of the
 * CRLF that ends a CSV record, when `crlf` is set.
 */
export function rawUnsafe(text: string, { crlf = false } = {}): string | undefined {
  const body = crlf ? text.replace(/\r\n/g, '\n') : text;
  for (const m of body.matchAll(ACTS_ON_THE_READER)) {
    if (m[0] === '\n') continue;
    const at = m.index;
    return `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at offset ${at}: ${JSON.stringify(body.slice(Math.max(0, at - 40), at + 40))}`;
  }
  return undefined;
}

/**
 * Whether a spreadsheet opening this cell would run it as a formula (OWASP,
 * "CSV injection"): it starts with =, +, - or @, possibly after a tab or CR
 * that some programs drop first, and is not simply a number (a number with a
 * sign is read as that number, whatever the sign).
 */
export function runsAsFormula(cell: string): boolean {
  const start = cell.replace(/^[\t\r]+/, '');
  if (!['=', '+', '-', '@'].includes(start[0] ?? '')) return false;
  return !(start.trim() === start && Number.isFinite(Number(start)));
}
