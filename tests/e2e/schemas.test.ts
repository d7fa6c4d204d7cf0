import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/validate/json-schemas.js';
import { ROOT } from '../helpers/run-cli.js';

// schemas/*.json is what editors check the YAML against as people type; it is
// generated from the Zod schemas, and must not drift from them.

const generated = jsonSchemas();
const committed = readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as Record<string, unknown>;

/** Every entry of a `properties` object anywhere in the schema, with its path. */
function properties(schema: unknown, path = '#'): [string, Record<string, unknown>][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, prop] of Object.entries(value)) out.push([`${path}/properties/${name}`, prop as Record<string, unknown>]);
    }
    out.push(...properties(value, `${path}/${key}`));
  }
  return out;
}

describe('schemas/', () => {
  it('holds exactly the generated schemas', () => {
    expect(committed.sort()).toEqual(Object.keys(generated).sort());
  });

  it.each(Object.keys(generated))('%s matches src/validate/schemas.ts', (name) => {
    expect(read(name), `schemas/${name} is out of date: run \`npm run schemas\``).toEqual(generated[name]);
  });

  it.each(Object.keys(generated))('%s is draft-07, with a title', (name) => {
    expect(read(name)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: expect.any(String) });
  });

  it.each(Object.keys(generated))('%s describes every property', (name) => {
    const props = properties(read(name));
    expect(props.length).toBeGreaterThan(3);
    expect(props.filter(([, p]) => typeof p.description !== 'string' || p.description === '').map(([path]) => path)).toEqual([]);
  });
});
