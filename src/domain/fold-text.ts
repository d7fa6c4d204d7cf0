// How a person's search matches the data. People type Vietnamese in many
// ways: without tone marks on a keyboard that lacks them ("Bo Cong an"), with
// decomposed characters from another system (NFD), with the tone mark on a
// different vowel ("Thanh Hoá" beside "Thanh Hóa"), or "d" for "đ". Every
// search in p06 (--owner, --leader, --text, --ref, ministry names) folds
// both sides with this one function, so they all agree.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /\s+/g;

/**
 * The search key of a text: lower case, without diacritics (tone marks and
 * the marks of â, ă, ê, ô, ơ, ư alike, since a keyboard without them drops
 * both), đ read as d, runs of spaces as one. Not for display.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** Whether `query` occurs in `text`, both folded; an empty query matches everything. */
export function textIncludes(text: string, query: string): boolean {
  return foldText(text).includes(foldText(query));
}

/** Whether two texts are the same once folded (a ministry name typed without its marks). */
export function sameFolded(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}
