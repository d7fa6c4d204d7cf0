import { Command, Option } from 'commander';
import { VERSION } from '../domain/version.js';
import { safeMultiline } from '../render/sanitize.js';
import { wordsFor } from '../i18n/langs.js';
import { wordCommandLineError } from './command-line-errors.js';
import { langOfArgv } from './lang-of-argv.js';
import { registerExport } from './commands/export.js';
import { registerGraph } from './commands/graph.js';
import { registerReports } from './commands/report.js';
import { registerBrief } from './commands/brief.js';
import { registerChanges } from './commands/changes.js';
import { registerDemo } from './commands/demo.js';
import { registerInit } from './commands/init.js';
import { registerReview } from './commands/review.js';
import { registerTrend } from './commands/trend.js';
import { registerValidate } from './commands/validate.js';
import { commandWord } from './command-word.js';
import type { CommandContext } from './options.js';

// The editing commands import the YAML editor and Zod (about half of p06's
// code): a run that names another command never loads them, so a report
// read from the cache starts as fast as before they existed. Help, an
// unknown command and no command at all load them, to list them.
const editCommands = () => import('./commands/edit-commands.js');

/** The commander program: global options, then each command module registers itself (the editing ones only when `argv` may need them). */
export async function buildProgram(context: CommandContext, argv: readonly string[]): Promise<Command> {
  const { io } = context;
  // The command line's own mistakes are found before p06.yaml is read: they follow --lang.
  const words = await wordsFor(io.lang ?? langOfArgv(argv));
  const program = new Command('p06')
    .description("Task tracker for Vietnam's Project 06: validate the ministries' YAML task files and report what is overdue and at risk")
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--data <dir>', 'data directory (default: "data:" in p06.yaml, else ./data)')
    .option('--config <file>', 'configuration file (default: p06.yaml here or in a parent folder)')
    .option('--as-of <date>', 'compute for this date, YYYY-MM-DD (default: today in the configured time zone)')
    .option('--json', 'short for --format json')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'never colour the output')
    .option('--no-cache', 'neither read nor write the cache of validated data')
    .option('--lang <lang>', 'language of what a person reads: en or vi (default: lang in p06.yaml, else en)')
    // Accepted before the command too (scripts write it there); reports list it as their own option.
    .addOption(new Option('--skip-invalid').hideHelp())
    .showHelpAfterError(words.notes.usageHint)
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(safeMultiline(s)),
      outputError: (s, write) => write(wordCommandLineError(s, words)),
    })
    .exitOverride();

  registerValidate(program, context);
  registerReports(program, context);
  registerReview(program, context);
  registerGraph(program, context);
  registerExport(program, context);
  registerInit(program, context);
  for (const register of [registerChanges, registerTrend, registerBrief, registerDemo]) register(program, context);
  const word = commandWord(program, argv);
  if (!program.commands.some((c) => c.name() === word || c.aliases().includes(word ?? ''))) {
    // Listed where they always were: after review, before init.
    const commands = program.commands as Command[];
    const after = commands.splice(commands.findIndex((c) => c.name() === 'init'));
    (await editCommands()).registerEditCommands(program, context);
    commands.push(...after);
  }
  // Subcommands inherit exitOverride, configureOutput, configureHelp and showHelpAfterError from the program.
  return program;
}
