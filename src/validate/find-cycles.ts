/**
 * Every dependency cycle, one per strongly connected component of more than
 * one task, named in full: [a, b, c] means a → b → c → a. Iterative (Tarjan),
 * so a long chain cannot overflow the stack.
 */
export function findCycles(nodes: readonly string[], edges: (id: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    // Each frame keeps its edge list: asking `edges` again on every step would cost the degree squared.
    const work: { id: string; out: readonly string[]; next: number }[] = [{ id: root, out: edges(root), next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.out.length) {
        const to = frame.out[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, out: edges(to), next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components.map((c) => cycleThrough(c, edges));
}

/** A shortest cycle through the component's first id (in sorted order), found by BFS. */
function cycleThrough(component: string[], edges: (id: string) => readonly string[]): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const parent = new Map<string, string>([[start, start]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const to of edges(id)) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [id];
        while (path[path.length - 1] !== start) path.push(parent.get(path[path.length - 1]!)!);
        return path.reverse();
      }
      if (!parent.has(to)) {
        parent.set(to, id);
        queue.push(to);
      }
    }
  }
  return component;
}
