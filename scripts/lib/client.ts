/**
 * The site's own browser code (src/client), bundled with esbuild: the
 * enhancements become files in out/js/, fetched only when a reader reaches
 * for them; the loader that fetches them is returned as text to inline.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { build } from 'esbuild';

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'none' as const,
  logLevel: 'error' as const,
};

export async function bundleEnhancements(outDir: string): Promise<void> {
  await build({
    ...common,
    entryPoints: ['src/client/search.ts', 'src/client/preview.ts'],
    outdir: path.join(outDir, 'js'),
    format: 'esm',
    // Pagefind's own script is written next to its index, not bundled.
    external: ['/pagefind/*'],
  });
}

export interface InlineScript {
  code: string;
  /** For the Content-Security-Policy: the one inline script the site allows. */
  hash: string;
}

export async function bundleLoader(): Promise<InlineScript> {
  const result = await build({
    ...common,
    entryPoints: ['src/client/loader.ts'],
    format: 'iife',
    write: false,
  });
  const code = result.outputFiles[0].text.trim();
  return { code, hash: `sha256-${crypto.createHash('sha256').update(code).digest('base64')}` };
}
