import { describe, expect, it } from 'vitest';
import { toNfc } from '../../../src/validate/to-nfc.js';

describe('toNfc: text is NFC once loaded (SPEC §10)', () => {
  it('composes every string value, however deep', () => {
    const nfd = 'Sở Nội vụ'.normalize('NFD');
    const doc = { ministry: { name_vi: nfd }, tasks: [{ owner: nfd, refs: [nfd, 'Decree 59'] }] };
    expect(toNfc(doc)).toEqual({ ministry: { name_vi: 'Sở Nội vụ' }, tasks: [{ owner: 'Sở Nội vụ', refs: ['Sở Nội vụ', 'Decree 59'] }] });
    expect(doc.tasks[0]!.owner).toBe('Sở Nội vụ'.normalize('NFC'));
    expect(doc.tasks[0]!.owner.length).toBeLessThan(nfd.length);
  });

  it('leaves numbers, booleans and null alone', () => {
    expect(toNfc({ a: 2024, b: true, c: null, d: [1, 'x'] })).toEqual({ a: 2024, b: true, c: null, d: [1, 'x'] });
  });

  it('never touches a prototype through a "__proto__" key', () => {
    const doc = Object.create(null) as Record<string, unknown>;
    Object.defineProperty(doc, '__proto__', { value: 'Bộ'.normalize('NFD'), enumerable: true, writable: true, configurable: true });
    toNfc(doc);
    expect(Object.getPrototypeOf(doc)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(doc, '__proto__')!.value).toBe('Bộ');
  });
});
