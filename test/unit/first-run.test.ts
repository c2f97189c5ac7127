import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import type { FirstRunStatus, FirstRunStepId } from '../../electron/core/model/schemas/first-run.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { WalkthroughPlan } from '../../electron/core/model/schemas/walkthrough.ts';
import { base64, closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { importCorpus } from '../support/corpus-import.ts';

afterEach(closeAllCores);

const states = (status: FirstRunStatus): Record<FirstRunStepId, string> =>
  Object.fromEntries(status.steps.map((step) => [step.id, step.state])) as Record<FirstRunStepId, string>;

async function finishWalkthrough(core: Core, staffId: string): Promise<void> {
  const plan = await core.call<WalkthroughPlan>('walkthrough.plan', { staffId });
  for (const step of plan.steps) {
    await core.call('walkthrough.answer', {
      staffId,
      accountId: step.accountId,
      step: step.step,
      answer: step.step === 'enable-mfa' ? 'not-possible' : 'done',
      ...(step.step === 'enable-mfa' ? { mfaStatus: 'none', note: 'Le fournisseur ne le propose pas.' } : {}),
    });
  }
}

describe('the first-run checklist', () => {
  it('ticks each step from the data itself, in order, and is complete only when all are done', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    let status = await core.call<FirstRunStatus>('firstRun.status');
    expect(status.steps.map((step) => step.id)).toEqual(['practice', 'staff', 'breachSource', 'firstCheck', 'walkthrough', 'firstReport']);
    expect(states(status)).toEqual({ practice: 'done', staff: 'todo', breachSource: 'todo', firstCheck: 'todo', walkthrough: 'todo', firstReport: 'todo' });
    expect(status.complete).toBe(false);

    const person = await core.call<StaffMember>('staff.create', {
      firstName: 'Hélène',
      lastName: 'Lefèvre',
      role: 'secretary',
      roleLabel: null,
      emails: ['helene.lefevre@cabinet-dupont.fr'],
      services: [],
    });
    status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).staff).toBe('done');
    expect(status.steps.find((step) => step.id === 'walkthrough')?.progress).toEqual({ done: 0, total: 1 });

    // "Later" is recorded, in the journal too, and the step says postponed — not done.
    status = await core.call<FirstRunStatus>('firstRun.chooseBreachSource', { choice: 'later' });
    expect(states(status).breachSource).toBe('postponed');
    expect(status.breachSource).toMatchObject({ hibpKey: false, localLists: 0, choice: 'later', choiceAt: expect.any(String) });
    const journal = await core.call<AuditEntry[]>('audit.list', { limit: 5 });
    expect(journal[0]).toMatchObject({ action: 'first-run.breach-source', details: { choice: 'later' } });
    // "Local lists only" with no list yet: still to do, since nothing can be checked with it.
    status = await core.call<FirstRunStatus>('firstRun.chooseBreachSource', { choice: 'local-only' });
    expect(states(status).breachSource).toBe('todo');

    // A list imported: Hygie sees how breaches will be checked, whatever was said.
    await importCorpus(core, { fileName: 'fuite.txt', contentBase64: base64('helene.lefevre@cabinet-dupont.fr\n'), name: 'Fuite 2024', breachDate: '2024-11-02' });
    status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).breachSource).toBe('done');
    expect(states(status).firstCheck).toBe('todo');

    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    await core.jobs.finished(jobId);
    status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).firstCheck).toBe('done');

    await finishWalkthrough(core, person.id);
    status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).walkthrough).toBe('done');
    expect(status.complete).toBe(false);

    await core.call('reports.generate', { language: 'fr', anonymise: false });
    status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).firstReport).toBe('done');
    expect(status.complete).toBe(true);

    // A new person who has not done the walkthrough brings the checklist back: it follows the data.
    await core.call('staff.create', { firstName: 'Paul', lastName: 'Garçon', role: 'physician', roleLabel: null, emails: ['paul.garcon@cabinet-dupont.fr'], services: [] });
    status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).walkthrough).toBe('todo');
    expect(status.steps.find((step) => step.id === 'walkthrough')?.progress).toEqual({ done: 1, total: 2 });
    expect(status.complete).toBe(false);
  });

  it('counts an HIBP key as the way breaches are checked, and a check that could not answer as no check', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    await core.call('staff.create', { firstName: 'Paul', lastName: 'Garçon', role: 'physician', roleLabel: null, emails: ['paul.garcon@cabinet-dupont.fr'], services: [] });
    await core.call('services.setHibpKey', { apiKey: '0123456789abcdef0123456789abcdef' });
    // The key points at a closed port: every address comes back "not checked".
    await core.call('services.set', { hibpBaseUrl: 'http://127.0.0.1:9/api/v3' });
    let status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).breachSource).toBe('done');
    expect(status.breachSource.hibpKey).toBe(true);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    await core.jobs.finished(jobId);
    status = await core.call<FirstRunStatus>('firstRun.status');
    expect(states(status).firstCheck).toBe('todo');
  });

  it('refuses a choice it does not know, and forgets one on null', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    await expect(core.call('firstRun.chooseBreachSource', { choice: 'hibp' })).rejects.toMatchObject({ code: 'invalid-input' });
    await core.call('firstRun.chooseBreachSource', { choice: 'later' });
    const status = await core.call<FirstRunStatus>('firstRun.chooseBreachSource', { choice: null });
    expect(status.breachSource.choice).toBeNull();
    expect(states(status).breachSource).toBe('todo');
  });
});
