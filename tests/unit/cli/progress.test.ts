import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/cli/progress.js';
import { displayWidth } from '../../../src/render/display-width.js';

function setup(columns?: number, text = (d: number, n: number) => `checking ${d} of ${n}`) {
  let t = 0;
  const writes: string[] = [];
  const tick = progressLine({ write: (s) => void writes.push(String(s)), isTTY: true, columns }, () => new Date(t), text);
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

  it('cuts the line to the terminal: a wrapped line would leave its first row behind when erased', () => {
    const { writes, tick, advance } = setup(40, (d, n) => `p06: đang kiểm tra các tệp nhiệm vụ, ${d}/${n}`);
    advance(1500);
    tick(11, 12);
    expect(writes).toEqual(['\rp06: đang kiểm tra các tệp nhiệm vụ, 1…']);
    expect(displayWidth(writes[0]!.slice(1))).toBe(39);
  });

  it('leaves a line that fits as it is', () => {
    const { writes, tick, advance } = setup(40);
    advance(1500);
    tick(11, 12);
    expect(writes).toEqual(['\rchecking 11 of 12']);
  });
});
