// Typed errors for what is not a data problem (those are Problem values);
// cli/errors.ts maps them to exit codes in exactly one place.

/**
 * How an error is worded in another language: a function of that language's
 * catalogue (typed in i18n/, which sits above this module). The message
 * itself is always the English wording.
 */
export type Wording = (words: never) => string;

/** A mistake on the command line: exit 2 with the usage hint. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly wording?: Wording) {
    super(message);
  }
}

/** Something the user can fix (a missing directory, an unknown task): exit 1, message only. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(message: string, readonly wording?: Wording) {
    super(message);
  }
}

/** Already reported on stderr; only the exit code is left to set. */
export class SilentError extends Error {
  override name = 'SilentError';
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
