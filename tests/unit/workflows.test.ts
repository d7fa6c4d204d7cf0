import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-cli.js';

// The workflows run with a token on every pull request: they must not run
// code they did not pin, leave the token where the pull request's code can
// read it, or fetch a package named p06 from the registry (the name is not
// claimed there).

const dir = join(ROOT, '.github', 'workflows');
const workflows = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
const steps = (text: string): Step[] => Object.values((parse(text) as { jobs: Record<string, { steps: Step[] }> }).jobs).flatMap((j) => j.steps);

describe.each(workflows)('$name', ({ text }) => {
  it('pins every action by commit, with its tag in a comment', () => {
    const uses = text.split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
  });

  it('checks out without persisting the token', () => {
    const checkouts = steps(text).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const s of checkouts) expect(s.with?.['persist-credentials']).toBe(false);
  });

  it('never lets npx fetch p06 from the registry', () => {
    for (const s of steps(text)) expect(s.run ?? '').not.toMatch(/\bnpx\b(?![^\n]*--no-install)[^\n]*\bp06\b/);
    expect(steps(text).some((s) => /(node_modules\/\.bin\/p06|node bin\/p06\.js) /.test(s.run ?? ''))).toBe(true);
  });
});

describe('data.yml', () => {
  it("updates only a comment this workflow wrote: the author is github-actions[bot], not anyone whose comment starts with the marker", () => {
    const script = steps(workflows.find((w) => w.name === 'data.yml')!.text).find((s) => s.uses?.startsWith('actions/github-script@'))!.with!.script as string;
    expect(script).toContain("c.user?.login === 'github-actions[bot]'");
  });
});
