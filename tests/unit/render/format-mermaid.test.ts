import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../../src/render/format-mermaid.js';

// How a title is written into a Mermaid label. The diagrams themselves are
// drawn by Mermaid in tests/e2e/chromium.test.ts.

describe('mermaidText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['say "hi"', 'say #34;hi#34;'],
    ['a --> b', 'a --#62; b'],
    ['[x]{y}(z)', '#91;x#93;#123;y#125;#40;z#41;'],
    ['#35; & ;', '#35;35#59; #38; #59;'],
    ['Bộ Tư pháp', 'Bộ Tư pháp'],
  ])('%s → %s', (text, expected) => {
    expect(mermaidText(text)).toBe(expected);
  });
});

