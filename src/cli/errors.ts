// Typed errors, mapped to exit codes in exactly one place (exitCodeFor).

/** A mistake on the command line: exit 2 with the usage hint. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Something the user can fix (a missing directory, an unknown task): exit 1, message only. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Already reported on stderr; only the exit code is left to set. */
export class SilentError extends Error {
  override name = 'SilentError';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof SilentError) return error.exitCode;
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof UserError) return EXIT.invalid;
  return EXIT.internal;
}
