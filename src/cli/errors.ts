import { SilentError, UsageError, UserError } from '../domain/errors.js';

export { SilentError, UsageError, UserError } from '../domain/errors.js';

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

/** The one place an error becomes an exit code. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof SilentError) return error.exitCode;
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof UserError) return EXIT.invalid;
  return EXIT.internal;
}
