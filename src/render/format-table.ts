import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { en, type Words } from '../i18n/en.js';
import type { Column, Section, Tone } from '../reports/report-view.js';
import { displayWidth } from './display-width.js';
import { fitColumns, type FitColumn } from './fit-columns.js';
import { formatRecords } from './format-records.js';
import { oneLine } from './sanitize.js';
import { wrapText } from './wrap-text.js';

export { displayWidth } from './display-width.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width; undefined when the output is not a terminal (nothing is wrapped). */
  width?: number;
  /** The catalogue for the few words a table adds (the columns it left out); English when not given. */
  words?: Words;
}

/** Narrowest a free-text column gets (padding included) before the table is let overflow. */
const MIN_FLEX = 8;
/** A word longer than this may break when its column must narrow (a long URL must not push other columns out). */
const LONG_WORD = 20;

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

/** How one section is drawn: which columns, with which headers and widths, or as records. */
type SectionPlan = { layout: 'table'; keep: number[]; headers: string[]; widths: number[]; leftOut: string[] } | { layout: 'records' };

/**
 * Decides how a section fits `width` (fit-columns.ts says the order): each
 * column's natural, narrowest and abbreviated-header widths are measured
 * here from the text that will be drawn.
 */
export function planSection(columns: readonly Column[], texts: readonly (readonly string[])[], width: number | undefined): SectionPlan {
  const column = (i: number) => texts.map((r) => r[i]!);
  const cellMax = columns.map((_, i) => maxOf(column(i).map(displayWidth)));
  const longestCellWord = columns.map((_, i) => maxOf(column(i).flatMap((t) => t.split(' ')).map(displayWidth)));
  const words = (header: string) => maxOf(header.split(' ').map(displayWidth));
  // A free-text column's floor: its longest word (so no word breaks while there is room), at least MIN_FLEX and its own minimum.
  const floor = (col: Column, i: number, header: string) => Math.min(maxOf([displayWidth(header), cellMax[i]!]) + 2, Math.max(MIN_FLEX, col.min ?? 0, words(header) + 2, Math.min(LONG_WORD, longestCellWord[i]!) + 2));
  // A fixed column's narrowest: its header wrapped at spaces ("Not / started"), never its cells.
  const narrowest = (col: Column, i: number, header: string) => (col.flex === true ? floor(col, i, header) : maxOf([words(header), cellMax[i]!]) + 2);
  const shortOf = (col: Column) => col.short ?? col.header;
  const fit: FitColumn[] = columns.map((col, i) => ({
    natural: maxOf([displayWidth(col.header), cellMax[i]!]) + 2,
    narrowest: narrowest(col, i, col.header),
    narrowestShort: narrowest(col, i, shortOf(col)),
    ...(col.drop === undefined ? {} : { dropOrder: col.drop }),
  }));
  const plan = fitColumns(fit, width);
  if (plan.layout === 'records') return plan;
  const headers = plan.keep.map((i) => (plan.short ? shortOf(columns[i]!) : columns[i]!.header));
  const natural = plan.keep.map((i, k) => maxOf([displayWidth(headers[k]!), cellMax[i]!]) + 2);
  const flex = plan.keep.map((i) => columns[i]!.flex === true);
  const compact = plan.keep.map((i, k) => (flex[k] ? natural[k]! : narrowest(columns[i]!, i, headers[k]!)));
  const floors = plan.keep.map((i, k) => (flex[k] ? floor(columns[i]!, i, headers[k]!) : compact[k]!));
  const widths = (fitWidths(natural, flex, width) && (fitWidths(compact, flex, width, floors) ?? compact)) || natural;
  const kept = new Set(plan.keep);
  return { layout: 'table', keep: plan.keep, headers, widths, leftOut: columns.filter((_, i) => !kept.has(i)).map((c) => c.header) };
}

/**
 * A boxed table per section (cli-table3) under its heading, never wider than
 * `options.width`: free text wraps, headers are abbreviated, low-priority
 * columns are left out (the heading says which), and as a last resort each
 * row becomes a block of "Header  value" lines.
 */
export function formatTable(sections: readonly Section[], options: TableOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const words = options.words ?? en;
  const fitLine = (text: string) => (options.width === undefined ? text : wrapText(text, options.width));
  return sections
    .map((s) => {
      const heading = fitLine(oneLine(s.heading))
        .split('\n')
        .map((line) => chalk.bold(line))
        .join('\n') + '\n';
      const notes = (s.notes ?? []).map((note) => fitLine(oneLine(note)) + '\n').join('');
      if (s.rows.length === 0) return heading + notes + (s.empty ? fitLine(oneLine(s.empty)) + '\n' : '');
      const texts = s.rows.map((r) => r.map((cell) => oneLine(cell.text)));
      const plan = planSection(s.columns, texts, options.width);
      if (plan.layout === 'records') {
        const strong = (line: string) => chalk.bold(line);
        return heading + notes + '\n' + formatRecords(s.columns.map((c) => oneLine(c.header)), texts, options.width!, wrapText, strong);
      }
      const { keep, widths } = plan;
      const leftOut = plan.leftOut.length === 0 ? '' : chalk.dim(fitLine(words.notes.columnsLeftOut(plan.leftOut.map(oneLine), options.width!))) + '\n';
      const fit = (cellText: string, k: number) => wrapText(cellText, widths[k]! - 2);
      const head = plan.headers.map((h, k) => fit(oneLine(h), k));
      const headerLines = maxOf(head.map((h) => h.split('\n').length));
      const slices: string[] = [];
      for (let start = 0; start < s.rows.length; start += SLICE_ROWS) {
        const table = new Table({
          head: start === 0 ? head.map((h) => chalk.bold(h)) : [],
          style: { head: [], border: [], compact: false },
          // No rule between rows: a report of fifty tasks should not take a hundred lines.
          chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
          colAligns: keep.map((i) => (s.columns[i]!.align === 'right' ? 'right' : 'left')),
          // Widths are always given, so every slice of a long table lines up.
          colWidths: widths,
        });
        for (let r = start; r < Math.min(start + SLICE_ROWS, s.rows.length); r++) {
          table.push(
            keep.map((i, k) => {
              const tone = toneOf(chalk, s.rows[r]![i]!.tone);
              return fit(texts[r]![i]!, k)
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
      return heading + notes + leftOut + ruleUnderHeader(slices.join('\n'), headerLines) + '\n';
    })
    .join('\n');
}
