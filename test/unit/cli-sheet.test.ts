import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { walkthroughItemTitle } from '../../electron/core/model/walkthrough-item-texts.ts';
import { baseEnv, runHygie, type CliRun } from '../support/cli-child.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { testKeychainService, testSecrets } from '../support/keychain.ts';
import { pdfInfo, pdfText } from '../support/report-checks.ts';

// `hygie sheet --person EMAIL --pdf OUT` as an IT provider runs it: a child process, the store an
// app session made, the real keychain. The sheet is the one the app prints (same plan, same
// items); an address nobody has, a missing option or a wrong path is a usage error (exit 2) in
// the language asked, and nothing is written.

const service = testKeychainService();
const out = mkdtempSync(join(tmpdir(), 'hygie-cli-sheet-out-'));
let core: Core;
let plan: WalkthroughPlan;

beforeAll(async () => {
  core = openCore({ secrets: testSecrets(service) });
  await core.call('practice.save', PRACTICE);
  const gp = await core.call<StaffMember>('staff.create', {
    firstName: 'Claire',
    lastName: 'Dupont',
    role: 'physician',
    roleLabel: null,
    emails: ['claire.dupont@cabinet-dupont.fr'],
    services: ['amelipro', 'pro-sante-connect', 'mssante'],
  });
  plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: gp.id });
  core.close();
});

afterAll(async () => {
  await closeAllCores();
  rmSync(out, { recursive: true, force: true });
});

function sheet(args: string[]): Promise<CliRun> {
  return runHygie(['sheet', ...args], { env: baseEnv({ HYGIE_DATA_DIR: core.dataDir, HYGIE_KEYCHAIN_SERVICE: service }), cwd: out });
}

describe('hygie sheet', () => {
  it("writes the person's sheet where asked, found by any case of their address", async () => {
    const run = await sheet(['--person', 'Claire.Dupont@Cabinet-Dupont.fr', '--pdf', 'claire.pdf', '--lang', 'fr']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const path = join(out, 'claire.pdf');
    expect(run.stdout).toContain(`Fiche de Claire Dupont écrite\u202f: ${path}`);
    const text = (await pdfText(path)).replace(/\s+/gu, ' ');
    expect(text).toContain('la fiche de Claire Dupont');
    for (const step of plan.steps) expect(text).toContain(walkthroughItemTitle('fr', step.step, step.service).replace(/\u202f/gu, ' '));
    expect(Number((await pdfInfo(path)).Pages)).toBeLessThanOrEqual(2);
    rmSync(path);
  });

  it('prints the sheet and the messages in English with --lang en', async () => {
    const run = await sheet(['--person', 'claire.dupont@cabinet-dupont.fr', '--pdf', join(out, 'claire-en.pdf'), '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Claire Dupont’s sheet written');
    expect(await pdfText(join(out, 'claire-en.pdf'))).toContain('Guided walkthrough');
    rmSync(join(out, 'claire-en.pdf'));
  });

  it('refuses an unknown person, a missing option or a wrong path with exit code 2, in the language asked, writing nothing', async () => {
    for (const [args, expected] of [
      [['--person', 'nobody@cabinet-dupont.fr', '--pdf', 'x.pdf', '--lang', 'en'], 'Nobody on the staff list has the address nobody@cabinet-dupont.fr'],
      [['--person', 'nobody@cabinet-dupont.fr', '--pdf', 'x.pdf', '--lang', 'fr'], 'Personne dans la liste du personnel n’a l’adresse nobody@cabinet-dupont.fr'],
      [['--pdf', 'x.pdf', '--lang', 'en'], 'hygie sheet --person ADDRESS --pdf OUT.pdf'],
      [['--person', 'claire.dupont@cabinet-dupont.fr', '--lang', 'fr'], 'Indiquez où écrire la fiche'],
      [['--person', 'claire.dupont@cabinet-dupont.fr', '--pdf', 'x.txt', '--lang', 'en'], '--pdf needs a .pdf file'],
      [['--person', 'claire.dupont@cabinet-dupont.fr', '--pdf', join(out, 'missing', 'x.pdf'), '--lang', 'en'], 'does not exist'],
      [['--person', 'claire.dupont@cabinet-dupont.fr', '--pdf', 'x.pdf', 'extra', '--lang', 'en'], 'Unexpected argument'],
    ] as const) {
      const run = await sheet([...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(expected);
      expect(run.stdout).toBe('');
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('never creates a store: without Hygie data it says so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hygie-cli-sheet-empty-'));
    try {
      const run = await runHygie(['sheet', '--person', 'a@b.fr', '--pdf', 'x.pdf', '--lang', 'en'], {
        env: baseEnv({ HYGIE_DATA_DIR: empty, HYGIE_KEYCHAIN_SERVICE: service }),
        cwd: out,
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('No Hygie data in');
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
