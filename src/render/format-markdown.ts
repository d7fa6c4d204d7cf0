import type { Section } from '../reports/report-view.js';
import { oneLine } from './sanitize.js';

// Characters that would end a cell, start markup or HTML, or escape the next one.
const MARKDOWN_SPECIAL = /[\\|<>*_`[\]~#&]/g;

/** A cell's text that cannot break out of its GitHub table cell. */
export function markdownCell(text: string): string {
  return oneLine(text).replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** GitHub tables, one per section, ready to paste into the minutes. */
export function formatMarkdown(sections: readonly Section[]): string {
  return sections
    .map((s) => {
      const notes = (s.notes ?? []).map((note) => `${markdownCell(note)}\n\n`).join('');
      const head = `**${markdownCell(s.heading)}**\n\n${notes}`;
      if (s.rows.length === 0) return head + `${markdownCell(s.empty)}\n`;
      const header = `| ${s.columns.map((c) => markdownCell(c.header)).join(' | ')} |\n`;
      const rule = `| ${s.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |\n`;
      const rows = s.rows.map((r) => `| ${r.map((cell) => markdownCell(cell.text) || ' ').join(' | ')} |\n`).join('');
      return head + header + rule + rows;
    })
    .join('\n');
}
