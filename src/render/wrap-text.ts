import { displayWidth } from './display-width.js';

// Its own module, apart from the table drawer: graph labels wrap text too,
// and they must not load cli-table3 and chalk with them.

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
