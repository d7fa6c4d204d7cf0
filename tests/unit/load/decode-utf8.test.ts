import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../../src/load/decode-utf8.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** Where decoding fails, as "line:col byte 0xNN at offset N", or the text. */
function decoded(input: Uint8Array): string {
  const d = decodeUtf8(input);
  return d.ok ? d.text : `${d.at.line}:${d.at.column} ${d.detail}`;
}

describe('decodeUtf8: strict, with the position of the first bad byte', () => {
  it.each([
    ['ascii', bytes('a: 1\n'), 'a: 1\n'],
    ['Vietnamese', bytes('name_vi: Bộ Tư pháp\n'), 'name_vi: Bộ Tư pháp\n'],
    ['BOM dropped', bytes([0xef, 0xbb, 0xbf], 'a: 1\n'), 'a: 1\n'],
    ['bad byte on line 3', bytes('a: 1\nb: 2\nc: x', [0xc3, 0x28], '\n'), '3:5 byte 0xC3 at offset 14'],
    ['column counts characters, not bytes', bytes('a: 1\nb: 2\nc: ộ', [0xff]), '3:5 byte 0xFF at offset 16'],
    ['BOM does not shift the column', bytes([0xef, 0xbb, 0xbf], 'c: x', [0xc3, 0x28]), '1:5 byte 0xC3 at offset 7'],
    ['CRLF does not shift the column', bytes('a: 1\r\nb: 2\r\nc: x', [0xc3, 0x28]), '3:5 byte 0xC3 at offset 16'],
    ['Latin-1 é', bytes('name: Caf', [0xe9], '\n'), '1:10 byte 0xE9 at offset 9'],
    ['overlong NUL', bytes('x', [0xc0, 0x80]), '1:2 byte 0xC0 at offset 1'],
    ['UTF-16 surrogate', bytes('x', [0xed, 0xa0, 0x80]), '1:2 byte 0xED at offset 1'],
    ['beyond U+10FFFF', bytes('x', [0xf4, 0x90, 0x80, 0x80]), '1:2 byte 0xF4 at offset 1'],
    ['truncated at the end', bytes('xy', [0xe1, 0xba]), '1:3 byte 0xE1 at offset 2'],
    ['lone continuation byte', bytes('x', [0x80]), '1:2 byte 0x80 at offset 1'],
  ])('%s', (_name, input, expected) => {
    expect(decoded(input)).toBe(expected);
  });

  it('never yields a replacement character', () => {
    const d = decodeUtf8(bytes('ok ', [0xff]));
    expect(d.ok).toBe(false);
  });
});

describe('firstInvalidByte', () => {
  it.each([
    ['ascii', bytes('abc'), 3],
    ['Vietnamese', bytes('Bộ Tư pháp'), Buffer.byteLength('Bộ Tư pháp')],
    ['four-byte emoji', bytes('😀'), 4],
    ['cut-off sequence', bytes('ab', [0xc3]), 2],
    ['0xF5 lead byte', bytes('ab', [0xf5, 0x80, 0x80, 0x80]), 2],
    ['overlong three-byte', bytes('a', [0xe0, 0x80, 0x80]), 1],
    ['nothing', bytes([]), 0],
  ])('%s → %i', (_name, input, offset) => {
    expect(firstInvalidByte(input)).toBe(offset);
  });
});
