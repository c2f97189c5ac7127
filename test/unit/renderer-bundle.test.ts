import { describe, expect, it } from 'vitest';
import { bundleRenderer } from '../../bench/renderer-bundle.ts';

// The renderer imports the contract's vocabulary (electron/core/model: zod schemas, codes,
// constants) and the call names (api/channels.ts), and nothing else of electron/: what that pulls
// into the page is checked here on esbuild's bundle (the bench's), which keeps more than Vite's
// when a module is imported the wrong way. The one exception: the plain texts core/model pairs up
// for the page and the printed walkthrough sheet alike (SHARED_TEXTS).

/**
 * Text the page shows that the Node side prints too, reached through core/model only: the
 * walkthrough items' titles and "how", one source for the screen and the printed sheet.
 */
const SHARED_TEXTS = ['electron/core/text/walkthrough-items.fr.ts', 'electron/core/text/walkthrough-items.en.ts'];

/** The modules that end up in the output, not those merely read: a tree-shaken one weighs 0 bytes. */
async function rendererInputs(): Promise<string[]> {
  const { metafile } = await bundleRenderer();
  return Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path.split('\\').join('/')),
  );
}

describe('the renderer bundle', () => {
  it("carries the model and the call names, no other code of electron/, and zod's English messages only", async () => {
    const inputs = await rendererInputs();
    expect(inputs.some((path) => path.startsWith('electron/core/model/schemas/'))).toBe(true);
    expect(inputs.some((path) => path.includes('node_modules/zod/'))).toBe(true);
    const electron = inputs.filter((path) => path.startsWith('electron/') && !path.startsWith('electron/core/model/') && path !== 'electron/core/api/channels.ts');
    expect(electron.filter((path) => !SHARED_TEXTS.includes(path))).toEqual([]);
    expect(inputs.filter((path) => /node_modules\/zod\/.*\/locales\/(?!en\.js$|index\.js$)/u.test(path))).toEqual([]);
  }, 60_000);
});
