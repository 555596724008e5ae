/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS config: the package is not "type": "module" */
// Builds the task pane into dist/: taskpane.html (office.js from Microsoft's CDN), its script and
// styles, the icons, and manifest.xml with the production URL in place of the dev server's.
//   ADDIN_PROD_URL  where dist/ will be hosted (https, ending in "/"); a production build without
//                   it uses the default below and says so loudly (productionUrl)
//   SCO_DATA_DIR    the data directory to bundle (default: data/)
//   SCO_DIST_DIR    where to build (default: dist/)
const { readFileSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { DefinePlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

// The data is validated and bundled by the project's own TypeScript (src/node/bundle-data.ts).
require('tsx/cjs/api').register();
const { dataBundle } = require('./src/node/bundle-data.ts');
// Which tables the pane loads later, as a chunk of their own: said once, where the pane reads them.
const { PROVENANCE_TABLES } = require('./src/addin/bundled-data.ts');
// Instead of output.clean (which empties SCO_DIST_DIR): remove only files an earlier build emitted.
const { OwnedOutputPlugin } = require('./src/node/owned-output.ts');

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://sco-data.github.io/addin/';
const DEV_PORT = 3000;

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const prod = productionUrl(process.env);
  const prodUrl = prod.url;
  if (production && prod.warning) process.stderr.write(prod.warning);
  const dataDir = resolve(process.env.SCO_DATA_DIR ?? join(__dirname, 'data'));
  if (!existsSync(join(dataDir, 'release.json'))) throw new Error(`${dataDir} has no release.json (set SCO_DATA_DIR to a data directory)`);
  const version = JSON.parse(readFileSync(join(__dirname, 'package.json'), 'utf8')).version;
  const bundle = bundleOrExit(dataDir, version);
  // JSON.parse of a string literal: faster for the browser to load than the same object as code.
  const asJson = (value) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    // The worksheet functions are their own entry so that a host without custom functions still
    // gets a working pane; both run in the one shared runtime (taskpane.html) and share one copy
    // of the data module (runtimeChunk + splitChunks).
    entry: { functions: './src/functions/functions.ts', taskpane: './src/taskpane/taskpane.ts' },
    output: {
      path: resolve(process.env.SCO_DIST_DIR ?? join(__dirname, 'dist')),
      // The manifest names functions.js; everything else is content-hashed for caching.
      filename: (pathData) => (pathData.chunk.name === 'functions' ? '[name].js' : '[name].[contenthash:8].js'),
      // The provenance chunk (src/addin/bundled-provenance.ts), fetched from the pane's own origin
      // (a <script> beside taskpane.html: the CSP's script-src 'self') when a table needs it.
      chunkFilename: '[name].[contenthash:8].js',
    },
    // Only the scripts taskpane.html loads share a chunk: the lazy provenance chunk stays apart.
    optimization: { runtimeChunk: 'single', splitChunks: { chunks: 'initial', name: 'shared' } },
    resolve: {
      extensions: ['.ts', '.js'],
      // The pane ships the ISO facts of the bundled countries only (src/addin/iso-countries-subset.ts).
      alias: {
        'i18n-iso-countries$': resolve(__dirname, 'src/addin/iso-countries-bundled.ts'),
        'i18n-iso-countries/langs': false,
      },
    },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false } } } },
        // Our modules run nothing at import that another module relies on: webpack may leave out
        // a module none of whose exports the pane uses (the validator, the zod schemas of the data files).
        { include: [resolve(__dirname, 'src'), resolve(__dirname, 'templates')], sideEffects: false },
      ],
    },
    plugins: [
      new OwnedOutputPlugin(),
      new DefinePlugin({
        __SCO_BUNDLE__: asJson(bundle.firstScreen),
        __SCO_PROVENANCE__: asJson(bundle.provenance),
        __SCO_ISO_COUNTRIES__: asJson(bundle.isoCountries),
      }),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      // custom-functions-metadata always writes "allowCustomDataForDataTypeAny": true, which hands a
      // function the entity itself when a cell holding a card is its argument; our functions take
      // plain text and numbers (=SCO.STATUS(A2.ISO3)), and entity arguments fail in Excel
      // (office-js issue 4576). Off, Excel passes the card's plain text value.
      new ReplaceInAssetPlugin('functions.json', '"allowCustomDataForDataTypeAny": true', '"allowCustomDataForDataTypeAny": false'),
      // The functions' help URLs name the dev server, as the manifest does: production points them at prodUrl.
      ...(production ? [new ReplaceInAssetPlugin('functions.json', DEV_URL, prodUrl)] : []),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['functions', 'taskpane'], scriptLoading: 'defer' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          // The worksheet functions' help page, which every @helpurl names.
          { from: 'src/functions/help.html', to: 'functions-help.html' },
          // The manifest's SupportUrl: a page that exists wherever the add-in is hosted.
          { from: 'src/taskpane/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? content.toString().replaceAll(DEV_URL, prodUrl) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      // https when Office's dev certificates are installed (npx office-addin-dev-certs install), else http.
      server: devServerType(env?.WEBPACK_SERVE === true),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};

/** Replaces text in an asset another plugin emitted (functions.json comes from CustomFunctionsMetadataPlugin). */
class ReplaceInAssetPlugin {
  constructor(asset, from, to) {
    Object.assign(this, { asset, from, to });
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ReplaceInAssetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'ReplaceInAssetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, (assets) => {
        const source = assets[this.asset];
        if (source) compilation.updateAsset(this.asset, new sources.RawSource(source.source().toString().replaceAll(this.from, this.to)));
      });
    });
  }
}

/** The validated data, or every problem on stderr and exit 1 (a stack trace would only hide them). */
function bundleOrExit(dataDir, version) {
  try {
    return dataBundle(dataDir, version, PROVENANCE_TABLES);
  } catch (error) {
    process.stderr.write(`${error.message}\nNothing was built (fix the data; \`npm run validate\` checks it alone).\n`);
    process.exit(1);
  }
}

/**
 * The URL a production manifest points at: ADDIN_PROD_URL, checked; without it the default, with a
 * warning to print (a build never uses the default silently). Exported for the tests.
 */
function productionUrl(environment) {
  const given = environment.ADDIN_PROD_URL;
  const url = given === undefined || given === '' ? DEFAULT_PROD_URL : given;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) throw new Error(`ADDIN_PROD_URL must be an https URL ending in "/" (got "${url}")`);
  if (url !== given) {
    const line = '!'.repeat(78);
    return {
      url,
      warning: `\n${line}\n!! ADDIN_PROD_URL is not set: dist/manifest.xml points at the default ${url}\n!! Set it to where dist/ will be hosted, e.g. ADDIN_PROD_URL=https://example.org/sco-data/ npm run build\n${line}\n\n`,
    };
  }
  return { url, warning: null };
}

/** https with the dev certificates in ~/.office-addin-dev-certs (README: without sudo), else http, said loudly when serving. */
function devServerType(serving) {
  const dir = join(require('node:os').homedir(), '.office-addin-dev-certs');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  const ca = join(dir, 'ca.crt');
  if (process.env.ADDIN_DEV_HTTP === '1' || !existsSync(cert) || !existsSync(key)) {
    if (serving) process.stderr.write(httpWarning(cert));
    return 'http';
  }
  return { type: 'https', options: { cert, key, ca } };
}

function httpWarning(cert) {
  const line = '!'.repeat(78);
  const why = process.env.ADDIN_DEV_HTTP === '1' ? 'ADDIN_DEV_HTTP=1 is set' : `there is no ${cert}`;
  return `\n${line}\n!! The dev server serves HTTP on http://localhost:${DEV_PORT}/ (${why}),\n!! but manifest.xml says ${DEV_URL}: Office will not load the add-in from it.\n!! Make certificates without sudo: npm run certs (README, "Development certificates").\n${line}\n\n`;
}

module.exports.productionUrl = productionUrl;
module.exports.DEFAULT_PROD_URL = DEFAULT_PROD_URL;
