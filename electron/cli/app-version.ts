import { readFileSync } from 'node:fs';
import { APP_NAME } from '../core/app-identity.ts';

// The version the CLI reports and sends in its User-Agent: package.json's, stamped into the
// bundle when scripts/build-cli.ts made it, else read from the checkout the sources run from.

export function cliVersion(): string {
  const stamped = (globalThis as { HYGIE_CLI_BUILD_VERSION?: string }).HYGIE_CLI_BUILD_VERSION;
  if (stamped !== undefined) return stamped;
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** "Hygie/0.1.0 (cli)": HIBP refuses requests without a User-Agent naming the client. */
export function cliUserAgent(version: string): string {
  return `${APP_NAME}/${version} (cli)`;
}
