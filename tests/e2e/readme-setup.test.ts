import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-cli.js';

// README's "Setting up the data repository" must work as written: it copies
// only what the installed package holds, runs the installed p06 (never a
// registry package of the same name), and its hook needs no tag of p06.

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Setting up the data repository'), readme.indexOf('## The cache'));
const blocks = (lang: string) => [...section.matchAll(new RegExp('```' + lang + '\\n([^]*?)```', 'g'))].map((m) => m[1]!);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; scripts: Record<string, string> };

describe("README: setting up the data repository", () => {
  it('is there, with its shell commands', () => {
    expect(blocks('sh')).toHaveLength(1);
  });

  it('installs from git, pinned, and builds through prepare', () => {
    expect(blocks('sh')[0]).toMatch(/npm install --save-dev "git\+https:\/\/github\.com\/<owner>\/p06\.git#<commit>"/);
    expect(pkg.scripts.prepare).toBe('node scripts/build.mjs');
  });

  it('copies only what the package ships (package.json "files")', () => {
    const copied = [...blocks('sh')[0]!.matchAll(/node_modules\/p06\/(\S+)/g)].map((m) => m[1]!);
    expect(copied).toEqual(['schemas/*.json', '.github/workflows/data.yml']);
    for (const path of copied) {
      const dir = path.replace(/\/\*\.json$/, '');
      expect(pkg.files.some((f) => dir === f || dir.startsWith(`${f}/`)), `${path} is not in package.json "files"`).toBe(true);
      expect(existsSync(join(ROOT, dir))).toBe(true);
    }
  });

  it('every npx runs the installed p06 (--no-install); the workflow it copies never uses npx', () => {
    const workflow = readFileSync(join(ROOT, '.github/workflows/data.yml'), 'utf8');
    const steps = (parse(workflow) as { jobs: { review: { steps: { run?: string }[] } } }).jobs.review.steps;
    expect(steps.filter((s) => s.run?.includes('npx'))).toEqual([]);
    // Every call, leaving out the prose that names the flag itself.
    const calls = [...section.matchAll(/npx [^\n`"]*/g)].map((m) => m[0]).filter((c) => c !== 'npx --no-install');
    expect(calls.length).toBeGreaterThan(1);
    for (const call of calls) expect(call).toMatch(/^npx --no-install p06\b/);
  });

  it('the pre-commit hook is local: no tag of p06 that does not exist', () => {
    const config = parse(blocks('yaml').find((b) => b.includes('repos:'))!) as { repos: { repo: string; hooks: { entry: string; language: string; files: string }[] }[] };
    expect(config.repos).toEqual([{ repo: 'local', hooks: [expect.objectContaining({ id: 'p06-validate', entry: 'npx --no-install p06 validate', language: 'system', pass_filenames: false })] }]);
    expect(new RegExp(config.repos[0]!.hooks[0]!.files).test('data/moj.yaml')).toBe(true);
    expect(section).not.toMatch(/rev: v0\.1\.0/);
  });

  it('CODEOWNERS names each ministry file as the data is laid out (data/<code>.yaml)', () => {
    const owners = blocks('text').find((b) => b.includes('@<org>'))!.trim().split('\n');
    for (const line of owners.filter((l) => l.startsWith('/data/'))) expect(line).toMatch(/^\/data\/[a-z0-9]+\.yaml +@<org>\/[a-z0-9]+-editors$/);
  });
});
