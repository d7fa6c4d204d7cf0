import type { Words } from './en.js';

/** The languages p06 speaks: English by default, Vietnamese with --lang vi or `lang: vi`. */
export const LANGS = ['en', 'vi'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A language's catalogue. English is in the main bundle; Vietnamese (and
 * date-fns with its locale) is loaded only when asked for, so `p06 overdue`
 * in English never pays for it.
 */
export async function wordsFor(lang: Lang): Promise<Words> {
  if (lang === 'vi') return (await import('./vi.js')).vi;
  return (await import('./en.js')).en;
}
