import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p`, one level at a time. Node 20's `mkdirSync(dir, { recursive:
 * true })` never returns where the system answers ENOENT for a folder whose
 * parent exists (anywhere under /proc): it retries forever. Here each level
 * is tried once, so an impossible path throws instead of hanging.
 */
export function makeDirs(dir: string, mode?: number): void {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    try {
      mkdirSync(current, { mode });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statSync(current).isDirectory()) break;
      const parent = dirname(current);
      if (code !== 'ENOENT' || parent === current) throw error;
      missing.push(current);
      current = parent;
    }
  }
  // The parent exists now: a folder it still refuses to hold throws here.
  for (const folder of missing.reverse()) mkdirSync(folder, { mode });
}
