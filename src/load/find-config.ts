import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_NAME = 'p06.yaml';

/** Who may own a folder or configuration file that p06 trusts: the user and root (undefined where there are no uids). */
export interface Owners {
  uid: number | undefined;
}

const currentUser = (): Owners => ({ uid: typeof process.getuid === 'function' ? process.getuid() : undefined });

/**
 * p06.yaml in `cwd` or the nearest parent that has one, as git looks for
 * `.git` since CVE-2022-24765: the configuration decides which folder is read
 * as data, so the search never leaves the repository (it stops at the first
 * folder that holds `.git`), never climbs into a folder that someone else
 * owns or that anyone may write (another user's /tmp/p06.yaml), and only
 * takes a file owned by the user or root.
 */
export function findConfig(cwd: string, owners: Owners = currentUser()): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate) && trustedOwner(candidate, owners, false)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir || !trustedOwner(parent, owners, true)) return undefined;
    dir = parent;
  }
}

/** Owned by the user or root; for a folder, also not writable by anyone (/tmp). */
function trustedOwner(path: string, { uid }: Owners, folder: boolean): boolean {
  if (uid === undefined) return true;
  try {
    const st = statSync(path);
    if (st.uid !== uid && st.uid !== 0) return false;
    return !folder || (st.mode & 0o002) === 0;
  } catch {
    return false;
  }
}
