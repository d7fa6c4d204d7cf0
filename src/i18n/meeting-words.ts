import type { Lang } from './langs.js';
import type { MeetingWords } from './meeting-en.js';

export type { MeetingWords } from './meeting-en.js';

/** The meeting pack's catalogue for a language, loaded only by changes, trend and brief. */
export async function meetingWordsFor(lang: Lang): Promise<MeetingWords> {
  if (lang === 'vi') return (await import('./meeting-vi.js')).meetingVi;
  return (await import('./meeting-en.js')).meetingEn;
}
