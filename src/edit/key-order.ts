import { ExtensionSchema, FileShellSchema, MinistrySchema, TaskSchema } from '../validate/schemas.js';

// The canonical order of keys is the order the Zod schemas declare them in:
// SPEC §2.1's order for the keys it lists, and the schema (the single source
// of the data format) places the later fields among them.

export const TASK_KEYS: readonly string[] = Object.keys(TaskSchema.shape);
export const EXTENSION_KEYS: readonly string[] = Object.keys(ExtensionSchema.shape);
export const MINISTRY_KEYS: readonly string[] = Object.keys(MinistrySchema.shape);
export const FILE_KEYS: readonly string[] = Object.keys(FileShellSchema.shape);

/** Task keys whose value is a list of text (written `a,b,c` on the command line). */
export const LIST_KEYS: ReadonlySet<string> = new Set(
  TASK_KEYS.filter((key) => key !== 'extensions' && unwrap(TaskSchema.shape[key as keyof typeof TaskSchema.shape]) === 'array'),
);

function unwrap(schema: unknown): string | undefined {
  let s = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (s?.def?.type === 'optional' || s?.def?.type === 'default') s = s.def.innerType as typeof s;
  return s?.def?.type;
}

/** Orders `keys` canonically; keys the order does not know keep their place after the known ones. */
export function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}
