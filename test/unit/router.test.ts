import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES } from '../../electron/core/api/channels.ts';
import { contract } from '../../electron/core/api/contract.ts';
import { HygieError } from '../../electron/core/model/hygie-error.ts';
import { createRouter, type Handlers } from '../../electron/core/api/router.ts';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  // Calls these tests do not make fail loudly if reached.
  const unused = Object.fromEntries(
    CALL_NAMES.map((name) => [name, () => Promise.reject(new Error(`${name} is not used by this test`))]),
  ) as unknown as Handlers;
  return {
    ...unused,
    'app.info': () => ({
      name: 'Hygie',
      version: '0.1.0',
      shell: 'cli',
      platform: 'linux',
      versions: { node: '22' },
      dataDir: '/tmp/hygie',
    }),
    'settings.get': () => ({ language: null }),
    'settings.set': (patch) => ({ language: patch.language ?? null }),
    ...overrides,
  };
}

const quietLogger = { error: vi.fn() };

describe('the contract', () => {
  it('declares exactly the calls named in channels.ts, each with input and output schemas', () => {
    expect(Object.keys(contract).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) {
      expect(contract[name].input).toBeDefined();
      expect(contract[name].output).toBeDefined();
      expect(contract[name].summary.length).toBeGreaterThan(10);
    }
  });
});

describe('router', () => {
  it('returns the handler value when input and output match the contract', async () => {
    const router = createRouter(handlers(), quietLogger);
    await expect(router.call('settings.set', { language: 'en' })).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    });
  });

  it('refuses a name the contract does not list, with a bilingual explanation', async () => {
    const router = createRouter(handlers(), quietLogger);
    const result = await router.call('store.dropEverything', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message.fr).toMatch(/n’existe pas/);
    expect(result.error.message.en).toMatch(/does not exist/);
    expect(result.error.action.fr.length).toBeGreaterThan(0);
  });

  it('rejects malformed input before the handler runs and names the field', async () => {
    const set = vi.fn();
    const router = createRouter(handlers({ 'settings.set': set }), quietLogger);
    const result = await router.call('settings.set', { language: 'de' });
    expect(set).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { fields: 'language' } } });
    // unknown keys are refused too (strict patch), so a typo cannot be silently ignored
    await expect(router.call('settings.set', { langauge: 'fr' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('turns a HygieError into its code and texts', async () => {
    const router = createRouter(
      handlers({
        'settings.set': () => {
          throw new HygieError('preferences-unwritable');
        },
      }),
      quietLogger,
    );
    const result = await router.call('settings.set', { language: 'fr' });
    expect(result).toMatchObject({ ok: false, error: { code: 'preferences-unwritable' } });
  });

  it('hides unexpected failures behind "internal": no message, no stack crosses the bridge', async () => {
    const logger = { error: vi.fn() };
    const router = createRouter(
      handlers({
        'settings.get': () => {
          throw new Error('ENOENT /home/secretary/.config/secret-path');
        },
      }),
      logger,
    );
    const result = await router.call('settings.get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/secret-path|ENOENT|at .*\.ts/);
    expect(logger.error).toHaveBeenCalledOnce();
  });

  it('treats a handler answer outside the contract as an internal error', async () => {
    const router = createRouter(
      handlers({ 'settings.get': () => ({ language: 'klingon' }) as never }),
      quietLogger,
    );
    await expect(router.call('settings.get', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('delivers job events to subscribers until they unsubscribe', () => {
    const router = createRouter(handlers(), quietLogger);
    const seen: string[] = [];
    const stop = router.onJobEvent((event) => seen.push(`${event.type}:${event.jobId}`));
    router.emitJobEvent({ type: 'progress', jobId: 'j1', kind: 'breach-check', done: 1, total: 3 });
    stop();
    router.emitJobEvent({ type: 'finished', jobId: 'j1', kind: 'breach-check', outcome: 'completed' });
    expect(seen).toEqual(['progress:j1']);
  });
});
