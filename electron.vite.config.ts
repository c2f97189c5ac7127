import { resolve } from 'node:path';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { buildCli } from './scripts/build-cli.ts';

const ZOD_CSP = resolve(import.meta.dirname, 'renderer/app/zod-csp.ts');

/**
 * In the renderer, `zod` is renderer/app/zod-csp.ts: zod with jitless mode set before any schema
 * is built, whichever chunk builds it (see that file); only that file reaches the real zod.
 */
function zodJitless(): Plugin {
  return {
    name: 'hygie-zod-jitless',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'zod' && importer !== ZOD_CSP ? ZOD_CSP : null;
    },
  };
}

// Three bundles: main (CommonJS, Node deps left external), preload (one self-contained CommonJS
// file, as a sandboxed preload must be) and the renderer (React, served from app://hygie/). After
// the main bundle, the `hygie` command's own (out/cli, scripts/build-cli.ts): every build makes it.
export default defineConfig({
  main: {
    plugins: [{ name: 'hygie-cli-bundle', apply: 'build', closeBundle: async () => void (await buildCli()) }],
    build: {
      outDir: 'out/main',
      // ESM-only (no `require` entry): bundled into the CommonJS main rather than required at run time.
      externalizeDeps: { exclude: ['@scure/bip39'] },
      rollupOptions: {
        // The report's and the walkthrough sheet's worker threads (core/report/report-thread.ts and
        // core/hardening/walkthrough-sheet-thread.ts find them beside index.cjs).
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'report-worker': resolve(import.meta.dirname, 'electron/core/report/report-worker.ts'),
          'walkthrough-sheet-worker': resolve(import.meta.dirname, 'electron/core/hardening/walkthrough-sheet-worker.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    // react-aria bundles its built-in strings for 30+ languages; Hygie speaks French and English.
    plugins: [zodJitless(), react(), optimizeLocales.vite({ locales: ['fr-FR', 'en-GB', 'en-US'] })],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // The dev server's inline preamble would break the strict CSP; builds never use it.
      modulePreload: { polyfill: false },
      minify: true,
      // Loaded from the local disk by a desktop app, not over a network: one bundle is fine.
      chunkSizeWarningLimit: 1536,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        // zod and renderer/app/zod-csp.ts (jitless mode, for the CSP) in one chunk, loaded with the
        // first page that builds a schema (the dashboard builds none).
        output: { codeSplitting: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|renderer[\\/]app[\\/]zod-csp\.ts$/u }] } },
      },
    },
  },
});
