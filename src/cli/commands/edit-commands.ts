import type { Command } from 'commander';
import type { CommandContext } from '../options.js';
import { registerAdd } from './add.js';
import { registerCancel } from './cancel.js';
import { registerDone } from './done.js';
import { registerExtend } from './extend.js';
import { registerFmt } from './fmt.js';
import { registerSet } from './set.js';

/** The commands that change task files, in the order help lists them; they bring the YAML editor and Zod with them. */
export function registerEditCommands(program: Command, context: CommandContext): void {
  for (const register of [registerAdd, registerSet, registerDone, registerExtend, registerCancel, registerFmt]) register(program, context);
}
