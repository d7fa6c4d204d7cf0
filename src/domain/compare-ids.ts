const PIECES = /(\d+)|(\D+)/g;

/**
 * Natural order, so MOJ-2 comes before MOJ-10; written out rather than left
 * to Intl.Collator so the order is the same on every machine.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const pa = a.match(PIECES) ?? [];
  const pb = b.match(PIECES) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : 1);
}
