// SPEC §10: text is normalised to Unicode NFC when loaded. The same
// Vietnamese word can arrive composed (ộ as one code point) or decomposed (o,
// combining circumflex, combining dot below), depending on the keyboard and
// the system it was typed on; both must be the same text to p06, so that a
// search, a sort and a review that compares two revisions never see a
// difference a reader cannot.

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Rewrites, in place, every string value of a freshly parsed document into
 * NFC and returns the document. Keys are left alone: p06's keys are ASCII,
 * and a key that is not is an unknown key whatever its form.
 */
export function toNfc<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'string') {
      const nfc = NON_ASCII.test(v) ? v.normalize('NFC') : v;
      // Defined, not assigned: a data key may be "__proto__" (objects here have no prototype, but stay safe).
      if (nfc !== v) Object.defineProperty(record, key, { value: nfc, writable: true, enumerable: true, configurable: true });
    } else {
      toNfc(v);
    }
  }
  return value;
}
