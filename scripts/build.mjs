// Bundles the CLI into dist/ (a bundled start costs about 1.5x a bare
// `node -e 0`; the six packages unbundled about 4x). With --schemas it also
// writes schemas/*.json from the Zod source.
//
// The bundle is split at every dynamic import() (the YAML parser and Zod,
// the drawn table, each command's own dependencies), as esbuild splits ESM,
// and each piece is then rewritten as CommonJS: Node starts a CommonJS
// program without its ESM loader, and bin/p06.js compiles CommonJS with a V8
// code cache that this script warms (scripts/warm-code-cache.cjs).
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// A build id from the sources and the lock file: the cache key includes it,
// so a rebuilt p06 never reads what another build of the same version wrote.
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true }).map(String).filter((f) => /\.(ts|cjs)$/.test(f)).sort();
  for (const f of files) hash.update(f).update(readFileSync(join(root, 'src', f)));
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}
// Read once: the bundle's define and the up-to-date check both need it.
const BUILD_ID = buildId();
// Node built-ins that cost a few milliseconds to load (child_process alone
// pulls in net, dgram and streams) and that only some commands use: each is
// replaced by a module of stand-ins that require() it on first call, so an
// import at the top of a module costs nothing until it is used.
const LAZY_BUILTINS = ['child_process', 'zlib', 'http', 'https', 'net', 'worker_threads', 'readline'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      // The stand-ins' own require() is of the real module.
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const real = await import(`node:${args.path}`);
      const names = Object.keys(real).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k) && typeof real[k] === 'function');
      const lines = [`let m; const load = () => (m ??= require(${JSON.stringify(`node:${args.path}`)}));`];
      // new.target: a class (ChildProcess, Worker) constructed through its stand-in is the real class's instance.
      for (const k of names) lines.push(`export function ${k}(...a) { return new.target ? Reflect.construct(load().${k}, a) : load().${k}.apply(this, a); }`);
      lines.push('export default new Proxy({}, { get: (_, k) => load()[k] });');
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};
// ical-generator folds each line at 75 bytes by making a TextEncoder and
// encoding every character of the calendar on its own: about 0.35 s for 700
// tasks, half of a warm `p06 export ics`. Buffer.byteLength gives the same
// count (a lone surrogate is 3 bytes to both: U+FFFD) without the garbage.
// If a new version no longer has that line, the build says so and goes on.
const ICAL_FOLD = 'new TextEncoder().encode(i).length';
const icalFolding = {
  name: 'ical-folding',
  setup(b) {
    b.onLoad({ filter: /[\\/]ical-generator[\\/]dist[\\/]index\.m?js$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes(ICAL_FOLD)) {
        console.warn(`build: ${args.path} no longer folds lines with ${ICAL_FOLD}; left as it is`);
        return undefined;
      }
      return { contents: text.split(ICAL_FOLD).join('Buffer.byteLength(i, "utf8")'), loader: 'js' };
    });
  },
};
const shared = {
  plugins: [lazyBuiltins, icalFolding],
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
  alias: {
    'string-width': './src/render/string-width-shim.cjs',
    // The same code as yaml's Node build, as ES modules and without its one
    // `process.env.LOG_TOKENS` read per token (6.8 million reads, about 2.4 s,
    // at 100,000 tasks). Its Node build differs only in that debug hook and in
    // using Node's Buffer for !!binary, a tag p06 refuses.
    yaml: './node_modules/yaml/browser/index.js',
  },
  define: { P06_VERSION: JSON.stringify(pkg.version), P06_BUILD: JSON.stringify(BUILD_ID) },
};
// CommonJS has no import.meta: where a module asks for its own URL, the
// CommonJS file gives it from its __filename, when asked (node:url's
// pathToFileURL costs a few milliseconds the first time).
const META = '__p06ImportMeta';

// Everything a build reads, and the Node that writes the code cache: when
// dist/ was built from exactly these, building again would write the same
// files, so `npm test` (which builds first) and `.ci/run` (which builds after
// `npm ci` has) skip it. `--force` builds anyway.
function inputsId() {
  const hash = createHash('sha256').update(BUILD_ID).update(process.version).update(process.arch);
  for (const f of ['package.json', 'scripts/build.mjs', 'scripts/warm-code-cache.cjs']) hash.update(f).update(readFileSync(join(root, f)));
  return hash.digest('hex');
}
const STAMP = join(root, 'dist', '.inputs');
const upToDate = () => {
  try {
    return readFileSync(STAMP, 'utf8') === inputsId() && existsSync(join(root, 'dist', 'p06.cjs'));
  } catch {
    return false;
  }
};

if (!process.argv.includes('--schemas') && !process.argv.includes('--force') && upToDate()) {
  console.error('build: dist/ is up to date (node scripts/build.mjs --force to build anyway)');
} else if (!process.argv.includes('--schemas')) {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  const esm = await build({
    ...shared,
    entryPoints: { p06: 'src/cli/main.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.cjs' },
    write: false,
    // commander and cli-table3 are CommonJS and call require() for Node built-ins: in the CommonJS output that is the real require.
    banner: { js: '' },
    define: { ...shared.define, 'import.meta.url': `${META}.url` },
  });
  for (const file of esm.outputFiles) {
    // ESM to CommonJS file by file: `import ... from './chunks/x.cjs'` becomes require(), and import() a require() behind a promise.
    const cjs = await transform(file.text, { format: 'cjs', target: 'node20', platform: 'node', minify: true, supported: { 'dynamic-import': false }, logLevel: 'warning' });
    const code = cjs.code.includes(META) ? `var ${META}={get url(){return require("node:url").pathToFileURL(__filename).href}};${cjs.code}` : cjs.code;
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, code);
  }
  if (!process.argv.includes('--no-code-cache')) {
    const warm = spawnSync(process.execPath, [join(root, 'scripts', 'warm-code-cache.cjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    if (warm.status !== 0) console.error('build: the V8 code cache was not written (p06 works without it, starting a little slower)');
  }
  await writeFile(STAMP, inputsId());
} else {
  const tmp = join(root, 'dist', 'json-schemas.mjs');
  await build({ ...shared, entryPoints: ['src/validate/json-schemas.ts'], outfile: tmp });
  const { jsonSchemas } = await import(pathToFileURL(tmp).href);
  await mkdir(join(root, 'schemas'), { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    await writeFile(join(root, 'schemas', name), JSON.stringify(schema, null, 2) + '\n');
    console.error(`wrote schemas/${name}`);
  }
  await rm(tmp);
}
