import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../src/validate/find-cycles.js';

/** "a>b b>c" → the graph a → b, b → c; nodes in order of first appearance. */
function cyclesOf(spec: string): string[][] {
  const edges = new Map<string, string[]>();
  for (const edge of spec.split(' ').filter(Boolean)) {
    const [from, to] = edge.split('>') as [string, string];
    if (!edges.has(from)) edges.set(from, []);
    if (!edges.has(to)) edges.set(to, []);
    edges.get(from)!.push(to);
  }
  return findCycles([...edges.keys()], (id) => edges.get(id) ?? []);
}

describe('findCycles names every cycle in full, from its first id in sort order', () => {
  it.each<[string, string[][]]>([
    ['a>b b>c', []],
    ['a>b a>c b>d c>d', []],
    ['a>b b>a', [['a', 'b']]],
    ['a>b b>c c>a', [['a', 'b', 'c']]],
    ['c>a a>b b>c', [['a', 'b', 'c']]],
    ['x>a a>b b>c c>a c>y', [['a', 'b', 'c']]],
    ['a>b b>a c>d d>e e>c', [['a', 'b'], ['c', 'd', 'e']]],
    // Two cycles sharing a task form one component; the shortest cycle through its first id is named.
    ['a>b b>a b>c c>b', [['a', 'b']]],
  ])('%s → %j', (spec, cycles) => {
    expect(cyclesOf(spec).sort()).toEqual(cycles);
  });

  it('walks a cycle of 20,000 tasks without overflowing the stack', () => {
    const n = 20_000;
    const ids = Array.from({ length: n }, (_, i) => `T-${i}`);
    const cycles = findCycles(ids, (id) => [`T-${(Number(id.slice(2)) + 1) % n}`]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
  });
});
