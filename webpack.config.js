/**
 * Builds the add-in: one entry per HTML page, assets and the manifest copied to dist/.
 *
 *   npm run build                                         production build, URLs stay https://localhost:3000/
 *   npm run build -- --env publicUrl=https://host/path/   production build for the server at that URL
 *   npm start                                             dev server on https://localhost:3000 (scripts/start.js)
 * A production build also writes the command line as one file, dist/danvan.cjs (scripts/build-cli.js).
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const STRICT_CSP_ENTRY = './src/core/strict-csp.ts';

/** The pages the manifest points at; scripts/validate-manifest.js checks the manifest against this list. */
const PAGES = [
  { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  { name: 'commands', entry: './src/commands/commands.ts', template: './src/commands/commands.html' },
  { name: 'message', entry: './src/commands/message.ts', template: './src/commands/message.html' },
];

/**
 * Pages outside Office, beside the add-in's at the build's root: the phone form a union clerk fills
 * without a spreadsheet program (dien-bao-cao.html; its address goes into the fill-in's guide).
 */
const PHONE_PAGE = 'dien-bao-cao';
const WEB_PAGES = [{ name: PHONE_PAGE, entry: './src/phone-form/index.tsx', template: './src/phone-form/dien-bao-cao.html' }];

/**
 * Office takes an updated manifest only when its <Version> is higher than the one it has, so the
 * build writes package.json's version there: four numeric parts (0.1.0 → 0.1.0.0), as the
 * manifest's Version element allows (up to four parts of at most five digits). A pre-release tag
 * (1.2.0-beta.1) would be lost in that form, so it is refused rather than silently dropped.
 */
function manifestVersion(version) {
  const text = String(version);
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text)) {
    throw new Error(`package.json version must be 1 to 4 numbers of at most 5 digits for the manifest's <Version>, got "${text}"`);
  }
  const parts = text.split('.');
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/** The manifest as the build writes it: its URLs moved to `publicUrl` (when given), its <Version> from package.json. */
function buildManifest(xml, { publicUrl, version }) {
  const moved = publicUrl ? xml.split(DEV_URL).join(publicUrl) : xml;
  return moved.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/**
 * Writes the bundled command line beside the add-in (dist/danvan.cjs) once webpack has emitted;
 * with `--env publicUrl=…` it knows that address, so its fill-ins point at this build's form page.
 */
class CliBundlePlugin {
  constructor(publicUrl) {
    this.publicUrl = publicUrl;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('CliBundlePlugin', () => {
      const { buildCli } = require('./scripts/build-cli');
      return buildCli(compiler.options.output.path, { listInputs: false, publicUrl: this.publicUrl });
    });
  }
}

/** The name src/workbook/form-page.ts reads the build's public URL from (DefinePlugin here, esbuild's define for the CLI). */
const PUBLIC_URL_CONSTANT = '__DANVAN_PUBLIC_URL__';

/** `--env publicUrl=…` must be an absolute https URL; a missing trailing slash is added. */
function normalisePublicUrl(value) {
  if (value === undefined || value === true || value === '') return undefined;
  const url = String(value);
  if (!/^https:\/\/[^/\s]+/.test(url)) {
    throw new Error(`publicUrl must start with https:// (Office loads add-ins over HTTPS only), got "${url}"`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Writes the phone form's service worker (src/phone-form/service-worker.js) as dist/dien-bao-cao-sw.js,
 * beside the page, with the list of what the page needs offline: its page, its scripts (the chunks
 * it loads on demand too) and its icon, and a version that changes with them.
 */
class PhoneOfflinePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PhoneOfflinePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'PhoneOfflinePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const entry = compilation.entrypoints.get(PHONE_PAGE);
        if (!entry) return;
        const chunks = new Set(entry.chunks);
        for (const chunk of entry.chunks) for (const lazy of chunk.getAllAsyncChunks()) chunks.add(lazy);
        const scripts = [...chunks].flatMap((chunk) => [...chunk.files]).filter((file) => file.endsWith('.js'));
        const files = [`${PHONE_PAGE}.html`, ...scripts.sort(), 'assets/icon-32.png'];
        const version = require('crypto').createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
        const worker = fs.readFileSync(path.join(__dirname, 'src/phone-form/service-worker.js'), 'utf8');
        const head = `self.__PHONE_FILES__ = ${JSON.stringify(files)};\nself.__PHONE_VERSION__ = ${JSON.stringify(version)};\n`;
        compilation.emitAsset(`${PHONE_PAGE}-sw.js`, new sources.RawSource(head + worker));
      });
    });
  }
}

function httpsOptions() {
  const { ensureDevCert } = require('./scripts/dev-cert');
  const { key, cert } = ensureDevCert();
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE) || Boolean(env.devServer);
  const publicUrl = normalisePublicUrl(env.publicUrl);
  const { version } = require('./package.json');
  const writeManifest = (content) => Buffer.from(buildManifest(content.toString('utf8'), { publicUrl, version }), 'utf8');

  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    // Never an eval-based devtool: the pages' CSP forbids 'unsafe-eval', so an eval-wrapped dev
    // build never runs (the pane would stay on "Đang tải…"). Office's own templates use source-map too.
    devtool: 'source-map',
    // Each page first switches zod's `new Function` probe off, which the pages' CSP would report.
    entry: Object.fromEntries([...PAGES, ...WEB_PAGES].map((page) => [page.name, [STRICT_CSP_ENTRY, page.entry]])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].chunk.js' : '[name].chunk.js',
      // Chunks are fetched relative to the script that loads them, so the add-in works under any path.
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs' "browser" field points at its self-contained dist/exceljs.min.js; these Node
      // built-ins are never needed in the pane if anything reaches for them anyway.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
      // csv-parse's Node build uses the global Buffer, which browsers lack; its browser build does not.
      alias: {
        'csv-parse/sync$': 'csv-parse/browser/esm/sync',
        // unpdf looks up pdfjs-dist's font folders for Node only (import.meta.resolve in a try); the pane needs none.
        'pdfjs-dist/package.json': false,
      },
    },
    module: {
      // The prebuilt exceljs bundle needs no parsing (and parsing it only produces warnings).
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.bare)?(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // `npm run typecheck` type-checks; the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      ...[...PAGES, ...WEB_PAGES].map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
            scriptLoading: 'defer',
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: { transformer: writeManifest } },
        ],
      }),
      // The address the pages are served from, for the phone form page's link and QR code.
      new webpack.DefinePlugin({ [PUBLIC_URL_CONSTANT]: JSON.stringify(publicUrl ?? DEV_URL) }),
      new PhoneOfflinePlugin(),
      // The command line for offices without Microsoft 365, downloadable from the add-in's host.
      ...(production && !serving ? [new CliBundlePlugin(publicUrl)] : []),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // A readable name for the biggest on-demand chunk (the xlsx writer's library).
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true },
          // pdf.js (through unpdf), loaded only when a PDF plan is opened.
          pdfjs: { test: /[\\/]node_modules[\\/]unpdf[\\/]/, name: 'pdfjs', chunks: 'async', enforce: true },
        },
      },
    },
    performance: {
      // The pane's start-up code (React + Fluent UI) is about 1 MB minified, ~300 KB gzipped;
      // the xlsx writer is a separate chunk loaded on demand.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
      // pdf.js (~470 KB gzipped) is fetched only when a PDF plan is opened, never at start-up.
      assetFilter: (file) => /\.js$/.test(file) && !/^pdfjs\./.test(file),
    },
    stats: serving ? 'minimal' : 'normal',
    devServer: serving
      ? {
          host: 'localhost',
          port: DEV_PORT,
          server: { type: 'https', options: httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          client: { overlay: { errors: true, warnings: false } },
          // scripts/start.js stops the server on SIGINT/SIGTERM itself (and removes its pid file);
          // the dev server's own handlers would exit before that.
          setupExitSignals: false,
        }
      : undefined,
  };
};

module.exports.PAGES = PAGES;
module.exports.WEB_PAGES = WEB_PAGES;
module.exports.DEV_URL = DEV_URL;
module.exports.DEV_PORT = DEV_PORT;
module.exports.buildManifest = buildManifest;
module.exports.manifestVersion = manifestVersion;
module.exports.PUBLIC_URL_CONSTANT = PUBLIC_URL_CONSTANT;
