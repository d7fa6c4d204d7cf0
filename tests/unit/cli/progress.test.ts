import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/cli/progress.js';

function setup() {
  let t = 0;
  const writes: string[] = [];
  const tick = progressLine({ write: (s) => void writes.push(String(s)), isTTY: true }, () => new Date(t), (d, n) => `checking ${d} of ${n}`);
  return { writes, tick, advance: (ms: number) => void (t += ms) };
}

describe('progressLine', () => {
  it('says nothing for work done within a second', () => {
    const { writes, tick, advance } = setup();
    for (let i = 1; i <= 100; i++) {
      advance(9);
      tick(i, 100);
    }
    expect(writes).toEqual([]);
  });

  it('after a second, rewrites one line at most once per percent, and erases it at the end', () => {
    const { writes, tick, advance } = setup();
    advance(1500);
    for (let i = 1; i <= 400; i++) tick(i, 400);
    expect(writes[0]).toBe('\rchecking 1 of 400');
    // percents 0 to 99, then the erase
    expect(writes).toHaveLength(101);
    expect(writes[99]).toBe('\rchecking 396 of 400');
    expect(writes[100]).toBe('\r\u001b[K');
  });
});
