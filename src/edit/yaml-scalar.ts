import { Document, Scalar, parse } from 'yaml';

/** How a scalar is written; `block` is a literal block (`|`), the others are one line. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

const TYPES = { plain: Scalar.PLAIN, single: Scalar.QUOTE_SINGLE, double: Scalar.QUOTE_DOUBLE } as const;

/**
 * A value written as one YAML line (no line break in it), in `style` where
 * that reads back as exactly `value` (YAML 1.2 core schema, as p06 reads),
 * else in the nearest style that does: plain falls back to double quotes,
 * single quotes to double when the text holds a line break. `inFlow`: inside
 * `[...]`, where a comma or a bracket ends a plain scalar.
 */
export function inlineScalar(value: string | number, style: Exclude<ScalarStyle, 'block'> = 'plain', inFlow = false): string {
  if (typeof value === 'number') return String(value);
  const wanted = /[\n\r]/.test(value) && style === 'single' ? 'double' : style;
  for (const type of [wanted, 'double'] as const) {
    const written = stringifyScalar(value, TYPES[type], inFlow);
    if (!written.includes('\n') && readsBack(written, value, inFlow)) return written;
  }
  return JSON.stringify(value);
}

function stringifyScalar(value: string, type: Scalar.Type, inFlow: boolean): string {
  const doc = new Document(inFlow ? [value] : value, { version: '1.2', schema: 'core' });
  const node = inFlow ? (doc.contents as unknown as { items: Scalar[]; flow: boolean }) : undefined;
  if (node) {
    node.flow = true;
    node.items[0]!.type = type;
  } else {
    (doc.contents as Scalar).type = type;
  }
  const out = doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false, doubleQuotedMinMultiLineLength: Infinity }).replace(/\n$/, '');
  return inFlow ? out.slice(1, -1) : out;
}

function readsBack(written: string, value: string, inFlow: boolean): boolean {
  try {
    const back = parse(inFlow ? `[${written}]` : `k: ${written}`, { version: '1.2', schema: 'core', strict: true }) as unknown;
    const got = inFlow ? (back as unknown[])[0] : (back as Record<string, unknown>).k;
    return inFlow ? (back as unknown[]).length === 1 && got === value : got === value;
  } catch {
    return false;
  }
}

/** A flow list `[a, b]`, each item plain where YAML allows. */
export function flowList(items: readonly string[], style: Exclude<ScalarStyle, 'block'> = 'plain'): string {
  return `[${items.map((item) => inlineScalar(item, style, true)).join(', ')}]`;
}

/**
 * A literal block scalar (`|`, `|-`, `|+`) whose lines are indented by
 * `indent` spaces, each line ended by `eol`; undefined when a block cannot
 * hold the text exactly (control characters, a first line that starts with a
 * space, carriage returns).
 */
export function blockScalar(value: string, indent: number, eol: string): string | undefined {
  if (/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0080-\u009f\ufeff\u2028\u2029]/.test(value) || /^[ \t]/.test(value) || value === '') return undefined;
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const pad = ' '.repeat(indent);
  const lines = body.split('\n').map((line) => (line === '' ? '' : pad + line));
  for (let i = 1; i < trailing; i++) lines.push('');
  const written = `|${chomp}${eol}${lines.join(eol)}${eol}`;
  const back = (parse(`k: ${written.replace(/\r\n/g, '\n')}`, { version: '1.2', schema: 'core' }) as Record<string, unknown> | null)?.k;
  return back === value ? written : undefined;
}
