// "Did you mean" is edit distance between each unknown word and every
// candidate: unknown items × candidates × length². A hostile or broken file
// (8,000 unknown dependencies, a 70 KB list of agencies) once made that
// minutes. Each of the three factors is bounded here: words longer than
// MAX_WORD get no suggestion, only candidates whose length is within the
// allowed edits are compared, the distance is computed in a band as wide as
// the allowed edits and abandoned as soon as it is out of reach, and a
// suggester stops suggesting once it has spent WORK_BUDGET cells (counted,
// not timed, so the same input always gets the same suggestions).

/** A typo of a key, id or code is short; a longer word gets no suggestion. */
export const MAX_WORD = 64;
/** Distance-table cells one suggester may compute; about a tenth of a second. */
export const WORK_BUDGET = 10_000_000;

/** Finds the likely intended word among a fixed set of candidates, within a bounded amount of work. */
export class Suggester {
  /** Distance-table cells computed so far (what WORK_BUDGET bounds). */
  cells = 0;
  private readonly byLength = new Map<number, { word: string; lower: string }[]>();

  constructor(candidates: Iterable<string>, private readonly budget = WORK_BUDGET) {
    for (const word of candidates) {
      const list = this.byLength.get(word.length) ?? [];
      if (list.length === 0) this.byLength.set(word.length, list);
      list.push({ word, lower: word.toLowerCase() });
    }
  }

  /** The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo. */
  closest(word: string): string | undefined {
    if (word.length > MAX_WORD || this.cells >= this.budget) return undefined;
    // One edit per three letters: with a floor of two, every short code looked like a typo of every other (GO → MOJ).
    const limit = Math.max(1, Math.floor(word.length / 3));
    const lower = word.toLowerCase();
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        // A tie still counts (the first in sort order wins), so the cut-off is the best distance so far.
        const d = boundedDistance(lower, candidate.lower, Math.min(bestDistance, limit), this);
        if (this.cells > this.budget) return undefined;
        if (d < bestDistance || (d === bestDistance && d <= limit && best !== undefined && candidate.word < best)) {
          best = candidate.word;
          bestDistance = d;
        }
      }
    }
    return best;
  }
}

/** The candidate nearest to `word`, for a single lookup. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return new Suggester(candidates).closest(word);
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = closest(word, candidates);
  return near === undefined ? '' : `; did you mean "${near}"?`;
}

type Rows = [Int32Array, Int32Array, Int32Array];
// Three rows reused by every call (the function is synchronous): allocating them per candidate was most of the cost.
let scratch: Rows = [new Int32Array(2 * MAX_WORD), new Int32Array(2 * MAX_WORD), new Int32Array(2 * MAX_WORD)];

/**
 * Levenshtein distance with a transposition counted as one edit, or `k + 1`
 * when it is more than `k`: only the diagonal band |i − j| ≤ k can hold a
 * smaller value, and a row whose smallest value is over k ends the search.
 */
export function boundedDistance(a: string, b: string, k: number, counter: { cells: number } = { cells: 0 }): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  const out = k + 1;
  if (Math.abs(n - m) > k) return out;
  if (scratch[0]!.length < m + 1) scratch = [0, 1, 2].map(() => new Int32Array(m + 1)) as Rows;
  let [prev2, prev, row] = scratch;
  prev2.fill(out, 0, m + 1);
  prev.fill(out, 0, m + 1);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    row.fill(out, 0, m + 1);
    if (i <= k) row[0] = i;
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    let rowMin = row[0]!;
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = Math.min(d, out);
      if (row[j]! < rowMin) rowMin = row[j]!;
    }
    // The band, and the row cleared for it.
    counter.cells += hi - lo + 1 + m + 1;
    if (rowMin >= out) return out;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[m]!, out);
}
