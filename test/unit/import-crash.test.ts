import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/store.ts';
import { forgetTestSecrets, testKeychainService, testSecrets } from '../support/keychain.ts';

const CHILD = resolve(import.meta.dirname, '../support/import-child.ts');
const ROWS = 20_000;
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await forgetTestSecrets();
});

/** Run the importing child; with `killAt`, SIGKILL it as soon as it reports that many rows inserted. */
function runImport(dataDir: string, service: string, killAt?: number): Promise<{ output: string; signal: NodeJS.Signals | null }> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [CHILD, dataDir, service, String(ROWS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const progress = [...output.matchAll(/progress (\d+)/gu)].map((match) => Number(match[1]));
      if (killAt !== undefined && progress.some((count) => count >= killAt)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', failed);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null) failed(new Error(`import child failed (${code}): ${errors}`));
      else done({ output, signal });
    });
  });
}

async function countStaff(dataDir: string, service: string): Promise<{ staff: number; batches: number; integrity: unknown }> {
  const store = await openStore({ dataDir, secrets: testSecrets(service), actor: 'test' });
  try {
    return {
      staff: store.db.prepare('SELECT count(*) FROM staff').pluck().get() as number,
      batches: store.db.prepare('SELECT count(*) FROM import_batch').pluck().get() as number,
      integrity: store.db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    store.close();
  }
}

describe('a crash in the middle of an import', () => {
  it('leaves none of the rows when the process is killed mid-transaction, and all of them otherwise', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hygie-crash-'));
    dirs.push(dataDir);
    const service = testKeychainService();
    testSecrets(service); // registered for clean-up

    const killed = await runImport(dataDir, service, 5000);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.output).toMatch(/progress 5000/u);
    expect(killed.output).not.toMatch(/committed/u);
    expect(await countStaff(dataDir, service)).toEqual({ staff: 0, batches: 0, integrity: 'ok' });

    const completed = await runImport(dataDir, service);
    expect(completed.output).toMatch(/committed/u);
    expect(await countStaff(dataDir, service)).toEqual({ staff: ROWS, batches: 1, integrity: 'ok' });
  }, 60_000);
});
