import type { Problem, ProblemSays } from '../domain/problem.js';
import { problemsEn } from './en-problems.js';
import type { Words } from './en.js';

type ProblemWords = typeof problemsEn;
export type ProblemKey = keyof ProblemWords;

/** A problem's message in English, and the key and facts to word it again in another language. */
export interface Worded {
  message: string;
  says: ProblemSays;
}

export function worded<K extends ProblemKey>(key: K, ...params: Parameters<ProblemWords[K]>): Worded {
  const say = problemsEn[key] as (...p: Parameters<ProblemWords[K]>) => string;
  return { message: say(...params), says: { key, params } };
}

/**
 * A problem as a person reads it in `words`' language. English is the
 * message itself (machine output keeps it). Another language words the
 * problem from its key; a message with no key (the YAML parser's and the
 * schema library's own words) follows the rule's name in that language.
 */
export function problemMessage(p: Problem, words: Words): string {
  if (words.lang === 'en') return p.message;
  const say = p.says === undefined ? undefined : (words.problem as Record<string, ((...a: unknown[]) => string) | undefined>)[p.says.key];
  if (say !== undefined) {
    // Facts come from the cache, which anyone could have edited: words that cannot be made fall back to English.
    try {
      return say(...p.says!.params);
    } catch {
      return p.message;
    }
  }
  return `${words.rule[p.rule]}: ${p.message}`;
}
