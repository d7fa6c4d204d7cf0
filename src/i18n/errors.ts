import { UserError } from '../domain/errors.js';
import { en, type Words } from './en.js';

type ErrorWords = Words['errors'];

/** A user error worded from the catalogue: English in its message, any language when printed. */
export function userError<K extends keyof ErrorWords>(key: K, ...params: Parameters<ErrorWords[K]>): UserError {
  const say = (w: Words) => (w.errors[key] as (...p: Parameters<ErrorWords[K]>) => string)(...params);
  return new UserError(say(en), say as (words: never) => string);
}
