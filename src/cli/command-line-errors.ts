import type { Words } from '../i18n/en.js';

/**
 * Commander's complaint about the command line, worded from the catalogue.
 * Commander only hands over its English sentence, so each kind it makes is
 * recognised by its shape (commander 14's wording, held by a test that
 * checks the English catalogue gives back exactly what commander wrote); a
 * sentence of another shape is passed on as commander wrote it.
 */
export function wordCommandLineError(message: string, words: Words): string {
  const w = words.commandLine;
  const text = message.replace(/\n$/, '');
  let m: RegExpExecArray | null;
  if ((m = /^error: unknown option '(.*)'((?:\n\(Did you mean .*\?\))?)$/s.exec(text))) return `${w.unknownOption(m[1]!, similar(m[2]!))}\n`;
  if ((m = /^error: unknown command '(.*)'((?:\n\(Did you mean .*\?\))?)$/s.exec(text))) return `${w.unknownCommand(m[1]!, similar(m[2]!))}\n`;
  if ((m = /^error: missing required argument '(.*)'$/s.exec(text))) return `${w.missingArgument(m[1]!)}\n`;
  if ((m = /^error: option '(.*)' argument missing$/s.exec(text))) return `${w.optionArgumentMissing(m[1]!)}\n`;
  if ((m = /^error: required option '(.*)' not specified$/s.exec(text))) return `${w.requiredOption(m[1]!)}\n`;
  if ((m = /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s.exec(text))) return `${w.invalidChoice(m[1]!, m[2]!, m[3]!)}\n`;
  if ((m = /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(text))) {
    return `${w.tooManyArguments(m[1], Number(m[2]), Number(m[3]))}\n`;
  }
  return message;
}

/** The names in commander's "(Did you mean X?)" or "(Did you mean one of X, Y?)". */
function similar(suffix: string): string[] {
  const m = /^\n\(Did you mean (?:one of )?(.*)\?\)$/s.exec(suffix);
  return m === null ? [] : m[1]!.split(', ');
}
