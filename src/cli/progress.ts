import type { Stream } from './io.js';

/** How long work may run before a progress line is worth showing. */
const QUIET_MS = 1000;

/**
 * A line on stderr, rewritten in place, for long work: nothing until a
 * second has passed (most runs finish first), then at most one write per
 * percent, and the line is erased when the work is done. The caller gives it
 * only a terminal: piped or redirected, stderr gets no progress.
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
    stream.write(`\r${text(done, total)}`);
  };
}
