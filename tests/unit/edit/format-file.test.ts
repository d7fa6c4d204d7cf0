import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatFile } from '../../../src/edit/format-file.js';

const comments = (t: string) => [...t.matchAll(/#[^\n]*/g)].map((m) => m[0].trim()).filter((c) => !c.includes('"'));
const data = (t: string) => parse(t.replace(/^\uFEFF/, ''), { version: '1.2', schema: 'core' }) as unknown;

describe('formatFile', () => {
  it('writes the canonical layout, keeping every comment', () => {
    const messy = [
      '# header',
      'tasks:',
      '- status: "in_progress"   # started',
      "  id: 'MOJ-01'",
      '  deadline: "2024-03"',
      '  title: Compile',
      '  owner: Office',
      '  depends_on:',
      '  - MOF-03',
      '  - "MOH-01"',
      '',
      '',
      '- id: MOJ-02',
      '  title: "a: b"',
      '  owner: Office',
      '  status: done',
      '  completed: 2024-01-02',
      '  deadline: 2025',
      'ministry: {code: MOJ, name: Justice}',
      '',
    ].join('\n');
    expect(formatFile(messy)).toBe(
      [
        '# header',
        'ministry:', '  code: MOJ', '  name: Justice',
        'tasks:',
        '  - id: MOJ-01',
        '    title: Compile',
        '    owner: Office',
        '    deadline: 2024-03',
        '    status: in_progress # started',
        '    depends_on: [MOF-03, MOH-01]',
        '',
        '  - id: MOJ-02',
        '    title: "a: b"',
        '    owner: Office',
        '    deadline: 2025',
        '    status: done',
        '    completed: 2024-01-02',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF and the BOM', () => {
    const text = '\uFEFFministry:\r\n  code: MOJ\r\n  name: "Justice"\r\ntasks: []\r\n';
    expect(formatFile(text)).toBe('\uFEFFministry:\r\n  code: MOJ\r\n  name: Justice\r\ntasks: []\r\n');
  });

  const dir = new URL('../../fixtures/reports-basic/data/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  it.each(files)('%s: same data, same comments, idempotent', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const once = formatFile(text);
    expect(data(once)).toEqual(data(text));
    expect(comments(once)).toEqual(comments(text));
    expect(formatFile(once)).toBe(once);
  });
});
