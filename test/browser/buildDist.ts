/**
 * Builds what the browser tests load: the production task pane (dist/, reused when newer than
 * every source file) and the fake Excel as a browser script (build/browser-test/fakeExcel.js).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The project root: the folder with package.json above this file (also when run compiled, from build/). */
function projectRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export const ROOT = projectRoot(__dirname);
export const DIST = path.join(ROOT, 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function fresh(): boolean {
  const bundle = path.join(DIST, 'taskpane.js');
  const inputs = Math.max(
    newestMtime(path.join(ROOT, 'src')),
    ...['webpack.config.js', 'manifest.xml'].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs),
  );
  return (
    fs.existsSync(bundle) &&
    fs.statSync(bundle).mtimeMs > inputs &&
    ['taskpane.html', 'web.html', 'web.js'].every((f) => fs.existsSync(path.join(DIST, f)))
  );
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `webpack --mode production` unless dist/ is newer than src/, manifest and config. A lock
 * directory keeps parallel jest workers from building into dist/ at the same time.
 */
export function ensureProductionBuild(): void {
  const lock = path.join(ROOT, 'build', 'dist.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false } as any)?.mtimeMs > 600_000)
        fs.rmSync(lock, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (!fresh()) build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function build(): void {
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'],
    { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ADDIN_BASE_URL: '' } },
  );
}

/** Bundles test/fake-excel for the page (development mode: readable, no minifier time). */
export async function buildFakeExcelScript(): Promise<string> {
  const webpack = require('webpack');
  const outDir = path.join(ROOT, 'build', 'browser-test');
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: 'development',
        devtool: false,
        entry: path.join(ROOT, 'test', 'browser', 'fakeEntry.ts'),
        output: { path: outDir, filename: 'fakeExcel.js' },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: 'ts-loader',
              options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
            },
          ],
        },
      },
      (err: Error | null, stats: any) =>
        err || stats.hasErrors() ? reject(err ?? new Error(stats.toString('errors-only'))) : resolve(),
    ),
  );
  return fs.readFileSync(path.join(outDir, 'fakeExcel.js'), 'utf8');
}
