import type { RevisionFailure } from '../load/read-git-revision.js';
import type { Words } from '../i18n/en.js';
import { sayUserError } from '../i18n/errors.js';
import type { UserError } from './errors.js';

/** Why a revision was not read, in the reader's words (git's own line, where it gave one, as it said it). */
export function revisionWords(f: RevisionFailure, w: Words): string {
  const r = w.revision;
  switch (f.why) {
    case 'no-git':
      return r.noGit;
    case 'not-a-repository':
      return r.notRepository(f.git);
    case 'unknown-revision':
      return r.unknownRevision(f.rev, f.shallow);
    case 'outside':
      return w.history.outside(f.dir);
    case 'git-failed':
      if (f.step === 'path') return r.cannotReadPath(f.path, f.rev, f.git);
      if (f.step === 'list') return r.cannotList(f.path, f.rev, f.git);
      if (f.step === 'files') return r.cannotReadFiles(f.rev, f.git);
      return f.git;
    case 'not-a-folder':
      return r.notAFolder(f.path, f.rev, r.kind(f.kind));
    case 'not-a-file':
      return r.notAFile(f.path, f.rev, r.kind(f.kind));
    case 'over-total':
      return r.overTotal(f.rev, false, f.total, f.files, f.maxTotal, f.side);
  }
}

/** A revision that could not be read, as a one-line error (exit 1). */
export function revisionError(f: RevisionFailure): UserError {
  return sayUserError((w) => revisionWords(f, w));
}
