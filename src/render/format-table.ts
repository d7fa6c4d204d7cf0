import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Section, Tone } from '../reports/report-view.js';
import { displayWidth } from './display-width.js';
import { oneLine } from './sanitize.js';

export { displayWidth } from './display-width.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width; undefined when the output is not a terminal (nothing is wrapped). */
  width?: number;
}

/** Narrowest a free-text column gets (padding included) before the table is let overflow. */
const MIN_FLEX = 8;

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
 * Column widths (padding included) that fit `width`: fixed columns keep their
 * natural width; free-text columns share what is left in proportion to their
 * text, the narrow ones first so that what they do not need goes to the rest.
 */
export function fitWidths(natural: number[], flex: boolean[], width: number | undefined, floors: number[] = []): number[] | undefined {
  const borders = natural.length + 1;
  const total = natural.reduce((a, b) => a + b, 0) + borders;
  if (width === undefined || total <= width) return undefined;
  const out = [...natural];
  // Each free-text column first gets its floor (its longest word, so no word
  // breaks while there is room), then a share of the rest in proportion to
  // the text it still lacks; the ones that need least come first.
  const flexible = natural
    .map((w, i) => ({ w, i, floor: Math.min(w, Math.max(MIN_FLEX, floors[i] ?? MIN_FLEX)) }))
    .filter(({ i }) => flex[i])
    .sort((a, b) => a.w - a.floor - (b.w - b.floor));
  let room = width - borders - natural.reduce((sum, w, i) => sum + (flex[i] ? 0 : w), 0) - flexible.reduce((sum, f) => sum + f.floor, 0);
  let wanted = flexible.reduce((sum, f) => sum + f.w - f.floor, 0);
  for (const { w, i, floor } of flexible) {
    const need = w - floor;
    const extra = room > 0 && wanted > 0 ? Math.min(need, Math.floor((room * need) / wanted)) : 0;
    out[i] = floor + extra;
    room -= extra;
    wanted -= need;
  }
  return out;
}

/** Wraps text to `width` columns at spaces, breaking a word only when it is longer than a line: nothing is cut. */
export function wrapText(text: string, width: number): string {
  if (width < 1 || displayWidth(text) <= width) return text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = word;
    while (displayWidth(rest) > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const chars = [...rest];
      let cut = 0;
      let w = 0;
      while (cut < chars.length && w + (/\p{M}/u.test(chars[cut]!) ? 0 : 1) <= width) w += /\p{M}/u.test(chars[cut++]!) ? 0 : 1;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    if (!line) line = rest;
    else if (displayWidth(line) + 1 + displayWidth(rest) <= width) line += ' ' + rest;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.join('\n');
}

/** cli-table3 draws no rule between rows here; put one back under the header, shaped like the top border. */
function ruleUnderHeader(table: string, headerLines: number): string {
  const lines = table.split('\n');
  const rule = lines[0]!.replace('┌', '├').replace('┐', '┤').replace(/┬/g, '┼');
  lines.splice(1 + headerLines, 0, rule);
  return lines.join('\n');
}

/** Rows per cli-table3 table: its layout grows faster than the rows, so a long report is drawn in slices. */
const SLICE_ROWS = 200;

const maxOf = (values: Iterable<number>) => {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
};

/** A boxed table per section (cli-table3) under its heading. */
export function formatTable(sections: readonly Section[], options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  return sections
    .map((s) => {
      const heading = chalk.bold(oneLine(s.heading)) + '\n';
      if (s.rows.length === 0) return heading + (s.empty ? oneLine(s.empty) + '\n' : '');
      const texts = s.rows.map((r) => r.map((cell) => oneLine(cell.text)));
      const column = (i: number) => texts.map((r) => r[i]!);
      const natural = s.columns.map((col, i) => maxOf([displayWidth(col.header), ...column(i).map(displayWidth)]) + 2);
      // When the table must shrink, a fixed column's header may wrap at its spaces ("Not / started").
      const flex = s.columns.map((col) => col.flex === true);
      const compact = s.columns.map((col, i) => (flex[i] ? natural[i]! : maxOf([...col.header.split(' ').map(displayWidth), ...column(i).map(displayWidth)]) + 2));
      const longestWord = s.columns.map((col, i) => maxOf([col.header, ...column(i)].flatMap((t) => t.split(' ')).map(displayWidth)) + 2);
      // Widths are always given, so every slice of a long table lines up.
      const widths = (fitWidths(natural, flex, options.width) && (fitWidths(compact, flex, options.width, longestWord) ?? compact)) || natural;
      const fit = (cellText: string, i: number) => wrapText(cellText, widths[i]! - 2);
      const head = s.columns.map((col, i) => fit(col.header, i));
      const headerLines = maxOf(head.map((h) => h.split('\n').length));
      const slices: string[] = [];
      for (let start = 0; start < s.rows.length; start += SLICE_ROWS) {
        const table = new Table({
          head: start === 0 ? head.map((h) => chalk.bold(h)) : [],
          style: { head: [], border: [], compact: false },
          // No rule between rows: a report of fifty tasks should not take a hundred lines.
          chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
          colAligns: s.columns.map((col) => (col.align === 'right' ? 'right' : 'left')),
          colWidths: widths,
        });
        for (let r = start; r < Math.min(start + SLICE_ROWS, s.rows.length); r++) {
          table.push(
            s.rows[r]!.map((cell, i) => {
              const tone = toneOf(chalk, cell.tone);
              return fit(texts[r]![i]!, i)
                .split('\n')
                .map((line) => tone(line))
                .join('\n');
            }),
          );
        }
        const lines = table.toString().split('\n');
        // Slices after the first lose their top border, all but the last their bottom one.
        slices.push(...lines.slice(start === 0 ? 0 : 1, start + SLICE_ROWS < s.rows.length ? -1 : undefined));
      }
      return heading + ruleUnderHeader(slices.join('\n'), headerLines) + '\n';
    })
    .join('\n');
}
