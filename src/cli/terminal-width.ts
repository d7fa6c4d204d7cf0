import type { IO } from './io.js';

/**
 * The width a drawn table must fit, decided once, here. `COLUMNS` (a whole
 * number of at least 20) wins, so a table can be fitted on purpose, also
 * into a file (`COLUMNS=80 p06 summary --format table > s.txt`); else the
 * terminal's own width when stdout is a terminal. Output that is neither
 * goes to a file or a program, which has no width: the table is drawn
 * whole, nothing wrapped or left out.
 */
export function terminalWidth(io: Pick<IO, 'env' | 'stdout'>): number | undefined {
  const env = io.env.COLUMNS?.trim();
  if (env !== undefined && /^\d{1,5}$/.test(env) && Number(env) >= MIN_COLUMNS) return Number(env);
  if (io.stdout.isTTY && io.stdout.columns !== undefined && io.stdout.columns > 0) return Math.max(MIN_COLUMNS, io.stdout.columns);
  return undefined;
}

/** Below this nothing useful can be drawn; a narrower terminal gets records 20 columns wide. */
const MIN_COLUMNS = 20;
