/**
 * The English a person would read, taken from a catalogue itself: every text
 * value, and every function called with sample arguments (the first one a
 * marker, the others 3), cut where data goes in (the marker, digits). Only
 * pieces of two words or more count, so a code or a number never looks like
 * English. A piece that `alike` (the other language's same sections) also
 * says is a command line or a file name, not English.
 */
export function englishPieces(english: unknown, alike?: unknown): string[] {
  const pieces = new Set<string>();
  for (const text of texts(english)) for (const p of text.split(/\u0001|\d+/)) pieces.add(p.trim());
  const shared = alike === undefined ? '' : texts(alike).join('\n');
  return [...pieces].filter((p) => /[a-z]+ +[a-z]+/i.test(p) && (alike === undefined || !shared.includes(p)));
}

function texts(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (typeof v === 'function') texts(sample(v as (...a: unknown[]) => unknown), out);
  else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) texts(x, out);
  return out;
}

/** A function that needs real arguments (a deadline, a headline's counts) gives nothing here: the caller samples it itself. */
function sample(f: (...a: unknown[]) => unknown): string {
  try {
    return String(f(...Array.from({ length: f.length }, (_, i) => (i === 0 ? '\u0001' : 3))));
  } catch {
    return '';
  }
}
