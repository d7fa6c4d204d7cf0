import { displayWidth } from '../render/display-width.js';
import type { Stream } from './io.js';

/** How long work may run before a progress line is worth showing. */
const QUIET_MS = 1000;

/**
 * A line on stderr, rewritten in place, for long work: nothing until a
 * second has passed (most runs finish first), then at most one write per
 * percent, and the line is erased when the work is done. The caller gives it
 * only a terminal: piped or redirected, stderr gets no progress. The line is
 * cut to the terminal's width, because `\r` returns only to the start of the
 * last row: a line that wrapped would leave its first rows on the screen.
 */
export function progressLine(stream: Stream, now: () => Date, text: (done: number, total: number) => string): (done: number, total: number) => void {
  const start = now().getTime();
  let shown = false;
  let last = -1;
  return (done, total) => {
    if (done >= total) {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
      return;
    }
    const percent = Math.floor((done * 100) / total);
    if (percent === last || (!shown && now().getTime() - start < QUIET_MS)) return;
    last = percent;
    shown = true;
    stream.write(`\r${fitted(text(done, total), stream.columns)}`);
  };
}

/** The text cut to one column less than the width (a full row would move the cursor on some terminals), an ellipsis where cut. */
function fitted(text: string, columns: number | undefined): string {
  if (columns === undefined || columns <= 1 || displayWidth(text) < columns) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) >= columns) break;
    out += ch;
  }
  return `${out}…`;
}
