import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * The data folder that `data:` in p06.yaml names, relative to the
 * configuration's folder. It must lie inside that folder (after following
 * links): `data: /` or `data: ../..` would have p06 walk the whole disk, or
 * read another project's files because of a line in a pull request. A folder
 * elsewhere is given on the command line with --data, which a pull request
 * cannot change.
 */
export function dataDirFromConfig(configDir: string, written: string): { ok: true; dir: string } | { ok: false } {
  const dir = resolve(configDir, written);
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  };
  const rel = relative(real(configDir), real(dir));
  if (rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\') || isAbsolute(rel)) {
    // The caller words it: the catalogue's errors.dataOutside.
    return { ok: false };
  }
  return { ok: true, dir };
}
