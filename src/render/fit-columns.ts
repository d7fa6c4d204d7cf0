/**
 * How a drawn table fits a terminal, decided before anything is drawn, as gh
 * and kubectl do: a table is never wider than the terminal. In order, until
 * it fits:
 *   1. free-text columns wrap (down to their longest word, at least 8);
 *   2. headers are abbreviated ("Days overdue" → "Days");
 *   3. columns are left out, lowest priority first (each report states the
 *      order, and the heading says which were left out);
 *   4. if even the columns that are never left out do not fit: one block
 *      per row instead of a table (a record layout).
 */

export interface FitColumn {
  /** Width with the full header, padding included, nothing wrapped. */
  natural: number;
  /** Narrowest it can be drawn with the full header (a free-text column: its floor). */
  narrowest: number;
  /** The same with the abbreviated header. */
  narrowestShort: number;
  /** Left out in ascending order when the table does not fit; undefined: never left out. */
  dropOrder?: number;
}

export type FitPlan =
  | { layout: 'table'; keep: number[]; short: boolean }
  | { layout: 'records' };

/** Characters a table of n columns spends on borders: one per column plus one. */
const borders = (n: number) => n + 1;

export function fitColumns(columns: readonly FitColumn[], width: number | undefined): FitPlan {
  const all = columns.map((_, i) => i);
  if (width === undefined) return { layout: 'table', keep: all, short: false };
  const need = (keep: readonly number[], short: boolean) => keep.reduce((sum, i) => sum + (short ? columns[i]!.narrowestShort : columns[i]!.narrowest), borders(keep.length));
  if (need(all, false) <= width) return { layout: 'table', keep: all, short: false };
  if (need(all, true) <= width) return { layout: 'table', keep: all, short: true };
  const droppable = all.filter((i) => columns[i]!.dropOrder !== undefined).sort((a, b) => columns[a]!.dropOrder! - columns[b]!.dropOrder! || b - a);
  let keep = all;
  for (const i of droppable) {
    keep = keep.filter((k) => k !== i);
    if (need(keep, true) <= width) return { layout: 'table', keep, short: true };
  }
  return { layout: 'records' };
}
