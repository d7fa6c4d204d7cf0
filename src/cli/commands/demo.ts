import type { Command } from 'commander';
import { relative, resolve, sep } from 'node:path';
import { readDataSources, loadData, type Workspace } from '../../workspace/open-workspace.js';
import { sayUserError } from '../../i18n/errors.js';
import { wordsFor } from '../../i18n/langs.js';
import { oneLine } from '../../render/sanitize.js';
import type { IO } from '../io.js';
import { writeDemoRepo } from '../demo-repo.js';
import { chooseFormat, globals, parseDateFlag, workspaceFor, type CommandContext } from '../options.js';

export const DEMO_CONFIG = `# The demo repository of p06: the data's history replayed from the dates it records.
data: data
timezone: Asia/Ho_Chi_Minh
`;

export function registerDemo(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('demo <dir>')
    .description("build a git repository in DIR whose dated commits replay the data's timeline, with the meetings tagged (try changes, trend and brief there)")
    .action(async (dir: string, _opts, cmd: Command) => {
      const ws = await workspaceFor(cmd, io);
      setExit(await runDemo(ws, dir, io));
    });
}

/** `dir` as the user wrote it, relative to the working directory. */
export async function runDemo(ws: Workspace, dir: string, io: IO): Promise<number> {
  const validation = await loadData(ws, true);
  const errors = validation.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw sayUserError((w) => w.write.demoInvalid(errors.length));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files = readDataSources(ws).map((s) => ({ path: relative(ws.dataDir, resolve(ws.cwd, s.file)).split(sep).join('/'), text: decoder.decode(s.bytes) }));
  const { replayTimeline } = await import('../../edit/replay-timeline.js');
  const commits = replayTimeline(files);
  writeDemoRepo(commits, { dir: resolve(io.cwd, dir), dataDir: 'data', config: DEMO_CONFIG, offset: '+07:00', env: io.env });
  const tags = commits.filter((c) => c.tag !== undefined).map((c) => c.tag).join(', ');
  io.stderr.write(`${(await wordsFor(ws.lang)).write.demoWrote(commits.length, oneLine(dir), tags)}\n`);
  return 0;
}
