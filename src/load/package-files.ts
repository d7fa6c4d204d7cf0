import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * p06's own installation folder (where package.json says "name": "p06"),
 * found from this module's place, bundled (dist/, dist/chunks/) or not (src/load/).
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'p06') return dir;
      } catch {
        // Not p06's manifest: keep looking upwards.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the p06 installation folder (package.json)');
    dir = parent;
  }
}

/** A file shipped with p06 (a schema, the data workflow), as text. */
export function readPackageFile(relative: string): string {
  return readFileSync(join(packageRoot(), relative), 'utf8');
}
