import { displayWidth } from './display-width.js';

/**
 * The last resort of a table that cannot fit the terminal: one block per
 * row, a line per column, "Header  value", the value wrapped under itself.
 * Every column is kept; nothing is ever wider than `width`.
 *
 *   MOJ-02
 *     Title     Compile the roadmaps for the
 *               Prime Minister
 *     Owner     Department of Civil Status
 */
export function formatRecords(headers: readonly string[], rows: readonly (readonly string[])[], width: number, wrap: (text: string, width: number) => string, strong: (s: string) => string = (s) => s): string {
  const label = Math.min(Math.max(...headers.slice(1).map(displayWidth), 0), Math.max(8, Math.floor(width / 3)));
  const indent = 2;
  const valueWidth = Math.max(1, width - indent - label - 2);
  const blocks = rows.map((row) => {
    const lines = [wrap(row[0] ?? '', width).split('\n').map(strong).join('\n')];
    row.slice(1).forEach((value, j) => {
      if (value === '') return;
      const head = wrap(headers[j + 1] ?? '', label).split('\n');
      const body = wrap(value, valueWidth).split('\n');
      for (let k = 0; k < Math.max(head.length, body.length); k++) {
        const h = head[k] ?? '';
        lines.push(`${' '.repeat(indent)}${h}${' '.repeat(label - displayWidth(h) + 2)}${body[k] ?? ''}`.trimEnd());
      }
    });
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}
