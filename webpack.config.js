// Builds the task pane (dist/taskpane.html + taskpane.js), the web page for .xlsx files
// (dist/web.html + web.js), the icons, help.html and
// dist/manifest.xml with its URLs moved to ADDIN_BASE_URL (production only; one setting).
//   npx webpack --mode production                  → dist/ for https://localhost:3000
//   ADDIN_BASE_URL=https://addin.example.cn npx webpack --mode production
//   npm run dev-server                             → https://localhost:3000 (office-addin-dev-certs
//                                                    certificates when installed, else self-signed)
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls } = require('./scripts/manifest-url.js');

/** HTTPS options for the dev server: the Office dev certificates when available. */
async function httpsOptions() {
  try {
    // Not a dependency (its keytar dependency does not build everywhere): run
    // `npx office-addin-dev-certs install` once to create and trust the certificates.
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    return 'https'; // webpack-dev-server's own self-signed certificate
  }
}

module.exports = async (_env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = process.env.ADDIN_BASE_URL;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx', web: './src/web/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // ES modules so webpack can drop the Fluent UI components the pane does not use.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
        },
      ],
    },
    performance: { hints: false }, // the budget (300 KB gzipped) is checked by test/browser/bundleSize.test.ts
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        title: '绩效自评报告助手',
        officeJs: true,
        chunks: ['taskpane'],
        minify: false,
      }),
      // The web page for machines without Office: the same tabs over an .xlsx file in the browser.
      new HtmlWebpackPlugin({
        filename: 'web.html',
        template: './src/taskpane/taskpane.html',
        title: '绩效自评报告助手（网页版）',
        officeJs: false,
        chunks: ['web'],
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              production && baseUrl ? rewriteManifestUrls(content.toString('utf8'), baseUrl) : content,
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      server: production ? undefined : await httpsOptions(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
};
