import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type FileMap = Record<string, string | Buffer>;

const created: string[] = [];

/**
 * Writes `files` (paths relative to a new temporary folder, `/`-separated,
 * subfolders created as needed) and returns the folder's absolute path.
 * Remove it with `removeTempDirs()` in an afterAll.
 */
export function tempData(files: FileMap): string {
  const dir = mkdtempSync(join(tmpdir(), 'p06-test-'));
  created.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: FileMap): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, ...name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** Removes every folder tempData made in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
