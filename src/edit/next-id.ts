/**
 * The next free id for a body: one more than the highest numbered id of the
 * form CODE-<digits> in its file, with as many digits as the widest of them
 * (MOJ-06 → MOJ-07, VSS-9 → VSS-10); an id taken anywhere in the dataset is
 * skipped. CODE-01 for a body with no numbered task yet.
 */
export function nextTaskId(code: string, idsInFile: readonly string[], taken: ReadonlySet<string>): string {
  const numbered = new RegExp(`^${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  let max = 0;
  let width = 2;
  for (const id of idsInFile) {
    const m = numbered.exec(id);
    if (!m) continue;
    max = Math.max(max, Number(m[1]));
    width = Math.max(width, m[1]!.length);
  }
  for (let n = max + 1; ; n++) {
    const id = `${code}-${String(n).padStart(width, '0')}`;
    if (!taken.has(id) && !idsInFile.includes(id)) return id;
  }
}
