// Folder = environment (docs/architecture.md, "Processes and folders"). Each rule names the boundary it keeps;
// `npm run check:layers` and test/unit/layering.test.ts run it, and the test proves each rule bites.
const ELECTRON_MODULE = '^(node_modules/electron/|electron$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-electron',
      comment: 'electron/core and electron/cli are plain Node: the CLI and the tests run them without Electron.',
      severity: 'error',
      from: { path: '^electron/(core|cli)/' },
      to: { path: ELECTRON_MODULE },
    },
    {
      name: 'node-side-no-renderer',
      comment: 'Nothing under electron/ may import the UI.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'preload-only-channels',
      comment: 'The sandboxed preload takes call names from channels.ts and types from the contract, never core code.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '^electron/(core|main|cli)/', pathNot: '^electron/core/api/channels\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'channels-is-plain',
      comment: 'api/channels.ts is the plain data the preload and the renderer build their calls from: it imports nothing, so neither bundle pulls zod or core code through it.',
      severity: 'error',
      from: { path: '^electron/core/api/channels\\.ts$' },
      to: {},
    },
    {
      name: 'preload-no-packages',
      comment: 'A sandboxed preload can require only electron; everything else must be bundled from our own files.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'], pathNot: ELECTRON_MODULE },
    },
    {
      name: 'renderer-no-node-builtins',
      comment: 'The renderer is a browser page: no fs, path, crypto, child_process…',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-electron',
      comment: 'The renderer reaches the main process only through window.hygie.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ELECTRON_MODULE },
    },
    {
      name: 'renderer-no-password-dictionaries',
      comment: 'The password check runs in the main process: its dictionaries and word lists (megabytes) stay out of the page.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: 'node_modules/(@zxcvbn-ts|zxcvbn|@scure/bip39)/' },
    },
    {
      name: 'renderer-types-only-from-electron',
      comment:
        'The renderer may `import type` from the contract, and use the shared vocabulary in electron/core/model (schemas, codes, constants) and the call names in api/channels.ts (plain data, its client is built from them); never run other code from electron/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/', pathNot: ['^electron/core/model/', '^electron/core/api/channels\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'model-is-plain',
      comment:
        'electron/core/model is the vocabulary every environment may import (like VS Code\'s common/): plain TypeScript, zod and the text catalogue (core/text), nothing else — no node built-ins, no domain code.',
      severity: 'error',
      from: { path: '^electron/core/model/' },
      to: { pathNot: ['^electron/core/model/', '^electron/core/text/', 'node_modules/zod/'] },
    },
    {
      name: 'text-is-plain',
      comment:
        'electron/core/text is the Node side\'s text catalogue, one file per area and language: strings and the few helpers that fill them, importing nothing else — so core/model (its error messages) and every layer above may use it.',
      severity: 'error',
      from: { path: '^electron/core/text/' },
      to: { pathNot: '^electron/core/text/' },
    },
    {
      name: 'domain-no-api',
      comment:
        'core/api (contract, router, handlers) sits on top and imports the domain folders; a domain folder never imports it back (its shared words are in core/model).',
      severity: 'error',
      from: { path: '^electron/core/', pathNot: '^electron/core/api/' },
      to: { path: '^electron/core/api/' },
    },
    {
      name: 'store-no-domain',
      comment:
        'The store holds the data and its repositories; the domain folders use the store, never the other way round.',
      severity: 'error',
      from: { path: '^electron/core/store/' },
      to: { path: '^electron/core/(breach|mfa|hardening|roster|password|report|settings|jobs|recovery)/' },
    },
    {
      name: 'no-circular',
      comment: 'An import cycle ties two modules into one; break it (a shared type goes to core/model or a file of its own).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-test-code-in-app',
      comment: 'Application code never imports test support.',
      severity: 'error',
      from: { path: '^(electron|renderer)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist)/' },
    tsPreCompilationDeps: true,
    // The layering test cruises a copy whose node_modules is a link: keep paths as written.
    preserveSymlinks: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
