import { describe, expect, it } from 'vitest';
import { oneLine, safeJson, safeMultiline } from '../../../src/render/sanitize.js';
import { rawUnsafe } from '../../helpers/unsafe-text.js';

describe('oneLine', () => {
  // raw text → what may reach a terminal
  it.each([
    ['plain text', 'plain text'],
    ['Bộ Công an', 'Bộ Công an'],
    ['Thanh Hoá', 'Thanh Hoá'],
    ['Thanh Hoa\u0301', 'Thanh Hoa\u0301'], // decomposed diacritics stay as written
    ['\x1b[31mred\x1b[0m', '\\x1B[31mred\\x1B[0m'], // ESC: would recolour the terminal
    ['\x1b]0;pwned\x07', '\\x1B]0;pwned\\x07'], // OSC: would retitle it
    ['\u009b2J', '\\x9B2J'], // C1 CSI: would clear it
    ['\u0085next', '\\x85next'],
    ['\x7f', '\\x7F'],
    ['\x00', '\\x00'],
    ['abc\u202Eexe.txt', 'abc\\u202Eexe.txt'], // right-to-left override
    ['\u2066isolate\u2069', '\\u2066isolate\\u2069'],
    ['\u200F\u061C', '\\u200F\\u061C'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['two\nlines', 'two lines'],
    ['crlf\r\nline', 'crlf line'],
    ['cr\rline', 'cr line'],
    ['tab\there', 'tab here'],
  ])('%j → %j', (raw, shown) => {
    expect(oneLine(raw)).toBe(shown);
  });
});

describe('safeMultiline', () => {
  it.each([
    ['a\nb', 'a\nb'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['\x1b[2Ja\tb', '\\x1B[2Ja b'],
    ['\u202Eb', '\\u202Eb'],
  ])('%j → %j', (raw, shown) => {
    expect(safeMultiline(raw)).toBe(shown);
  });
});

describe('safeJson', () => {
  // text → how it is written inside the JSON string
  it.each([
    ['\u202E', '\\u202e'],
    ['\u0085', '\\u0085'],
    ['\u009b', '\\u009b'],
    ['\x7f', '\\u007f'],
    ['\u2028', '\\u2028'],
    ['\u2066', '\\u2066'],
    ['\x1b', '\\u001b'], // JSON.stringify's own escape
    ['Bộ Công an', 'Bộ Công an'],
  ])('%j is written %s and read back unchanged', (text, written) => {
    const json = safeJson({ title: `a${text}b` });
    expect(json).toContain(`a${written}b`);
    expect(rawUnsafe(json)).toBeUndefined();
    expect(JSON.parse(json)).toEqual({ title: `a${text}b` });
  });
});
