import { defineConfig } from 'vitest/config';

// One runner for everything, so `npm test` ends on one summary:
// - unit: core, contract, main process (Electron faked), layering rules, config checks;
// - e2e: the built renderer in Debian's Chromium, wired to the real router (see test/support);
//   one file at a time, the machine has two cores.
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts', 'test/main/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts', 'test/packaged/**/*.test.ts'],
          globalSetup: ['./test/support/e2e-global-setup.ts'],
          fileParallelism: false,
          // Pages wait on the real store and keychain; on a loaded two-core CI machine the
          // default one-second poll is too short to tell "slow" from "wrong".
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
