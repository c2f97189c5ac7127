import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobEvent } from '../../electron/core/model/job-event.ts';
import type { JobItem, JobKind, JobWorker } from '../../electron/core/jobs/job-kind.ts';
import { createJobRunner, type JobRunner } from '../../electron/core/jobs/job-runner.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';
import type { Store } from '../../electron/core/store/store.ts';
import { forgetTestSecrets, testSecrets } from '../support/keychain.ts';

// The generic job runner against a real encrypted store: a test kind whose items finish when the
// test says so, and write a setting per item so persistence can be read back.

const dirs: string[] = [];
const hosts: StoreHost[] = [];
const runners: JobRunner[] = [];

afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.close();
  for (const host of hosts.splice(0)) host.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  await forgetTestSecrets();
});

interface Gate {
  item: JobItem;
  signal: AbortSignal;
  finish(tally?: string): void;
}

/** A kind whose items wait at a gate the test opens, one by one. */
function gatedKind(options: { failOn?: string; estimate?: (remaining: number) => number } = {}) {
  const waiting: Gate[] = [];
  const arrivals: ((gate: Gate) => void)[] = [];
  const processed: string[] = [];
  let opened = 0;
  const kind: JobKind = {
    kind: 'test-kind',
    async openWorker(): Promise<JobWorker> {
      opened += 1;
      return {
        process: (item, signal) =>
          new Promise((resolve, reject) => {
            processed.push(item.key);
            if (item.key === options.failOn) {
              reject(new Error('the worker broke'));
              return;
            }
            const gate: Gate = {
              item,
              signal,
              finish: (tally = 'ok') =>
                resolve({ tally, save: (store: Store) => store.settings.set(`test.${item.key}`, tally) }),
            };
            signal.addEventListener('abort', () =>
              resolve({ tally: 'stopped', state: 'cancelled', save: (store: Store) => store.settings.set(`test.${item.key}`, 'stopped') }),
            );
            const arrival = arrivals.shift();
            if (arrival) arrival(gate);
            else waiting.push(gate);
          }),
        ...(options.estimate ? { estimateSeconds: options.estimate } : {}),
      };
    },
    cancelled: (store, item) => ({ tally: 'never-started', save: () => store.settings.set(`test.${item.key}`, 'never-started') }),
  };
  return {
    kind,
    processed,
    opened: () => opened,
    /** The next item to reach the worker. */
    next(): Promise<Gate> {
      const gate = waiting.shift();
      return gate ? Promise.resolve(gate) : new Promise((resolve) => arrivals.push(resolve));
    },
  };
}

function host(dataDir?: string, secrets = testSecrets()) {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'hygie-jobs-'));
  if (!dataDir) dirs.push(dir);
  const storeHost = new StoreHost({ dataDir: dir, secrets, actor: 'test:jobs' });
  hosts.push(storeHost);
  return { host: storeHost, dir, secrets };
}

function runner(storeHost: StoreHost, kind: JobKind, now?: () => number) {
  const events: JobEvent[] = [];
  const created = createJobRunner({ host: storeHost, kinds: [kind], emit: (event) => events.push(event), logger: { error: () => {} }, ...(now ? { now } : {}) });
  runners.push(created);
  return { runner: created, events };
}

const ITEMS = [
  { key: 'a', label: 'Alice' },
  { key: 'b', label: 'Bruno' },
  { key: 'c', label: 'Chloé' },
];

describe('the job runner', () => {
  it('returns a job id at once, reports progress per item and saves each item as it finishes', async () => {
    const { host: storeHost } = host();
    const test = gatedKind();
    const { runner: jobs, events } = runner(storeHost, test.kind);
    const store = await storeHost.open();
    const job = jobs.start(store, 'test-kind', { why: 'test' }, ITEMS);
    expect(job).toMatchObject({ state: 'running', total: 3, params: { why: 'test' } });
    expect(jobs.active()).toEqual([expect.objectContaining({ jobId: job.id, done: 0, total: 3 })]);

    const first = await test.next();
    expect(first.item).toEqual({ position: 0, key: 'a', label: 'Alice' });
    expect(events.at(-1)).toMatchObject({ type: 'progress', done: 0, total: 3, currentItem: 'Alice', stage: 'working' });
    first.finish('ok');
    const second = await test.next();
    // Item a is in the store before item b is done: a crash now would lose only b.
    expect(store.settings.get('test.a', null)).toBe('ok');
    expect(store.jobs.items(job.id).map((item) => item.state)).toEqual(['done', 'pending', 'pending']);
    expect(events).toContainEqual(expect.objectContaining({ type: 'progress', done: 1, total: 3, counts: { ok: 1 } }));

    second.finish('warn');
    (await test.next()).finish('ok');
    expect(await jobs.finished(job.id)).toBe('completed');
    expect(events.at(-1)).toEqual({ type: 'finished', jobId: job.id, kind: 'test-kind', outcome: 'completed', done: 3, total: 3, counts: { ok: 2, warn: 1 } });
    expect(store.jobs.get(job.id)).toMatchObject({ state: 'completed', owner: null, finishedAt: expect.any(String) });
    expect(jobs.active()).toEqual([]);
  });

  it('names each finished item once, in the progress event sent after its result is saved', async () => {
    const { host: storeHost } = host();
    const test = gatedKind();
    const store = await storeHost.open();
    // What the store held for an item when the event naming it went out: a page refreshing
    // that item then reads its new result.
    const savedWhenNamed: Record<string, unknown> = {};
    const events: JobEvent[] = [];
    const jobs = createJobRunner({
      host: storeHost,
      kinds: [test.kind],
      logger: { error: () => {} },
      emit: (event) => {
        events.push(event);
        if (event.type === 'progress' && event.finishedItem) savedWhenNamed[event.finishedItem.key] = store.settings.get(`test.${event.finishedItem.key}`, null);
      },
    });
    runners.push(jobs);
    const job = jobs.start(store, 'test-kind', {}, ITEMS);
    (await test.next()).finish('ok');
    (await test.next()).finish('warn');
    const third = await test.next();
    expect(await jobs.cancel(job.id)).toBe(true);
    expect(third.signal.aborted).toBe(true);
    expect(await jobs.finished(job.id)).toBe('cancelled');

    const named = events.flatMap((event) => (event.type === 'progress' && event.finishedItem ? [[event.done, event.finishedItem]] : []));
    expect(named).toEqual([
      [1, { key: 'a', state: 'done', tally: 'ok' }],
      [2, { key: 'b', state: 'done', tally: 'warn' }],
      [3, { key: 'c', state: 'cancelled', tally: 'stopped' }],
    ]);
    expect(savedWhenNamed).toEqual({ a: 'ok', b: 'warn', c: 'stopped' });
    // The events that say which item starts, or that the job gets ready, name no finished one.
    const others = events.filter((event) => event.type === 'progress' && event.finishedItem === undefined);
    expect(others.map((event) => (event.type === 'progress' ? (event.currentItem ?? event.stage) : null))).toEqual(['preparing', 'Alice', 'Bruno', 'Chloé']);
  });

  it('gives an ETA from the worker when it knows one, else from the observed rate', async () => {
    const { host: storeHost } = host();
    let clock = 0;
    const test = gatedKind();
    const { runner: jobs, events } = runner(storeHost, test.kind, () => clock);
    const store = await storeHost.open();
    jobs.start(store, 'test-kind', {}, ITEMS);
    const first = await test.next();
    clock += 4_000;
    first.finish();
    await test.next();
    // One item took 4 s; two are left.
    expect(events.filter((event) => event.type === 'progress').at(-1)).toMatchObject({ done: 1, etaSeconds: 8 });

    const { host: otherHost } = host();
    const paced = gatedKind({ estimate: (remaining) => remaining * 60 });
    const { runner: pacedJobs, events: pacedEvents } = runner(otherHost, paced.kind, () => clock);
    pacedJobs.start(await otherHost.open(), 'test-kind', {}, ITEMS);
    (await paced.next()).finish();
    await paced.next();
    expect(pacedEvents.filter((event) => event.type === 'progress').at(-1)).toMatchObject({ done: 1, etaSeconds: 120 });
  });

  it('allows one running job per kind', async () => {
    const { host: storeHost } = host();
    const test = gatedKind();
    const { runner: jobs } = runner(storeHost, test.kind);
    const store = await storeHost.open();
    const job = jobs.start(store, 'test-kind', {}, ITEMS);
    expect(() => jobs.start(store, 'test-kind', {}, ITEMS)).toThrowError(expect.objectContaining({ code: 'job-already-running', details: { jobId: job.id, kind: 'test-kind' } }));
  });

  it('cancels: the item under way stops through its signal, unstarted items are recorded as the kind says', async () => {
    const { host: storeHost } = host();
    const test = gatedKind();
    const { runner: jobs, events } = runner(storeHost, test.kind);
    const store = await storeHost.open();
    const job = jobs.start(store, 'test-kind', {}, ITEMS);
    (await test.next()).finish('ok');
    const second = await test.next();
    expect(await jobs.cancel(job.id)).toBe(true);
    expect(second.signal.aborted).toBe(true);
    expect(await jobs.finished(job.id)).toBe('cancelled');

    expect(test.processed).toEqual(['a', 'b']);
    expect(store.jobs.items(job.id).map((item) => [item.key, item.state, item.tally])).toEqual([
      ['a', 'done', 'ok'],
      ['b', 'cancelled', 'stopped'],
      ['c', 'cancelled', 'never-started'],
    ]);
    expect(store.settings.get('test.c', null)).toBe('never-started');
    expect(store.jobs.get(job.id)!.state).toBe('cancelled');
    expect(events.at(-1)).toMatchObject({ type: 'finished', outcome: 'cancelled', done: 2, counts: { ok: 1, stopped: 1, 'never-started': 1 } });
    expect(await jobs.cancel(job.id)).toBe(false);
    // A new job of the same kind may start now.
    expect(jobs.start(store, 'test-kind', {}, ITEMS.slice(0, 1)).state).toBe('running');
  });

  it('marks the job failed when its worker breaks, keeping what was finished', async () => {
    const { host: storeHost } = host();
    const test = gatedKind({ failOn: 'b' });
    const { runner: jobs, events } = runner(storeHost, test.kind);
    const store = await storeHost.open();
    const job = jobs.start(store, 'test-kind', {}, ITEMS);
    (await test.next()).finish('ok');
    expect(await jobs.finished(job.id)).toBe('failed');
    expect(store.jobs.get(job.id)).toMatchObject({ state: 'failed', failure: 'internal' });
    expect(store.settings.get('test.a', null)).toBe('ok');
    // The page is told the job failed and why, in words it can show.
    expect(events.at(-1)).toMatchObject({ type: 'finished', outcome: 'failed', error: { code: 'internal', message: { fr: expect.any(String), en: expect.any(String) } } });
  });

  it('after a crash, resumes the pending items when the store opens again, without redoing finished ones', async () => {
    const { host: firstHost, dir, secrets } = host();
    const before = gatedKind();
    const { runner: firstRunner } = runner(firstHost, before.kind);
    const store = await firstHost.open();
    const job = firstRunner.start(store, 'test-kind', {}, ITEMS);
    (await before.next()).finish('ok');
    const inFlight = await before.next();
    // The crash: the database goes away under the job.
    firstHost.close();
    inFlight.finish('late'); // the old process's answer arrives too late to be written

    const { host: secondHost } = host(dir, secrets);
    const after = gatedKind();
    const { runner: secondRunner, events } = runner(secondHost, after.kind);
    const reopened = await secondHost.open(); // opening the store resumes the job
    const resumedB = await after.next();
    expect(resumedB.item.key).toBe('b');
    expect(secondRunner.active()).toEqual([expect.objectContaining({ jobId: job.id, done: 1, total: 3, counts: { ok: 1 } })]);
    resumedB.finish('ok');
    (await after.next()).finish('ok');
    expect(await secondRunner.finished(job.id)).toBe('completed');
    expect(after.processed).toEqual(['b', 'c']);
    expect(reopened.settings.get('test.b', null)).toBe('ok');
    expect(reopened.jobs.get(job.id)).toMatchObject({ state: 'completed' });
    expect(events.at(-1)).toMatchObject({ type: 'finished', done: 3, counts: { ok: 3 } });
    expect(reopened.audit.latest(5).map((entry) => entry.action)).toContain('job.resume');
  });

  it('leaves alone a job another live process is working on', async () => {
    const { host: storeHost } = host();
    const test = gatedKind();
    const { runner: jobs } = runner(storeHost, test.kind);
    const store = await storeHost.open();
    // A job claimed by this test's parent process: alive, so not orphaned.
    store.jobs.create({ id: 'elsewhere', kind: 'test-kind', params: {}, owner: `pid:${process.ppid}` }, ITEMS);
    expect(await jobs.resumePending()).toEqual([]);
    expect(test.opened()).toBe(0);
    // Its process gone, the job is taken over on demand.
    store.db.prepare("UPDATE job SET owner = 'pid:999999999' WHERE id = 'elsewhere'").run();
    expect(await jobs.resumePending()).toEqual(['elsewhere']);
    (await test.next()).finish();
    (await test.next()).finish();
    (await test.next()).finish();
    expect(await jobs.finished('elsewhere')).toBe('completed');
  });

  it('stops without marking anything on close, and lets the next start resume', async () => {
    const { host: firstHost, dir, secrets } = host();
    const test = gatedKind();
    const { runner: jobs, events } = runner(firstHost, test.kind);
    const store = await firstHost.open();
    const job = jobs.start(store, 'test-kind', {}, ITEMS);
    await test.next();
    await jobs.close();
    expect(store.jobs.get(job.id)).toMatchObject({ state: 'running', owner: null });
    expect(store.jobs.items(job.id).every((item) => item.state === 'pending')).toBe(true);
    expect(events.some((event) => event.type === 'finished')).toBe(false);
    firstHost.close();

    const { host: secondHost } = host(dir, secrets);
    const again = gatedKind();
    const { runner: secondRunner } = runner(secondHost, again.kind);
    await secondHost.open();
    for (const key of ['a', 'b', 'c']) {
      const gate = await again.next();
      expect(gate.item.key).toBe(key);
      gate.finish();
    }
    expect(await secondRunner.finished(job.id)).toBe('completed');
  });
});
