// How many terminal columns a text takes. The bundle also gives this to
// cli-table3 in place of string-width (see string-width-shim.cjs), so our
// column widths and its drawing always agree, and a cell is never cut short.

/** Display width, near enough: combining marks take no column, wide characters two. */
export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let n = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    n += WIDE.test(ch) ? 2 : 1;
  }
  return n;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// East Asian wide and fullwidth characters and pictographs take two columns:
// counting them as one would make cli-table3 cut the cell short.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
