import { config } from 'zod';

// The forms check fields with the engine's zod schemas (electron/core/model). zod compiles a
// faster parser for object schemas with `new Function` when the page allows it, and probes for
// that as each object schema is built; our CSP (no 'unsafe-eval') refuses it, and Chromium logs
// the refused probe as a violation even though zod catches it. Jitless mode skips the probe and
// the compiler. It must run before any schema is built, yet zod is not in the window's first
// script (the dashboard has no form): so in the renderer's build every `import … from 'zod'`
// resolves to this file (electron.vite.config.ts, zodJitless), which sets it first, then hands
// zod on. The import here is the real zod: the plugin leaves this file's own import alone.
config({ jitless: true });

export * from 'zod';
