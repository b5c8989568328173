#!/usr/bin/env node
/**
 * `npm run build:cli`, also run by `prepare` (so by `npm ci` and `npm install`): bundles the
 * command line into one CommonJS file, build/cli/danvan.cjs, with its dependencies inside, so it
 * starts without compiling TypeScript and runs with node alone. Beside it, danvan.inputs.json
 * lists the sources it was built from; bin/danvan.js compares their times with the bundle's.
 * `npm run build` writes the same file as dist/danvan.cjs (webpack.config.js), for offices that get
 * the command line from where the add-in is hosted, without the project folder.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const DEFAULT_OUTDIR = join(ROOT, 'build', 'cli');

/**
 * Builds the bundle into `outdir`; resolves to its path. `listInputs: false` leaves out the list of
 * sources, which only a checkout's bin/danvan.js reads (the production build's dist/danvan.cjs).
 * `publicUrl` (the production build's `--env publicUrl`) is compiled in, so `danvan generate`
 * points the fill-ins at that server's form page; without it the bundle knows no address.
 */
async function buildCli(outdir = DEFAULT_OUTDIR, { listInputs = true, publicUrl } = {}) {
  const esbuild = require('esbuild');
  const outfile = join(outdir, 'danvan.cjs');
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'src', 'cli', 'entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
    ...(publicUrl ? { define: { __DANVAN_PUBLIC_URL__: JSON.stringify(publicUrl) } } : {}),
  });
  if (!listInputs) return outfile;
  // Our sources, and the lock file standing for the dependencies bundled with them.
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/'));
  const listed = [...inputs, 'package-lock.json'].map((p) => relative(ROOT, join(ROOT, p)));
  writeFileSync(join(outdir, 'danvan.inputs.json'), `${JSON.stringify({ inputs: listed }, null, 2)}\n`);
  return outfile;
}

module.exports = { buildCli };

if (require.main === module) {
  buildCli(process.argv[2]).then(
    (file) => process.stdout.write(`danvan: ${relative(process.cwd(), file)}\n`),
    (error) => {
      process.stderr.write(`danvan: build:cli failed: ${error && error.message ? error.message : error}\n`);
      // An install must not fail for it: bin/danvan.js then runs the sources through tsx, and says so.
      process.exitCode = process.env.npm_lifecycle_event === 'prepare' ? 0 : 1;
    },
  );
}
