import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, knownChecks, recheckDataset, storedChecks, type Checked, type KnownChecks, type StoredEditCheck } from '../../../src/edit/check-edit.js';
import { readDataDir, type SourceFile } from '../../../src/load/read-sources.js';
import { parseDay } from '../../../src/domain/calendar.js';
import { isEditChecks } from '../../../src/validate/cached-shapes.js';
import { fixture } from '../../helpers/run-cli.js';

// An edit reads the dataset through the files' own checks: each file whose
// bytes are those of a stored check is not parsed again. These tests hold
// the reused result to the cold one on every fixture, and show that the
// stored check is what answers for an unchanged file (and never for a
// changed one).

const MAX = 1024 * 1024;
const options = { agencies: {}, asOf: parseDay('2024-06-10')! };
const FIXTURES = readdirSync(join(fixture('edit-basic'), '..')).filter((f) => !f.startsWith('.'));

const sourcesOf = (name: string) => readDataDir(join(fixture(name), 'data'), fixture(name), MAX);
/** The stored checks as the cache gives them back: through JSON, and shape-checked. */
function stored(checked: Checked): StoredEditCheck[] {
  const back = JSON.parse(JSON.stringify({ files: storedChecks(checked) })) as unknown;
  expect(isEditChecks(back)).toBe(true);
  return (back as { files: StoredEditCheck[] }).files;
}
const known = (files: readonly StoredEditCheck[]): KnownChecks => knownChecks(files);
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('an edit reads unchanged files from their stored checks', () => {
  it.each(FIXTURES)('%s: the stored checks give exactly the cold validation and facts, with no file parsed', (name) => {
    const sources = sourcesOf(name);
    const cold = checkDataset(sources, MAX, options);
    expect(cold.files.every((f) => f.fresh)).toBe(true);
    const warm = checkDataset(sources, MAX, options, known(stored(cold)));
    expect(warm.files.map((f) => f.fresh)).toEqual(sources.map(() => false));
    expect(plain(warm.validation)).toEqual(plain(cold.validation));
    expect(warm.files.map((f) => f.facts)).toEqual(cold.files.map((f) => f.facts));
    // The locator of a reused file is still there when the judge asks for it.
    for (const f of sources) expect(warm.loaded(f.file)?.locate.value([]).line).toBe(cold.loaded(f.file)?.locate.value([]).line);
  });

  it('what the stored check says is what the edit sees for that file (it is not parsed again)', () => {
    const sources = sourcesOf('edit-basic');
    const files = stored(checkDataset(sources, MAX, options));
    const moj = files.find((f) => f.file === 'data/moj.yaml')!;
    moj.result.tasks[0]!.title = 'Stored, not parsed';
    moj.facts.ids.push('MOJ-77');
    const warm = checkDataset(sources, MAX, options, known(files));
    expect(warm.validation.tasks.find((t) => t.id === 'MOJ-01')?.title).toBe('Stored, not parsed');
    expect(warm.files.find((f) => f.source.file === 'data/moj.yaml')?.facts.ids).toContain('MOJ-77');
  });

  it('a stored check of other bytes (the file changed since) is not used: the file is checked as it is', () => {
    const sources = sourcesOf('edit-basic');
    const files = stored(checkDataset(sources, MAX, options));
    files.find((f) => f.file === 'data/moj.yaml')!.result.tasks[0]!.title = 'Stale';
    const changed: SourceFile[] = sources.map((s) => {
      if (s.file !== 'data/moj.yaml') return s;
      const bytes = new Uint8Array(Buffer.from(Buffer.from(s.bytes!).toString('utf8').replace('Send opinions on the draft decree', 'Send opinions on the decree')));
      return { ...s, bytes, size: bytes.length };
    });
    const warm = checkDataset(changed, MAX, options, known(files));
    expect(warm.files.map((f) => [f.source.file, f.fresh])).toEqual([
      ['data/mof.yaml', false],
      ['data/moj.yaml', true],
    ]);
    expect(plain(warm.validation)).toEqual(plain(checkDataset(changed, MAX, options).validation));
    expect(warm.validation.tasks.find((t) => t.id === 'MOJ-01')?.title).toBe('Send opinions on the decree');
  });

  it('after an edit, only the replaced file is checked again; the cross-file rules still run over every file', () => {
    const sources = sourcesOf('edit-basic');
    const before = checkDataset(sources, MAX, options, known(stored(checkDataset(sources, MAX, options))));
    const mof = sources.find((s) => s.file === 'data/mof.yaml')!;
    // MOF-01 renamed: MOJ-02, in the unchanged file, now depends on an unknown task.
    const bytes = new Uint8Array(Buffer.from(readFileSync(join(fixture('edit-basic'), 'data/mof.yaml'), 'utf8').replace('id: MOF-01', 'id: MOF-09')));
    const after = recheckDataset(before, new Map([[mof.file, { ...mof, bytes, size: bytes.length }]]), MAX, options);
    expect(after.files.map((f) => [f.source.file, f.fresh])).toEqual([
      ['data/mof.yaml', true],
      ['data/moj.yaml', false],
    ]);
    expect(after.validation.problems.filter((p) => p.rule === 'unknown-dependency').map((p) => `${p.file}:${p.line} ${p.task}`)).toEqual(['data/moj.yaml:23 MOJ-02']);
  });

  it('a damaged stored entry is refused whole, field by field', () => {
    const files = stored(checkDataset(sourcesOf('edit-basic'), MAX, options));
    const damaged: ((f: StoredEditCheck[]) => void)[] = [
      (f) => delete (f[0] as Partial<StoredEditCheck>).digest,
      (f) => ((f[0]!.result.tasks[0] as unknown as Record<string, unknown>).due = 'x', ((f[0]!.result.tasks[0] as unknown as Record<string, unknown>).status = 'finished')),
      (f) => ((f[1]!.positions[0] as unknown[])[1] = { line: 'one', column: 1 }),
      (f) => ((f[1]!.positions[0]![1] as unknown as Record<string, unknown>).excerpt = 5),
      (f) => ((f[1]!.facts as unknown as Record<string, unknown>).ids = [1]),
      (f) => ((f[0]!.result.problems as unknown[]).push({ file: 'x' })),
    ];
    for (const damage of damaged) {
      const copy = structuredClone(files);
      damage(copy);
      expect(isEditChecks({ files: copy })).toBe(false);
    }
    expect(isEditChecks({ files })).toBe(true);
    expect(isEditChecks(null)).toBe(false);
  });
});
