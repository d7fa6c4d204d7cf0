import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Cell, Section, Tone } from './report-grid.js';
import { oneLine } from './sanitize.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width; undefined when the output is not a terminal (nothing is wrapped). */
  width?: number;
}

const MIN_FLEX = 12;

/** Display width, near enough: combining marks take no column. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

function toneOf(chalk: ChalkInstance, tone: Tone | undefined): (s: string) => string {
  switch (tone) {
    case 'bad':
      return chalk.red;
    case 'warn':
      return chalk.yellow;
    case 'good':
      return chalk.green;
    case 'dim':
      return chalk.dim;
    case 'strong':
      return chalk.bold;
    default:
      return (s) => s;
  }
}

/**
 * Column widths that fit `width`: fixed columns keep their natural width,
 * free-text columns share what is left and wrap.
 */
export function fitWidths(natural: number[], flex: boolean[], width: number | undefined): number[] | undefined {
  const borders = natural.length + 1;
  const total = natural.reduce((a, b) => a + b, 0) + borders;
  if (width === undefined || total <= width) return undefined;
  const fixed = natural.reduce((sum, w, i) => sum + (flex[i] ? 0 : w), 0);
  const flexNatural = natural.reduce((sum, w, i) => sum + (flex[i] ? w : 0), 0);
  const room = Math.max(width - borders - fixed, 0);
  return natural.map((w, i) => (flex[i] ? Math.max(MIN_FLEX, Math.min(w, Math.floor((w / flexNatural) * room))) : w));
}

/** A boxed table per section (cli-table3) under its heading. */
export function formatTable(sections: readonly Section[], options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  return sections
    .map((s) => {
      const heading = chalk.bold(oneLine(s.heading)) + '\n';
      if (s.rows.length === 0) return heading + (s.empty ? oneLine(s.empty) + '\n' : '');
      const text = (cell: Cell) => oneLine(cell.text);
      const natural = s.columns.map((col, i) => Math.max(displayWidth(col.header), ...s.rows.map((r) => displayWidth(text(r[i]!)))) + 2);
      const widths = fitWidths(natural, s.columns.map((col) => col.flex === true), options.width);
      const table = new Table({
        head: s.columns.map((col) => chalk.bold(col.header)),
        style: { head: [], border: [], compact: false },
        // No rule between rows: a report of fifty tasks should not take a hundred lines.
        chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
        colAligns: s.columns.map((col) => (col.align === 'right' ? 'right' : 'left')),
        ...(widths ? { colWidths: widths, wordWrap: true, wrapOnWordBoundary: true } : {}),
      });
      for (const row of s.rows) table.push(row.map((cell) => toneOf(chalk, cell.tone)(text(cell))));
      return heading + table.toString() + '\n';
    })
    .join('\n');
}
