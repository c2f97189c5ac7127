import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_LABELS } from '../../electron/core/model/service-labels.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { PlanStep, WalkthroughPlan, WalkthroughSheetSaved } from '../../electron/core/model/schemas/walkthrough.ts';
import { walkthroughItemTitle } from '../../electron/core/model/walkthrough-item-texts.ts';
import { TEXTS } from '../../electron/core/text/messages.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { recordingDialogs, type RecordingDialogs } from '../support/recording-dialogs.ts';
import { pdfInfo, pdfText, pdfToPngs, SHEET_ARTEFACTS_DIR } from '../support/report-checks.ts';

// Issue 17, item 4: a person's walkthrough as a sheet to print. Generated through the real router
// (the save dialog answered by a double, as the desktop's would), read back with pdftotext: the
// person, each account, each item the walkthrough gives them — the same plan, so a secretary's
// sheet has her amelipro delegation items and no CPS/e-CPS one. Pages kept as PNGs to look at.

const out = mkdtempSync(join(tmpdir(), 'hygie-sheet-'));
let core: Core;
let dialogs: RecordingDialogs;
let gp: StaffMember;
let secretary: StaffMember;

/** pdftotext's text on one line per paragraph, so a title wrapped over two lines still matches. */
const flat = (text: string) => text.replace(/\s+/gu, ' ').replace(/\u202f|\u00a0/gu, ' ');

beforeAll(async () => {
  dialogs = recordingDialogs();
  core = openCore({ dialogs });
  await core.call('practice.save', PRACTICE);
  gp = await core.call<StaffMember>('staff.create', {
    firstName: 'Claire',
    lastName: 'Dupont',
    role: 'physician',
    roleLabel: null,
    emails: ['claire.dupont@cabinet-dupont.fr'],
    services: ['amelipro', 'pro-sante-connect', 'mssante'],
  });
  secretary = await core.call<StaffMember>('staff.create', {
    firstName: 'Hélène',
    lastName: 'Martin',
    role: 'secretary',
    roleLabel: null,
    emails: ['helene.martin@cabinet-dupont.fr', 'accueil@cabinet-dupont.fr'],
    services: ['amelipro'],
  });
  // The front desk's address is shared: Hélène answers for it, Claire reads it too.
  const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: secretary.id });
  const accueil = plan.accounts.find((account) => account.identifier === 'accueil@cabinet-dupont.fr')!;
  await core.call('staff.sharedSave', { accountId: accueil.accountId, name: 'Accueil', userIds: [gp.id] });
});

afterAll(async () => {
  await closeAllCores();
  rmSync(out, { recursive: true, force: true });
});

async function sheet(staffId: string, language: 'fr' | 'en', file: string): Promise<{ path: string; plan: WalkthroughPlan; text: string }> {
  const path = join(out, file);
  dialogs.savePath = path;
  const saved = await core.call<WalkthroughSheetSaved>('walkthrough.sheet', { staffId, language });
  expect(saved).toEqual({ saved: true, fileName: file });
  const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId });
  return { path, plan, text: flat(await pdfText(path)) };
}

function expectAccountsAndItems(text: string, plan: WalkthroughPlan, language: 'fr' | 'en'): void {
  for (const account of plan.accounts) {
    expect(text).toContain(flat(account.identifier ? `${SERVICE_LABELS[account.service][language]} · ${account.identifier}` : SERVICE_LABELS[account.service][language]));
  }
  for (const step of plan.steps) expect(text, step.key).toContain(flat(walkthroughItemTitle(language, step.step, step.service)));
}

const titles = (steps: readonly PlanStep[], language: 'fr' | 'en') => steps.map((step) => walkthroughItemTitle(language, step.step, step.service));

describe('the printed walkthrough sheet', () => {
  it("prints a GP's mailbox, amelipro, Pro Santé Connect and MSSanté, each item with its how and boxes to tick, on one or two pages", async () => {
    const { path, plan, text } = await sheet(gp.id, 'fr', 'claire.pdf');
    const t = TEXTS.fr.sheet;
    expect(plan.accounts.map((account) => account.service)).toEqual(['mailbox', 'amelipro', 'pro-sante-connect', 'mssante']);
    expect(text).toContain(flat(`Parcours guidé : la fiche de Claire Dupont`));
    expect(text).toContain(PRACTICE.name);
    expectAccountsAndItems(text, plan, 'fr');
    // Her own CPS/e-CPS items are there.
    expect(titles(plan.steps, 'fr')).toContain(walkthroughItemTitle('fr', 'enable-mfa', 'amelipro'));
    // The four answers, the lines to write on, where it goes in Hygie, and never a password.
    for (const word of [t.answers.done, t.answers.notApplicable, t.answers.notPossible, t.answers.later, t.answers.date]) expect(text).toContain(flat(word));
    expect(text).toContain(flat(t.howToUse.never));
    expect(text).toContain(flat(t.record.text.replace('{{name}}', 'Claire Dupont')));
    // The provider's own steps for the MFA item, from the services catalogue.
    const mfa = plan.steps.find((step) => step.service === 'mailbox' && step.step === 'enable-mfa')!;
    for (const line of mfa.how!.fr) expect(text).toContain(flat(line));
    // Which protection is on now: the provider's methods, strongest first, to tick.
    for (const method of mfa.methods) expect(text).toContain(flat(method.label.fr));
    // The password is checked at the computer, never written on paper.
    expect(text).toContain(flat(t.checkPasswordHow[0]));

    const pages = Number((await pdfInfo(path)).Pages);
    expect(await pdfToPngs(path, 'sheet-gp-fr', { first: 1, last: pages }, 60, SHEET_ARTEFACTS_DIR)).toHaveLength(pages);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it("prints a secretary's delegated amelipro items and her shared mailbox, with no CPS/e-CPS item", async () => {
    const { path, plan, text } = await sheet(secretary.id, 'en', 'helene.pdf');
    const t = TEXTS.en.sheet;
    expect(text).toContain("Guided walkthrough: Hélène Martin’s sheet");
    expectAccountsAndItems(text, plan, 'en');
    expect(text).toContain(flat(t.account.sharedWith.replace('{{name}}', 'Accueil').replace('{{users}}', 'Claire Dupont')));
    const amelipro = plan.steps.filter((step) => step.service === 'amelipro').map((step) => step.step);
    expect(amelipro).toContain('amelipro-delegation');
    expect(amelipro).not.toContain('enable-mfa');
    expect(text).not.toContain(flat(walkthroughItemTitle('en', 'enable-mfa', 'amelipro')));
    expect(text).not.toContain(walkthroughItemTitle('en', 'enable-mfa', 'pro-sante-connect'));

    const pages = Number((await pdfInfo(path)).Pages);
    expect(await pdfToPngs(path, 'sheet-secretary-en', { first: 1, last: pages }, 60, SHEET_ARTEFACTS_DIR)).toHaveLength(pages);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('says what is already recorded in Hygie, and the day planned for a "later"', async () => {
    const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId: gp.id });
    const sessions = plan.steps.find((step) => step.service === 'mailbox' && step.step === 'sessions')!;
    await core.call('walkthrough.answer', { staffId: gp.id, accountId: sessions.accountId, step: 'sessions', answer: 'later', until: '2099-01-15' });
    const { text } = await sheet(gp.id, 'fr', 'claire-later.pdf');
    expect(text).toContain('Déjà dans Hygie : plus tard (15 janv. 2099');
  });

  it('writes nothing when the save dialog is cancelled, and says so when the place cannot be written', async () => {
    const before = readdirSync(out);
    dialogs.savePath = null;
    expect(await core.call<WalkthroughSheetSaved>('walkthrough.sheet', { staffId: gp.id, language: 'fr' })).toEqual({ saved: false });
    expect(dialogs.saveRequests.at(-1)).toMatchObject({ title: TEXTS.fr.sheet.dialogTitle, filters: [{ extensions: ['pdf'] }] });
    expect(dialogs.saveRequests.at(-1)!.defaultName).toMatch(/^Fiche parcours - Claire Dupont - \d{4}-\d{2}-\d{2}\.pdf$/u);

    dialogs.savePath = join(out, 'missing', 'sheet.pdf');
    await expect(core.call('walkthrough.sheet', { staffId: gp.id, language: 'fr' })).rejects.toMatchObject({ code: 'walkthrough-sheet-write-failed' });
    dialogs.savePath = join(out, 'sheet.txt');
    await expect(core.call('walkthrough.sheet', { staffId: gp.id, language: 'en' })).rejects.toMatchObject({ code: 'walkthrough-sheet-not-pdf' });
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      const locked = join(out, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      dialogs.savePath = join(locked, 'sheet.pdf');
      await expect(core.call('walkthrough.sheet', { staffId: gp.id, language: 'fr' })).rejects.toMatchObject({ code: 'walkthrough-sheet-write-failed', details: { reason: 'EACCES' } });
      expect(existsSync(join(locked, 'sheet.pdf'))).toBe(false);
      chmodSync(locked, 0o700);
      rmSync(locked, { recursive: true });
    }
    expect(readdirSync(out)).toEqual(before);
    await expect(core.call('walkthrough.sheet', { staffId: 'nobody', language: 'fr' })).rejects.toMatchObject({ code: 'staff-not-found' });
  });
});
