import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntry, type SourceFile } from '../../../src/load/read-sources.js';
import { loadData, openWorkspace } from '../../../src/workspace/open-workspace.js';
import { removeTempDirs, tempData, type FileMap } from '../../helpers/temp-data.js';

afterAll(removeTempDirs);

// The working-tree reader holds one file's bytes at a time: the cache key is
// made from each file in turn (read, hashed, let go), and on a miss each
// file is read again and checked before the next is read. What is asserted
// is that order, and that no bytes handed out earlier are still needed.

const file = (code: string) => `ministry: {code: ${code}, name: ${code}}\ntasks:\n  - {id: ${code}-1, title: T, owner: O, deadline: 2030, status: in_progress, result: R}\n`;

async function run(files: FileMap, cache: boolean) {
  const dir = tempData({ 'p06.yaml': 'timezone: UTC\n', ...files });
  const env = { HOME: dir, XDG_CACHE_HOME: join(dir, '.cache') };
  const ws = await openWorkspace({ cwd: dir, env, now: new Date('2024-06-01T00:00:00Z'), cache });
  const log: string[] = [];
  ws.progress = (done) => log.push(`checked ${done}`);
  const validation = await loadData(ws, false, (entry, budget) => {
    const source: SourceFile = readEntry(entry, dir, ws.settings.maxFileBytes, budget);
    log.push(`read ${entry.file}`);
    return source;
  });
  return { dir, ws, log, validation };
}

describe('loadData: one file at a time', () => {
  const files: FileMap = { 'data/aa.yaml': file('AA'), 'data/bb.yaml': file('BB'), 'data/cc.yaml': file('CC') };

  it('on a miss: every file read for the key, then each read again and checked before the next is read', async () => {
    const { log, validation } = await run(files, false);
    expect(log).toEqual(['read data/aa.yaml', 'read data/bb.yaml', 'read data/cc.yaml', 'read data/aa.yaml', 'checked 1', 'read data/bb.yaml', 'checked 2', 'read data/cc.yaml', 'checked 3']);
    expect(validation.tasks.map((t) => t.id)).toEqual(['AA-1', 'BB-1', 'CC-1']);
  });

  it('on a hit: each file read once, for the key, and none checked', async () => {
    const first = await run(files, true);
    expect(first.log.filter((l) => l.startsWith('checked'))).toHaveLength(3);
    const log: string[] = [];
    const again = await loadData(first.ws, false, (entry, budget) => {
      log.push(`read ${entry.file}`);
      return readEntry(entry, first.dir, first.ws.settings.maxFileBytes, budget);
    });
    expect(log).toEqual(['read data/aa.yaml', 'read data/bb.yaml', 'read data/cc.yaml']);
    expect(again.tasks.map((t) => t.id)).toEqual(['AA-1', 'BB-1', 'CC-1']);
  });

  it('a file edited between the two reads: the result is the second read, and it is not cached under the first', async () => {
    const dir = tempData({ 'p06.yaml': 'timezone: UTC\n', ...files });
    const env = { HOME: dir, XDG_CACHE_HOME: join(dir, '.cache') };
    const ws = await openWorkspace({ cwd: dir, env, now: new Date('2024-06-01T00:00:00Z'), cache: true });
    let reads = 0;
    const edited = await loadData(ws, false, (entry, budget) => {
      // Reads 1-3 make the key; read 4 is aa.yaml again, before bb.yaml's second read.
      if (++reads === 4) writeFileSync(join(dir, 'data/bb.yaml'), file('BB').replace('BB-1', 'BB-2'));
      return readEntry(entry, dir, ws.settings.maxFileBytes, budget);
    });
    expect(edited.tasks.map((t) => t.id)).toEqual(['AA-1', 'BB-2', 'CC-1']);
    // The files as they were when the key was made: that key must not find the edited result.
    writeFileSync(join(dir, 'data/bb.yaml'), file('BB'));
    const restored = await loadData(ws, false);
    expect(restored.tasks.map((t) => t.id)).toEqual(['AA-1', 'BB-1', 'CC-1']);
  });
});
