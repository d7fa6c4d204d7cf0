import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';

// Many p06 processes editing one file at once: each either succeeds (and its
// change is in the final file) or is refused with a one-line message; no
// update is lost and the file always validates. Six are enough to contend:
// three adding tasks (each must take its own id), two setting fields of
// different tasks, and an extension of a task whose owner another run sets.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Outcome {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(dir: string, args: string[]): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, '--as-of', '2024-06-10', '--no-cache', ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ args, code, stdout, stderr }));
  });
}

describe('concurrent edits', () => {
  it('six p06 processes on one file: every success is in the final file, no lost update', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'p06-race-'));
    dirs.push(dir);
    cpSync(fixture('edit-basic'), dir, { recursive: true });
    const runs: string[][] = [];
    for (let i = 0; i < 3; i++) runs.push(['add', 'MOJ', '--title', `Concurrent task ${i}`, '--owner', 'Office', '--deadline', '2024-Q4', '--result', `R${i}`]);
    runs.push(['set', 'MOJ-01', 'notes=written by run A']);
    runs.push(['set', 'MOJ-03', 'owner=Written by run C']);
    runs.push(['extend', 'MOJ-03', '--to', '2025-Q1', '--reason', 'run D']);
    const outcomes = await Promise.all(runs.map((args) => start(dir, args)));

    const text = readFileSync(join(dir, 'data/moj.yaml'), 'utf8');
    const tasks = (parse(text) as { tasks: Record<string, unknown>[] }).tasks;
    const byTitle = new Map(tasks.map((t) => [t.title, t]));
    let succeeded = 0;
    for (const o of outcomes) {
      // A refusal is one clean line, never a stack trace or an internal error.
      if (o.code !== 0) {
        expect(o.code, o.stderr).toBe(1);
        expect(o.stderr.trim().split('\n')).toHaveLength(1);
        expect(o.stderr).not.toMatch(/internal error|\n\s+at /);
        continue;
      }
      succeeded++;
      if (o.args[0] === 'add') {
        const id = /^data\/moj\.yaml:\d+: (MOJ-\d+) added$/m.exec(o.stdout)![1];
        expect(byTitle.get(o.args[3])?.id).toBe(id);
      }
    }
    expect(succeeded).toBeGreaterThan(0);
    const done = (args: string[]) => outcomes.some((o) => o.code === 0 && o.args.join(' ') === args.join(' '));
    const task = (id: string) => tasks.find((t) => t.id === id)!;
    if (done(runs[3]!)) expect(task('MOJ-01').notes).toBe('written by run A');
    if (done(runs[4]!)) expect(task('MOJ-03').owner).toBe('Written by run C');
    if (done(runs[5]!)) expect(task('MOJ-03').deadline).toBe('2025-Q1');
    // Ids are unique and the file validates.
    const ids = tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(tasks.length).toBe(3 + outcomes.filter((o) => o.code === 0 && o.args[0] === 'add').length);
    expect((await runMain(['--as-of', '2024-06-10', '--no-cache', 'validate'], { cwd: dir })).exitCode).toBe(0);
    // No lock or temporary file is left behind.
    expect(readFileSync(join(dir, 'data/moj.yaml'), 'utf8')).toBe(text);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['mof.yaml', 'moj.yaml']);
  }, 120_000);
});
