import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The e2e tests load the built renderer; `npm test` builds it first.
export default function setup(): void {
  const index = join(resolve(import.meta.dirname, '../..'), 'out/renderer/index.html');
  if (!existsSync(index)) {
    throw new Error(`No built renderer at ${index}. Run \`npm run build\` (npm test does it for you).`);
  }
  const chromium = process.env.HYGIE_CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(
      `Chromium is missing at ${chromium}. On Debian/Ubuntu: sudo apt-get install chromium; elsewhere set HYGIE_CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
}
