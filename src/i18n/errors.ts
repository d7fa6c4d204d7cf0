import { UsageError, UserError } from '../domain/errors.js';
import { en, type Words } from './en.js';

type ErrorWords = Words['errors'];

/** A user error worded from the catalogue: English in its message, any language when printed. */
export function userError<K extends keyof ErrorWords>(key: K, ...params: Parameters<ErrorWords[K]>): UserError {
  const say = (w: Words) => (w.errors[key] as (...p: Parameters<ErrorWords[K]>) => string)(...params);
  return new UserError(say(en), say as (words: never) => string);
}

/** What an error says, as a function of the reader's catalogue. */
export type Saying = (w: Words) => string;

/** A user error (exit 1) that says `say` in the reader's language; its message is the English. */
export function sayUserError(say: Saying): UserError {
  return new UserError(say(en), say as (words: never) => string);
}

/** A usage error (exit 2) that says `say` in the reader's language; its message is the English. */
export function sayUsageError(say: Saying): UsageError {
  return new UsageError(say(en), say as (words: never) => string);
}

/** An error's words in the reader's language: its wording when it has one, else its message. */
export function errorText(error: Error, words: Words): string {
  const wording = (error as { wording?: unknown }).wording;
  return typeof wording === 'function' ? (wording as Saying)(words) : error.message;
}
