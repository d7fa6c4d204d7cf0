// Bundles the CLI into one ESM file (a bundled start costs about 1.5x a bare
// `node -e 0`; the six packages unbundled about 4x). With --schemas it also
// writes schemas/*.json from the Zod source.
import { build } from 'esbuild';
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// A build id from the sources and the lock file: the cache key includes it,
// so a rebuilt p06 never reads what another build of the same version wrote.
function buildId() {
  const hash = createHash('sha256');
  const root = new URL('..', import.meta.url).pathname;
  const files = readdirSync(join(root, 'src'), { recursive: true }).map(String).filter((f) => /\.(ts|cjs)$/.test(f)).sort();
  for (const f of files) hash.update(f).update(readFileSync(join(root, 'src', f)));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}
const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
  alias: { 'string-width': './src/render/string-width-shim.cjs' },
  define: { P06_VERSION: JSON.stringify(pkg.version), P06_BUILD: JSON.stringify(buildId()) },
  // commander and cli-table3 are CommonJS and call require() for Node built-ins.
  banner: { js: "import { createRequire as __p06CreateRequire } from 'node:module'; const require = __p06CreateRequire(import.meta.url);" },
};

if (!process.argv.includes('--schemas')) {
  // Split so that the YAML parser and Zod (the cold path) sit in a chunk of
  // their own, loaded only when the cache cannot answer.
  await rm('dist', { recursive: true, force: true });
  await build({ ...shared, entryPoints: { p06: 'src/cli/main.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
} else {
  const tmp = 'dist/json-schemas.mjs';
  await build({ ...shared, entryPoints: ['src/validate/json-schemas.ts'], outfile: tmp });
  const { jsonSchemas } = await import(pathToFileURL(tmp).href);
  await mkdir('schemas', { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    await writeFile(`schemas/${name}`, JSON.stringify(schema, null, 2) + '\n');
    console.error(`wrote schemas/${name}`);
  }
  await rm(tmp);
}
