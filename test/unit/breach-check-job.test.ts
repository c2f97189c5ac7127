import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../electron/core/store/encrypted-database.ts';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import type { JobEvent } from '../../electron/core/model/job-event.ts';
import type { BreachResults, PersonResult } from '../../electron/core/model/schemas/breach-check.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { safeFailureDetails } from '../../electron/core/jobs/failure-details.ts';
import { withPersons } from '../../renderer/pages/breaches/person-update.ts';
import { base64, closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { importCorpus } from '../support/corpus-import.ts';
import { CORE_KEY, PRO_KEY, emailHash, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// "Check all staff" through the contract, against the fake HIBP on loopback: what is stored per
// e-mail and source, what the Breaches page reads, the 24-hour skip, retry, cancel and resume.

const fakes: FakeHibp[] = [];
afterEach(async () => {
  await closeAllCores();
  for (const fake of fakes.splice(0)) await fake.close();
});

const BREACHED = 'account-exists@hibp-integration-tests.com';
const MANY = 'multiple-breaches@hibp-integration-tests.com';
const CLEAN = 'helene.lefevre@cabinet-dupont.fr';

const FAST = { core: { jobs: { breach: { checker: { timeoutMs: 3_000, maxRetries: 0 } } } } };

async function fake(): Promise<FakeHibp> {
  const started = await startFakeHibp();
  fakes.push(started);
  return started;
}

async function practiceWithStaff(core: Core, hibp: FakeHibp, key: string | null): Promise<StaffMember[]> {
  await core.call('practice.save', PRACTICE);
  const people = [
    { firstName: 'Hélène', lastName: 'Lefèvre', role: 'secretary', roleLabel: null, emails: [CLEAN], services: [] },
    { firstName: 'François', lastName: 'Garçon', role: 'physician', roleLabel: null, emails: [BREACHED, MANY], services: ['amelipro'] },
  ];
  const members: StaffMember[] = [];
  for (const person of people) members.push(await core.call<StaffMember>('staff.create', person));
  await core.call('services.set', { hibpBaseUrl: hibp.baseUrl });
  if (key) await core.call('services.setHibpKey', { apiKey: key });
  return members;
}

function collect(core: Core): JobEvent[] {
  const events: JobEvent[] = [];
  core.router.onJobEvent((event) => events.push(event));
  return events;
}

function emailResult(results: BreachResults, email: string) {
  const found = results.persons.flatMap((person) => person.emails).find((entry) => entry.email === email);
  if (!found) throw new Error(`no result for ${email}`);
  return found;
}

describe('checking every staff e-mail as a job', () => {
  it('checks each e-mail once, stores each source’s answer, and reports progress to the end', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, CORE_KEY);
    const events = collect(core);

    const started = await core.call<{ jobId: string; total: number; skipped: number }>('breach.checkAll');
    expect(started).toEqual({ jobId: expect.any(String), total: 3, skipped: 0 });
    expect(await core.jobs.finished(started.jobId)).toBe('completed');

    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.map((event) => event.done)).toEqual(expect.arrayContaining([0, 1, 2, 3]));
    expect(progress.some((event) => event.currentItem?.includes(BREACHED))).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'finished', outcome: 'completed', done: 3, total: 3, counts: { breached: 2, clean: 1 } });

    const results = await core.call<BreachResults>('breach.results');
    // A Core plan has no range search: the address itself went to HIBP, and the page must say so.
    expect(results.hibp).toEqual({ key: 'set', mode: 'direct', plan: 'Core 1' });
    expect(results.summary).toEqual({ people: 2, emails: 3, breached: 2, clean: 1, notChecked: 0, neverChecked: 0 });
    const garcon = results.persons.find((person) => person.lastName === 'Garçon')!;
    expect(garcon.status).toBe('breached');
    const many = emailResult(results, MANY);
    expect(many.results).toHaveLength(1);
    expect(many.results[0]!.outcome).toMatchObject({ status: 'breached', source: 'hibp' });
    const breaches = many.results[0]!.outcome.status === 'breached' ? many.results[0]!.outcome.breaches : [];
    expect(breaches.map((breach) => breach.title)).toEqual(['Adobe', 'LinkedIn', 'Dropbox']);
    expect(breaches[0]).toMatchObject({ breachDate: '2013-10-04', dataClasses: expect.arrayContaining(['Password hints']) });
    expect(emailResult(results, CLEAN)).toMatchObject({ status: 'clean', checkedAt: expect.any(String) });

    // Exactly one lookup per address, each sent with the key.
    const lookups = hibp.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'));
    expect(lookups).toHaveLength(3);
    expect(lookups.every((entry) => entry.hasApiKey)).toBe(true);
    const store = await core.host.open();
    expect(store.db.prepare("SELECT COUNT(*) FROM check_result WHERE kind = 'breach'").pluck().get()).toBe(3);
  });

  // Issue 15, item 10: while a check runs, the Breaches page reads again only the person of each
  // finished address (named by its event) and puts it in place; that must end where a full read ends.
  it('names each finished address’s account in its event; its person read alone and put in place adds up to a full read', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    const members = await practiceWithStaff(core, hibp, CORE_KEY);
    // Hélène's address cannot be checked this time: counted as not checked, never as clean.
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(CLEAN)}`, { type: 'status', status: 403 }, 1);
    let shown = await core.call<BreachResults>('breach.results');
    const events = collect(core);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    expect(await core.jobs.finished(jobId)).toBe('completed');

    const full = await core.call<BreachResults>('breach.results');
    const accounts = full.persons.flatMap((person) => person.emails.map((email) => [email.accountId, email.status] as const));
    const named = events.flatMap((event) => (event.type === 'progress' && event.finishedItem ? [event.finishedItem] : []));
    // Each address once, under its mailbox account, with what its check added up to.
    expect(named.map((item) => [item.key, item.tally]).sort()).toEqual([...accounts].sort());
    for (const item of named) {
      const { person } = await core.call<{ person: PersonResult | null }>('breach.person', { accountId: item.key });
      expect(person).toEqual(full.persons.find((candidate) => candidate.emails.some((email) => email.accountId === item.key)));
      shown = withPersons(shown, [person!])!;
    }
    expect(shown.persons).toEqual(full.persons);
    expect(shown.summary).toEqual(full.summary);
    expect(shown.summary).toEqual({ people: 2, emails: 3, breached: 2, clean: 0, notChecked: 1, neverChecked: 0 });

    // An account the page does not know, or of someone taken off the roster since: nothing to put
    // in place (the page then reads everything); nor can a person the page does not show yet be.
    expect(await core.call('breach.person', { accountId: 'no-such-account' })).toEqual({ person: null });
    const garcon = members.find((member) => member.lastName === 'Garçon')!;
    const garconPerson = full.persons.find((person) => person.staffId === garcon.id)!;
    await core.call('staff.remove', { id: garcon.id });
    expect(await core.call('breach.person', { accountId: garconPerson.emails[0]!.accountId })).toEqual({ person: null });
    expect(withPersons({ ...full, persons: full.persons.filter((person) => person !== garconPerson) }, [garconPerson])).toBeNull();
  });

  it('with a Pro key sends only hash prefixes, never an address', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, PRO_KEY);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    await core.jobs.finished(jobId);
    const results = await core.call<BreachResults>('breach.results');
    expect(results.hibp.mode).toBe('range');
    expect(emailResult(results, MANY).results[0]!.outcome).toMatchObject({ status: 'breached', source: 'hibp-range' });
    expect(emailResult(results, CLEAN).status).toBe('clean');
    const lookups = hibp.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'));
    expect(lookups.map((entry) => entry.path)).toEqual(
      expect.arrayContaining([`/api/v3/breachedaccount/range/${emailHash(MANY).slice(0, 6)}`]),
    );
    for (const entry of lookups) {
      expect(entry.path).toMatch(/^\/api\/v3\/breachedaccount\/range\/[0-9A-F]{6}$/u);
      expect(entry.url).not.toContain('@');
    }
  });

  it('keeps a failed answer as not checked with its reason, never as clean, and retries only those', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, CORE_KEY);
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(CLEAN)}`, { type: 'status', status: 403, headers: { 'cf-ray': '8a1b2c3d4e5f-CDG' } }, 1);
    const first = await core.call<{ jobId: string }>('breach.checkAll');
    await core.jobs.finished(first.jobId);

    let results = await core.call<BreachResults>('breach.results');
    expect(emailResult(results, CLEAN)).toMatchObject({
      status: 'not-checked',
      results: [{ outcome: { status: 'not-checked', source: 'hibp', reason: 'blocked', rayId: '8a1b2c3d4e5f-CDG', httpStatus: 403 } }],
    });
    expect(results.summary).toMatchObject({ breached: 2, clean: 0, notChecked: 1 });
    expect(results.persons.find((person) => person.lastName === 'Lefèvre')!.status).toBe('not-checked');

    // A rerun within 24 hours takes only the e-mail without a definitive answer.
    const rerun = await core.call<{ jobId: string; total: number; skipped: number }>('breach.checkAll');
    expect(rerun).toMatchObject({ total: 1, skipped: 2 });
    await core.jobs.finished(rerun.jobId);
    results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 2, clean: 1, notChecked: 0 });

    // Nothing left: no job; forced: everyone again.
    expect(await core.call('breach.checkAll')).toEqual({ jobId: null, total: 0, skipped: 3 });
    expect(await core.call('breach.retry')).toEqual({ jobId: null, total: 0, skipped: 0 });
    const forced = await core.call<{ jobId: string; total: number }>('breach.checkAll', { force: true });
    expect(forced.total).toBe(3);
    await core.jobs.finished(forced.jobId);
  });

  it('retry takes the e-mails a source could not answer for, or the ones asked', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, CORE_KEY);
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(MANY)}`, { type: 'status', status: 503 }, 1);
    const first = await core.call<{ jobId: string }>('breach.checkAll');
    await core.jobs.finished(first.jobId);
    let results = await core.call<BreachResults>('breach.results');
    expect(emailResult(results, MANY).results[0]!.outcome).toMatchObject({ status: 'not-checked', reason: 'unavailable' });

    const retry = await core.call<{ jobId: string; total: number }>('breach.retry');
    expect(retry.total).toBe(1);
    await core.jobs.finished(retry.jobId);
    results = await core.call<BreachResults>('breach.results');
    expect(emailResult(results, MANY).status).toBe('breached');

    const chosen = emailResult(results, CLEAN).accountId;
    const again = await core.call<{ jobId: string; total: number }>('breach.retry', { accountIds: [chosen] });
    expect(again.total).toBe(1);
    await core.jobs.finished(again.jobId);
  });

  it('keeps an earlier breach visible when a later check of that source fails', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, CORE_KEY);
    const first = await core.call<{ jobId: string }>('breach.checkAll');
    await core.jobs.finished(first.jobId);
    hibp.fault('/api/v3/breachedaccount/', { type: 'malformed' });
    const forced = await core.call<{ jobId: string }>('breach.checkAll', { force: true });
    await core.jobs.finished(forced.jobId);
    const results = await core.call<BreachResults>('breach.results');
    const many = emailResult(results, MANY);
    // Still breached: the failed check says nothing new, and the earlier breach is shown with it.
    expect(many.status).toBe('breached');
    expect(many.results[0]).toMatchObject({ outcome: { reason: 'malformed' }, lastBreached: { breaches: expect.arrayContaining([expect.objectContaining({ name: 'Adobe' })]) } });
    // The clean address's failed check is not clean any more: not checked.
    expect(emailResult(results, CLEAN)).toMatchObject({ status: 'not-checked', results: [{ lastBreached: null }] });
    expect(results.summary).toMatchObject({ breached: 2, clean: 0, notChecked: 1 });
  });

  it('cancels: the e-mail under way and those not started are recorded as not checked (cancelled)', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, CORE_KEY);
    hibp.fault('/api/v3/breachedaccount/', { type: 'hang' });
    const events = collect(core);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    await expect.poll(() => events.some((event) => event.type === 'progress' && event.currentItem !== undefined)).toBe(true);
    expect(await core.call('jobs.active')).toEqual([expect.objectContaining({ jobId, kind: 'breach-check', total: 3 })]);
    expect(await core.call('jobs.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await core.jobs.finished(jobId)).toBe('cancelled');

    const results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 0, clean: 0, notChecked: 3, neverChecked: 0 });
    for (const person of results.persons) {
      for (const email of person.emails) expect(email.results[0]!.outcome).toMatchObject({ status: 'not-checked', reason: 'cancelled' });
    }
    expect(results.lastRun).toMatchObject({ jobId, state: 'cancelled' });
    expect(await core.call('jobs.active')).toEqual([]);
  });

  it('resumes after a crash where it stopped, without checking finished e-mails again', async () => {
    const hibp = await fake();
    const first = openCore(FAST);
    await practiceWithStaff(first, hibp, CORE_KEY);
    // Garçon's second address hangs: the app "crashes" while it is under way.
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(MANY)}`, { type: 'hang' }, 1);
    const events = collect(first);
    const { jobId } = await first.call<{ jobId: string }>('breach.checkAll', undefined);
    await expect.poll(() => events.filter((event) => event.type === 'progress' && event.done >= 1).length > 0 && hibp.log.some((entry) => entry.url.includes(encodeURIComponent(MANY)))).toBe(true);
    const doneBefore = (await first.host.open()).jobs.items(jobId).filter((item) => item.state === 'done').length;
    first.close();

    const second = openCore({ dataDir: first.dataDir, secrets: first.secrets, ...FAST });
    const afterEvents = collect(second);
    // The interrupted address answers slowly this time: long enough to look at the page meanwhile.
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(MANY)}`, { type: 'slow', delayMs: 1_000 }, 1);
    await second.call('store.status'); // the window's first request opens the store: the job resumes
    // The page sees it under way again, from where it stopped: not finished, not started over.
    const during = await second.call<BreachResults>('breach.results');
    expect(during.activeJob).toMatchObject({ jobId, done: doneBefore, total: 3 });
    expect(during.lastRun).toMatchObject({ jobId, state: 'running', finishedAt: null, error: null });
    expect(await second.jobs.finished(jobId)).toBe('completed');
    expect(afterEvents.at(-1)).toMatchObject({ type: 'finished', outcome: 'completed', done: 3 });

    const results = await second.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 2, clean: 1, notChecked: 0 });
    // Each finished address was asked once; only the interrupted one twice.
    const asked = (email: string) => hibp.log.filter((entry) => entry.url.includes(encodeURIComponent(email))).length;
    expect(asked(MANY)).toBe(2);
    expect(asked(BREACHED) + asked(CLEAN)).toBe(2);
    expect(doneBefore).toBeGreaterThanOrEqual(1);
  });

  it('refuses to start without any source, and a second check while one runs', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, null);
    await expect(core.call('breach.checkAll')).rejects.toMatchObject({ code: 'breach-no-source' });
    const results = await core.call<BreachResults>('breach.results');
    expect(results.hibp).toEqual({ key: 'not-set', mode: 'none', plan: null });
    expect(results.summary).toMatchObject({ emails: 3, clean: 0, notChecked: 3, neverChecked: 3 });

    await core.call('services.setHibpKey', { apiKey: CORE_KEY });
    hibp.fault('/api/v3/breachedaccount/', { type: 'hang' });
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    await expect(core.call('breach.checkAll', { force: true })).rejects.toMatchObject({ code: 'job-already-running', details: { jobId } });
    await core.call('jobs.cancel', { jobId });
    await core.jobs.finished(jobId);
  });

  it('without a key, checks against the local corpora only, and a new corpus makes a rerun ask it', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, null);
    const corpus = await importCorpus(core, {
      contentBase64: base64(`${CLEAN}\nsomeone@else.fr\n`),
      fileName: 'fuite-cabinet.txt',
      name: 'Fuite du prestataire',
      breachDate: '2024-03-01',
    });
    const first = await core.call<{ jobId: string; total: number }>('breach.checkAll');
    expect(first.total).toBe(3);
    await core.jobs.finished(first.jobId);
    let results = await core.call<BreachResults>('breach.results');
    expect(results.hibp.mode).toBe('none');
    expect(emailResult(results, CLEAN)).toMatchObject({
      status: 'breached',
      results: [{ sourceName: 'Fuite du prestataire', outcome: { status: 'breached', source: `corpus:${corpus.corpus.id}` } }],
    });
    expect(emailResult(results, MANY).status).toBe('clean');
    // Nothing went to HIBP without a key.
    expect(hibp.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount'))).toEqual([]);

    // A second list: every address has a source it was never checked with, so a rerun takes them all.
    await importCorpus(core, { contentBase64: base64('x@y.fr\n'), fileName: 'autre.txt', name: 'Autre fuite', breachDate: '2023-01-01' });
    results = await core.call<BreachResults>('breach.results');
    expect(emailResult(results, MANY)).toMatchObject({ status: 'not-checked', pendingSources: [expect.stringMatching(/^corpus:/u)] });
    const rerun = await core.call<{ jobId: string; total: number; skipped: number }>('breach.checkAll');
    expect(rerun).toMatchObject({ total: 3, skipped: 0 });
    await core.jobs.finished(rerun.jobId);
    results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 1, clean: 2, notChecked: 0 });
  });

  it('in a 429 storm, ends with every e-mail not checked "rate-limited", counted as such, and a retry checks them', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, CORE_KEY);
    // HIBP refuses every lookup of this run (the retry budget is 0 here: each 429 is final).
    hibp.fault('/api/v3/breachedaccount/', { type: 'status', status: 429, headers: { 'retry-after': '0' } }, 3);
    const events = collect(core);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    expect(await core.jobs.finished(jobId)).toBe('completed');
    expect(events.at(-1)).toMatchObject({ type: 'finished', outcome: 'completed', done: 3, counts: { 'not-checked': 3 } });

    let results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 0, clean: 0, notChecked: 3, neverChecked: 0 });
    expect(results.persons.map((person) => person.status)).toEqual(['not-checked', 'not-checked']);
    for (const email of results.persons.flatMap((person) => person.emails)) {
      expect(email.results[0]!.outcome).toMatchObject({ status: 'not-checked', reason: 'rate-limited', httpStatus: 429 });
    }
    // What the page's "retry" button calls: all three again, now answered.
    const retry = await core.call<{ jobId: string; total: number }>('breach.retry');
    expect(retry.total).toBe(3);
    await core.jobs.finished(retry.jobId);
    results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 2, clean: 1, notChecked: 0 });
  });

  // Issue 13, F1: a Pro key whose plan answered 200 with nothing readable sent every address.
  it('with a Pro key whose plan reads {}, sends no address at all and says why', async () => {
    const hibp = await fake();
    const key = 'c0ffee00c0ffee00c0ffee00c0ffee00';
    hibp.setKey(key, { plan: 'Pro 1', rpm: 100, range: true, statusBody: () => ({}) });
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, key);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    expect(await core.jobs.finished(jobId)).toBe('completed');

    const results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 0, clean: 0, notChecked: 3 });
    for (const email of results.persons.flatMap((person) => person.emails)) {
      expect(email.results[0]!.outcome).toMatchObject({ status: 'not-checked', reason: 'malformed' });
    }
    // Nothing was learnt about the plan: the page does not claim either mode.
    expect(results.hibp.mode).toBe('unknown');
    expect(hibp.log.filter((entry) => entry.path.includes('/breachedaccount'))).toEqual([]);
    for (const entry of hibp.log) {
      for (const email of [CLEAN, BREACHED, MANY]) expect(decodeURIComponent(entry.url).toLowerCase()).not.toContain(email);
    }
  });

  // Issue 13, F2: a retry-after beyond the job's budget became a pause for the whole job.
  for (const retryAfter of ['3600', '99999999999']) {
    it(`a retry-after of ${retryAfter} s ends the check at once: each e-mail rate-limited, with when to retry`, async () => {
      const hibp = await fake();
      const core = openCore(FAST);
      await practiceWithStaff(core, hibp, CORE_KEY);
      hibp.fault('/api/v3/breachedaccount/', { type: 'status', status: 429, headers: { 'retry-after': retryAfter } });
      const warnings: string[] = [];
      const onWarning = (warning: Error) => warnings.push(warning.name);
      process.on('warning', onWarning);
      try {
        const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
        expect(await core.jobs.finished(jobId)).toBe('completed');
      } finally {
        process.off('warning', onWarning);
      }
      expect(warnings).not.toContain('TimeoutOverflowWarning');

      const refused = hibp.log.filter((entry) => entry.path.startsWith('/api/v3/breachedaccount/'));
      // At most the two under way when the first refusal came back; the third was never sent.
      expect(refused.length).toBeLessThanOrEqual(2);
      const wait = Math.min(Number(retryAfter) * 1000, 24 * 60 * 60_000);
      const results = await core.call<BreachResults>('breach.results');
      expect(results.summary).toMatchObject({ breached: 0, clean: 0, notChecked: 3 });
      for (const email of results.persons.flatMap((person) => person.emails)) {
        const outcome = email.results[0]!.outcome;
        expect(outcome).toMatchObject({ status: 'not-checked', reason: 'rate-limited', retryAt: expect.any(String) });
        const retryAt = Date.parse((outcome as { retryAt: string }).retryAt);
        expect(retryAt).toBeGreaterThanOrEqual(refused[0]!.time + wait - 1_000);
        expect(retryAt).toBeLessThanOrEqual(refused.at(-1)!.time + wait + 1_000);
      }
    });
  }

  // Issue 13, F3: the plan lookup waited out its retries deaf to Cancel.
  it('cancels while the plan is still being read: every e-mail cancelled, none sent', async () => {
    const hibp = await fake();
    // Retries allowed, so the plan lookup waits out the retry-after (two minutes, within the budget).
    const core = openCore({ core: { jobs: { breach: { checker: { timeoutMs: 3_000, maxRetries: 2 } } } } });
    await practiceWithStaff(core, hibp, CORE_KEY);
    hibp.fault('/api/v3/subscription/status', { type: 'status', status: 429, headers: { 'retry-after': '120' } });
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    await expect.poll(() => hibp.log.some((entry) => entry.path === '/api/v3/subscription/status')).toBe(true);
    const started = Date.now();
    expect(await core.call('jobs.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await core.jobs.finished(jobId)).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(5_000);
    const results = await core.call<BreachResults>('breach.results');
    for (const email of results.persons.flatMap((person) => person.emails)) {
      expect(email.results[0]!.outcome).toMatchObject({ status: 'not-checked', reason: 'cancelled' });
    }
    expect(hibp.log.filter((entry) => entry.path.includes('/breachedaccount'))).toEqual([]);
  });

  it('with the network down, ends with every e-mail not checked "network", never clean', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await practiceWithStaff(core, hibp, CORE_KEY);
    // Nothing listens there any more: every connection is refused.
    await hibp.close();
    fakes.splice(fakes.indexOf(hibp), 1);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    expect(await core.jobs.finished(jobId)).toBe('completed');
    const results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 0, clean: 0, notChecked: 3 });
    for (const email of results.persons.flatMap((person) => person.emails)) {
      expect(email.results[0]!.outcome).toMatchObject({ status: 'not-checked', reason: 'network' });
    }
  });

  it('stops when the database stays locked under it, says why, and keeps the e-mails already finished', async () => {
    const hibp = await fake();
    const core = openCore({ ...FAST, busyTimeoutMs: 200 });
    await practiceWithStaff(core, hibp, CORE_KEY);
    // The last address answers slowly: the lock is taken while it is under way.
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(MANY)}`, { type: 'slow', delayMs: 1_500 }, 1);
    const events = collect(core);
    const { jobId } = await core.call<{ jobId: string }>('breach.checkAll');
    await expect
      .poll(() => events.some((event) => event.type === 'progress' && event.done >= 2) && hibp.log.some((entry) => entry.url.includes(encodeURIComponent(MANY))))
      .toBe(true);
    // Another program (a backup tool, a second Hygie) holds the write lock and does not let go.
    const other = openEncryptedDatabase(join(core.dataDir, 'hygie.db'), (await core.secrets.get('database-key'))!, { mustExist: true, busyTimeoutMs: 0 });
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await core.jobs.finished(jobId)).toBe('failed');
      const finished = events.at(-1);
      expect(finished).toMatchObject({ type: 'finished', outcome: 'failed', error: { code: 'database-busy', message: { fr: expect.any(String), en: expect.any(String) } } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // Nothing finished was lost: the two e-mails answered before the lock are in the store.
    const results = await core.call<BreachResults>('breach.results');
    expect(results.summary).toMatchObject({ breached: 1, clean: 1, notChecked: 1, neverChecked: 1 });
    expect(emailResult(results, MANY).status).toBe('not-checked');
    // Its end could not be written: the page must not show it as finished, but as interrupted.
    expect(results.activeJob).toBeNull();
    expect(results.lastRun).toMatchObject({ jobId, state: 'interrupted', finishedAt: null, error: null });
    // The job was not marked done: the next check resumes it and finishes the last address.
    await expect(core.call('breach.checkAll')).rejects.toMatchObject({ code: 'job-already-running', details: { jobId } });
    expect(await core.jobs.finished(jobId)).toBe('completed');
    const after = await core.call<BreachResults>('breach.results');
    expect(after.summary).toMatchObject({ breached: 2, clean: 1, notChecked: 0 });
    expect(after.lastRun).toMatchObject({ jobId, state: 'completed', error: null });
  });

  it('still says after a restart why the last check failed (a locked database), in French and English', async () => {
    const hibp = await fake();
    let other: ReturnType<typeof openEncryptedDatabase> | undefined;
    // The other program lets go of its lock just after the check stopped on it: the failure,
    // and why, can then be written with the job.
    const logger = {
      error(message: string) {
        if (message === 'hygie: job breach-check failed' && other) {
          other.exec('ROLLBACK');
          other.close();
          other = undefined;
        }
      },
    };
    const first = openCore({ ...FAST, busyTimeoutMs: 200, logger });
    await practiceWithStaff(first, hibp, CORE_KEY);
    hibp.fault(`/api/v3/breachedaccount/${encodeURIComponent(MANY)}`, { type: 'slow', delayMs: 1_500 }, 1);
    const events = collect(first);
    const { jobId } = await first.call<{ jobId: string }>('breach.checkAll');
    await expect
      .poll(() => events.some((event) => event.type === 'progress' && event.done >= 2) && hibp.log.some((entry) => entry.url.includes(encodeURIComponent(MANY))))
      .toBe(true);
    other = openEncryptedDatabase(join(first.dataDir, 'hygie.db'), (await first.secrets.get('database-key'))!, { mustExist: true, busyTimeoutMs: 0 });
    other.exec('BEGIN IMMEDIATE');
    expect(await first.jobs.finished(jobId)).toBe('failed');
    expect(other).toBeUndefined();
    first.close();

    const second = openCore({ dataDir: first.dataDir, secrets: first.secrets, ...FAST });
    const results = await second.call<BreachResults>('breach.results');
    const busy = ERROR_MESSAGES['database-busy'];
    expect(results.lastRun).toEqual({
      jobId,
      state: 'failed',
      startedAt: expect.any(String),
      finishedAt: expect.any(String),
      total: 3,
      error: { code: 'database-busy', message: busy.message, action: busy.action, details: { sqlite: expect.stringMatching(/^SQLITE_(BUSY|LOCKED)/u) } },
    });
    expect(results.lastRun!.error!.message.fr).toContain('utilisation');
    expect(results.lastRun!.error!.action.en).toContain('Close the other program');
    // A failed check is over: it is not resumed behind the user's back, and what it finished is kept.
    expect(results.activeJob).toBeNull();
    expect(await second.call('jobs.resume')).toEqual({ resumed: [] });
    expect(results.summary).toMatchObject({ breached: 1, clean: 1, notChecked: 1 });
  });

  it('keeps only safe details with a failed job: nothing named or shaped like a secret', () => {
    const kept = safeFailureDetails({
      sqlite: 'SQLITE_BUSY',
      status: 403,
      retryable: true,
      apiKey: CORE_KEY,
      note: `key ${'a1b2c3d4'.repeat(4)}`,
      endpoint: 'https://user:pw@example.test/?token=x',
      long: 'x'.repeat(500),
    });
    expect(kept).toEqual({ sqlite: 'SQLITE_BUSY', status: 403, retryable: true });
    expect(safeFailureDetails({ password: 'hunter2' })).toBeUndefined();
  });

  it('refuses to start with nobody on the roster', async () => {
    const hibp = await fake();
    const core = openCore(FAST);
    await core.call('practice.save', PRACTICE);
    await core.call('services.set', { hibpBaseUrl: hibp.baseUrl });
    await core.call('services.setHibpKey', { apiKey: CORE_KEY });
    await expect(core.call('breach.checkAll')).rejects.toMatchObject({ code: 'breach-no-staff' });
  });
});
