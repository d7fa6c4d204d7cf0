import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/load/parse-source.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../../src/validate/settings.js';

const BOM = '\uFEFF';

/** parseSource on bytes as read from disk; "LINE:COL rule: message" for each problem. */
function problemsOf(content: string | Buffer, maxBytes = DEFAULT_MAX_FILE_BYTES): string[] {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return parseSource({ file: 'data/x.yaml', size: bytes.length, bytes }, maxBytes).problems.map((p) => `${p.line}:${p.column} ${p.rule}: ${p.message}`);
}

const SAMPLE = 'ministry:\n  code: MOJ\ntasks:\n  - id: MOJ-01\n    titel: x\n    owner: 1: 2\n';

describe('parseSource', () => {
  it.each([
    ['over the limit', 'a'.repeat(101), 100, '1:1 file-too-large: 101 bytes is over the limit of 100 bytes (max_file_bytes in p06.yaml); split the file'],
    ['over 1 MiB', 'a'.repeat(DEFAULT_MAX_FILE_BYTES + 1), DEFAULT_MAX_FILE_BYTES, '1:1 file-too-large: 1048577 bytes is over the limit of 1048576 bytes'],
    ['far over the limit', 'a'.repeat(3 * 1024 * 1024), DEFAULT_MAX_FILE_BYTES, '1:1 file-too-large: 3.0 MiB is over the limit of 1.0 MiB'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('a: 1\nb: 2\nc: x'), Buffer.from([0xc3, 0x28])]), DEFAULT_MAX_FILE_BYTES, '3:5 encoding: not valid UTF-8 (byte 0xC3 at offset 14); save the file as UTF-8'],
    ['UTF-16', Buffer.from('\uFEFFa: 1\n', 'utf16le'), DEFAULT_MAX_FILE_BYTES, '1:1 encoding: not valid UTF-8 (byte 0xFF at offset 0)'],
  ])('%s', (_name, content, max, expected) => {
    const problems = problemsOf(content, max);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('a file exactly at the limit is read', () => {
    expect(problemsOf('a: ' + 'x'.repeat(97), 100)).toEqual([]);
  });

  it('a file that was only measured (no bytes) is too large', () => {
    const loaded = parseSource({ file: 'data/big.yaml', size: 5_000_000 }, DEFAULT_MAX_FILE_BYTES);
    expect(loaded.value).toBeUndefined();
    expect(loaded.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual(['data/big.yaml:1:1 file-too-large']);
  });

  it.each([
    ['BOM', BOM + SAMPLE],
    ['CRLF', SAMPLE.replace(/\n/g, '\r\n')],
    ['BOM and CRLF', BOM + SAMPLE.replace(/\n/g, '\r\n')],
  ])('%s do not shift lines or columns', (_name, variant) => {
    const plain = problemsOf(SAMPLE);
    expect(plain).toEqual(['6:12 yaml-syntax: the owner contains ": ", which YAML reads as the start of another key; quote the owner: owner: "1: 2" (nothing else in this file is checked until this is fixed)']);
    expect(problemsOf(variant)).toEqual(plain);
  });

  it.each([
    ['BOM', BOM + 'ministry:\n  code: MOJ\n'],
    ['CRLF', 'ministry:\r\n  code: MOJ\r\n'],
  ])('%s: the values and their positions are those of the plain file', (_name, text) => {
    const loaded = parseSource({ file: 'x.yaml', size: text.length, bytes: Buffer.from(text) }, DEFAULT_MAX_FILE_BYTES);
    expect(loaded.value).toEqual({ ministry: { code: 'MOJ' } });
    expect(loaded.locate.value(['ministry', 'code'])).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 12, excerpt: '  code: MOJ' });
    expect(loaded.locate.key(['ministry'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 9, excerpt: 'ministry:' });
  });
});
