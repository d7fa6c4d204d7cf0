import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDay } from '../../../src/domain/calendar.js';
import { parseSource } from '../../../src/load/parse-source.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../../src/validate/settings.js';
import { validateDataset } from '../../../src/validate/validate-dataset.js';
import { ROOT, fixture } from '../../helpers/run-cli.js';

// The committed schema, read by a real JSON Schema validator (Ajv, draft-07
// as editors read it), must refuse what p06 validate refuses for a task's
// status, and accept what it accepts.

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/ministry.schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
const check = ajv.compile(schema);

const file = (task: string) => `ministry:\n  code: MOJ\n  name: Ministry of Justice\ntasks:\n  - id: MOJ-01\n    title: T\n    owner: O\n    result: R\n${task}`;

/** The rules p06 validate reports for the text (completed-in-future is out of the way: as of 2030). */
function p06Rules(text: string): string[] {
  const bytes = Buffer.from(text);
  const loaded = parseSource({ file: 'moj.yaml', size: bytes.length, bytes }, DEFAULT_MAX_FILE_BYTES);
  return validateDataset([loaded], { asOf: parseDay('2030-01-01')!, agencies: {} }).problems.map((p) => `${p.rule}: ${p.message}`);
}

describe('the JSON Schema says what a task status requires (if/then)', () => {
  it.each([
    ['done without completed', '    status: done\n    deadline: 2024-01-31\n', false, 'completed-missing'],
    ['done with completed', '    status: done\n    deadline: 2024-01-31\n    completed: 2024-01-30\n', true, undefined],
    ['in progress with completed', '    status: in_progress\n    deadline: 2024-01-31\n    completed: 2024-01-30\n', false, 'completed-unexpected'],
    ['open without deadline', '    status: in_progress\n', false, 'schema: missing required key "deadline"'],
    ['not started without deadline', '    status: not_started\n', false, 'schema: missing required key "deadline"'],
    ['cancelled without deadline', '    status: cancelled\n', false, 'schema: missing required key "deadline"'],
    ['recurring without deadline', '    status: recurring\n', true, undefined],
    ['open with deadline', '    status: not_started\n    deadline: 2024-Q1\n', true, undefined],
  ])('%s: valid %s, as p06 validate says', (_name, task, valid, rule) => {
    const text = file(task);
    expect(check(parse(text)), JSON.stringify(check.errors)).toBe(valid);
    const rules = p06Rules(text);
    if (rule === undefined) expect(rules).toEqual([]);
    else expect(rules.some((r) => r.startsWith(rule))).toBe(true);
  });

  it('the schema points at the missing key, as an editor would show it', () => {
    check(parse(file('    status: done\n    deadline: 2024-01-31\n')));
    expect(check.errors).toContainEqual(expect.objectContaining({ instancePath: '/tasks/0', keyword: 'required', params: { missingProperty: 'completed' } }));
  });

  it.each(readdirSync(join(fixture('reports-basic'), 'data')))('a valid fixture file passes: %s', (name) => {
    expect(check(parse(readFileSync(join(fixture('reports-basic'), 'data', name), 'utf8'))), JSON.stringify(check.errors)).toBe(true);
  });
});
