import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One cache folder for the whole test run, removed at the end: the CLI under
 * test never reads the user's cache, nor an entry an older build wrote under
 * the same version. Test workers inherit the variable; runCli passes it on.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'p06-cache-'));
  process.env.P06_TEST_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
