import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import { KIT_TEXTS } from '../../electron/core/recovery/recovery-kit-texts.ts';
import { recoveryWords } from '../../electron/core/recovery/recovery-words.ts';
import { baseEnv, runHygie, type CliRun } from '../support/cli-child.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { testKeychainService, testSecrets } from '../support/keychain.ts';
import { pdfText } from '../support/report-checks.ts';
import { qrOnSheet, wordsOnSheet } from '../support/recovery-sheet.ts';
import { recoveryWordForms } from '../support/secret-scan.ts';

// `hygie recovery-kit --out FILE.pdf` as an IT provider runs it: a child process, the store an app
// session made, the real keychain. The kit holds the words (read back with pdftotext, and from
// the QR code); the terminal never does; nothing is written but the one file, not even a
// temporary copy (the child gets an empty TMPDIR of its own, checked afterwards).

const service = testKeychainService();
const out = mkdtempSync(join(tmpdir(), 'hygie-cli-kit-out-'));
let core: Core;
let key: string;

beforeAll(async () => {
  core = openCore({ secrets: testSecrets(service) });
  await core.call('practice.save', PRACTICE);
  key = (await core.secrets.get('database-key'))!;
  core.close();
});

afterAll(async () => {
  await closeAllCores();
  rmSync(out, { recursive: true, force: true });
});

async function kit(args: string[], dataDir = core.dataDir): Promise<CliRun & { tmp: string[] }> {
  const tmp = mkdtempSync(join(tmpdir(), 'hygie-cli-kit-tmp-'));
  try {
    const run = await runHygie(['recovery-kit', ...args], {
      env: baseEnv({ HYGIE_DATA_DIR: dataDir, HYGIE_KEYCHAIN_SERVICE: service, TMPDIR: tmp, TEMP: tmp, TMP: tmp }),
      cwd: out,
    });
    return { ...run, tmp: readdirSync(tmp) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function expectNoWords(run: CliRun): void {
  for (const form of recoveryWordForms(key)) {
    expect(run.stdout.toLowerCase()).not.toContain(form.toLowerCase());
    expect(run.stderr.toLowerCase()).not.toContain(form.toLowerCase());
  }
}

describe('hygie recovery-kit', () => {
  it('writes the kit where asked, with the words and the steps, and prints neither', async () => {
    const run = await kit(['--out', 'kit.pdf', '--lang', 'fr']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const path = join(out, 'kit.pdf');
    expect(run.stdout).toContain(path);
    expect(run.stdout).toContain('Ce fichier est une clé');
    expectNoWords(run);
    // Nothing else written: no temporary copy, no second file.
    expect(run.tmp).toEqual([]);
    expect(readdirSync(out)).toEqual(['kit.pdf']);

    const words = recoveryWords(key, 'fr');
    expect(await wordsOnSheet(path)).toEqual(words);
    expect((await qrOnSheet(path))?.split(' ')).toHaveLength(24);
    const text = (await pdfText(path)).replace(/\s+/gu, ' ');
    expect(text).toContain(KIT_TEXTS.fr.stepsTitle);
    for (const step of KIT_TEXTS.fr.steps) expect(text).toContain(step.replace(/\u202f/gu, ' '));
    expect(text).toContain(PRACTICE.name);

    // Recorded in the app's journal: by the command line's user, not the words.
    const app = openCore({ dataDir: core.dataDir, secrets: testSecrets(service) });
    const [entry] = await app.call<AuditEntry[]>('audit.list', { limit: 1 });
    expect(entry).toMatchObject({ action: 'recovery-kit.generate', actor: `cli:${userInfo().username}`, details: { language: 'fr' } });
    app.close();
    rmSync(path);
  });

  it('prints the English list with --lang en', async () => {
    const run = await kit(['--out', join(out, 'kit-en.pdf'), '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('This file is a key');
    expectNoWords(run);
    expect(await wordsOnSheet(join(out, 'kit-en.pdf'))).toEqual(recoveryWords(key, 'en'));
    rmSync(join(out, 'kit-en.pdf'));
  });

  it('refuses a destination that is not a .pdf, or inside the data folder, before opening anything', async () => {
    for (const [args, expected] of [
      [['--out', 'kit.txt', '--lang', 'en'], '--out needs a .pdf file'],
      [['--out', join(core.dataDir, 'kit.pdf'), '--lang', 'en'], "inside Hygie's data folder"],
      [['--out', join(out, 'missing', 'kit.pdf'), '--lang', 'en'], 'does not exist'],
      [['--lang', 'en'], 'hygie recovery-kit --out FILE.pdf'],
      [['--out', 'kit.pdf', 'extra', '--lang', 'en'], 'Unexpected argument'],
    ] as const) {
      const run = await kit([...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(expected);
      expect(run.stdout).toBe('');
    }
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(core.dataDir).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });

  it('never creates a store: without Hygie data it says so and writes nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hygie-cli-kit-empty-'));
    try {
      const run = await kit(['--out', 'kit.pdf', '--lang', 'fr'], empty);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Aucune donnée Hygie');
      expect(readdirSync(empty)).toEqual([]);
      expect(existsSync(join(out, 'kit.pdf'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
