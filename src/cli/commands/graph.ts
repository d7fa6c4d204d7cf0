import { Option, type Command } from 'commander';
import { dependencyGraph } from '../../reports/dependency-graph.js';
import { wordsFor } from '../../i18n/langs.js';
import type { TaskFilter } from '../../reports/filter-tasks.js';
import type { Workspace } from '../../workspace/open-workspace.js';
import type { IO } from '../io.js';
import { chooseFormat, globals, workspaceFor, type CommandContext } from '../options.js';
import { writeOutput } from '../output-file.js';
import { FLAG_OPTIONS, checkedFilter, datasetOrRefuse, parseFilter, type ReportFlags } from './report.js';

// Known here without loading the renderers (they load when the command runs).
const FORMATS = ['mermaid', 'dot', 'svg'] as const;

export interface GraphOptions {
  filter: TaskFilter;
  format: (typeof FORMATS)[number];
  focus?: string;
  skipInvalid: boolean;
  output?: string;
}

export function registerGraph(program: Command, { io, setExit }: CommandContext): void {
  const cmd = program
    .command('graph')
    .description('the dependency graph, clustered by ministry: overdue red, at risk amber, done grey')
    .addOption(new Option('--format <format>', 'mermaid (for Markdown and GitHub), dot (Graphviz) or svg (default: mermaid)').choices(FORMATS))
    .option('--focus <id>', 'only this task, everything it depends on and everything that depends on it')
    .option('--skip-invalid', 'draw the valid files, naming the files left out')
    .option('--output <file>', 'write the graph to this file instead of stdout');
  FLAG_OPTIONS.filters(cmd);
  cmd.action(async (_opts, command: Command) => {
    const o = globals(command) as ReportFlags & ReturnType<typeof globals> & { focus?: string };
    const { filter } = parseFilter(o);
    const options: GraphOptions = { filter, format: chooseFormat(command, FORMATS, 'mermaid'), skipInvalid: o.skipInvalid === true };
    if (o.focus !== undefined) options.focus = o.focus;
    if (o.output !== undefined) options.output = o.output;
    setExit(await runGraph(await workspaceFor(command, io), options, io));
  });
}

export async function runGraph(ws: Workspace, options: GraphOptions, io: IO): Promise<number> {
  const words = await wordsFor(ws.lang);
  const { dataset: ds } = await datasetOrRefuse(ws, { skipInvalid: options.skipInvalid, within: ws.settings.atRiskDays }, words, io);
  const filter = checkedFilter(ds, options.filter);
  const graph = dependencyGraph(ds, { filter: filter, ...(options.focus === undefined ? {} : { focus: options.focus }) });
  const [{ renderGraph }, { filterText }] = await Promise.all([import('../../render/render-graph.js'), import('../../render/filter-text.js')]);
  const subtitle = filterText(filter, words);
  await writeOutput(await renderGraph(graph, options.format, { words, ...(subtitle === undefined ? {} : { subtitle }) }), options.output, io);
  return 0;
}
