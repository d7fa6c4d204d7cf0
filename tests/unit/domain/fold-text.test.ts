import { describe, expect, it } from 'vitest';
import { foldText, sameFolded, textIncludes } from '../../../src/domain/fold-text.js';

const NFD = (s: string) => s.normalize('NFD');

describe('foldText: how a search matches Vietnamese however it was typed', () => {
  it.each([
    ['Bộ Công an', 'bo cong an'],
    ['BỘ CÔNG AN', 'bo cong an'],
    [NFD('Sở Nội vụ'), 'so noi vu'],
    ['Thanh Hoá', 'thanh hoa'],
    ['Thanh Hóa', 'thanh hoa'],
    ['Đề án 06', 'de an 06'],
    ['Bộ Lao động - Thương binh và Xã hội', 'bo lao dong - thuong binh va xa hoi'],
    ['  Ministry   Office ', 'ministry office'],
    ['Ministry of Justice', 'ministry of justice'],
  ])('%s → %s', (text, folded) => expect(foldText(text)).toBe(folded));

  it.each([
    ['Bộ Công an', 'bo cong an', true],
    ['Bộ Công an', 'Bộ Công an', true],
    ['Bộ Công an', 'BỘ CÔNG AN', true],
    ['Sở Nội vụ tỉnh Thanh Hóa', NFD('Sở Nội vụ'), true],
    ['Ủy ban nhân dân tỉnh Thanh Hóa', 'Thanh Hoá', true],
    ['Department of Land Administration', 'land admin', true],
    ['Bộ Tư pháp', 'Bộ Công an', false],
    ['Ministry Office', 'Minstry Office', false],
  ])('%s includes %s: %s', (text, query, expected) => expect(textIncludes(text, query)).toBe(expected));

  it('compares whole names folded', () => {
    expect(sameFolded('Bộ Tư pháp', 'bo tu phap')).toBe(true);
    expect(sameFolded('Bộ Tư pháp', 'bo tu')).toBe(false);
  });
});
