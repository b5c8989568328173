/**
 * Builds the read-pool test page (harness.ts) with the add-in's own webpack config in production
 * mode, its pages' first module and the task pane's Content-Security-Policy, into `outDir`; then
 * writes the returns it is to read into `outDir/returns/`. For tests/e2e/read-pool.e2e.test.ts and
 * `npm run bench`. The page needs no Office.js and no React: only the pool, the reader and the core.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';
import type { Configuration } from 'webpack';
import type { Campaign } from '../../../src/core';

const ROOT = join(__dirname, '../../..');

/** The CSP <meta> of the task pane, as it ships: the harness runs under the same policy. */
export function paneCspMeta(): string {
  const html = readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)?.[0];
  if (meta === undefined) throw new Error('taskpane.html has no CSP meta');
  return meta;
}

export async function buildReadPoolPage(outDir: string): Promise<{ files: string[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const projectConfig = require(join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Configuration & { entry: Record<string, string[]> };
  const base = projectConfig({}, { mode: 'production' });
  const firstModule = base.entry.taskpane?.[0];
  if (firstModule === undefined) throw new Error('webpack.config.js has no taskpane entry');
  const config: Configuration = {
    ...base,
    context: ROOT,
    devtool: false,
    entry: { harness: [firstModule, './tests/e2e/read-pool/harness.ts'] },
    output: { ...base.output, path: outDir },
    plugins: [new HtmlWebpackPlugin({ filename: 'harness.html', template: join(__dirname, 'harness.html'), chunks: ['harness'], scriptLoading: 'defer', csp: paneCspMeta() })],
    performance: { hints: false },
    stats: 'errors-only',
  };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error ?? new Error('no stats')) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  mkdirSync(join(outDir, 'returns'), { recursive: true });
  return { files: Object.keys(stats.compilation.assets) };
}

/** Puts the campaign and the return files where the harness fetches them. */
export function placeReturns(outDir: string, campaign: Campaign, files: readonly { readonly name: string; readonly bytes: Uint8Array }[]): void {
  const dir = join(outDir, 'returns');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign));
  for (const file of files) writeFileSync(join(dir, file.name), file.bytes);
}
