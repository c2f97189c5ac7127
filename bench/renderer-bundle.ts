import { join, resolve } from 'node:path';
import { build, type Metafile, type OutputFile } from 'esbuild';

// The renderer bundled by esbuild, minified, as a browser page loads it (renderer/main.tsx and
// what it imports): the bench weighs it, test/unit/renderer-bundle.test.ts checks what is in it.

const ROOT = resolve(import.meta.dirname, '..');

/** `extraEntry`: more imports appended to the entry (the bench's peer adds the dictionaries). */
export async function bundleRenderer(extraEntry: string | null = null): Promise<{ files: OutputFile[]; metafile: Metafile }> {
  const contents = `import ${JSON.stringify(join(ROOT, 'renderer/main.tsx'))};\n${extraEntry ?? ''}`;
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'tsx', sourcefile: 'bench-renderer-entry.tsx' },
    // Paths in the metafile are relative to this.
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    write: false,
    metafile: true,
    outdir: join(ROOT, 'out/bench-renderer'),
    loader: { '.css': 'css', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return { files: result.outputFiles, metafile: result.metafile };
}
