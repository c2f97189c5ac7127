import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, JOB_EVENT_CHANNEL } from '../../electron/core/api/channels.ts';

// The preload imports the real 'electron'; the binary is not here, so the module is mocked
// and we check what the preload hands to contextBridge.
const exposed = new Map<string, any>();
const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../electron/preload/index.ts');
  });

  it('exposes window.hygie only, with one function per call of the contract', () => {
    expect([...exposed.keys()]).toEqual(['hygie']);
    const hygie = exposed.get('hygie');
    for (const name of CALL_NAMES) {
      const [area, method] = name.split('.') as [string, string];
      expect(typeof hygie[area][method], name).toBe('function');
    }
    expect(Object.isFrozen(hygie)).toBe(true);
    // never the raw ipcRenderer or a generic "send anything" door
    expect(JSON.stringify(Object.keys(hygie))).not.toMatch(/invoke|send|ipcRenderer/);
  });

  it('routes each call to its prefixed channel', async () => {
    const hygie = exposed.get('hygie');
    await expect(hygie.settings.set({ language: 'fr' })).resolves.toEqual({
      ok: true,
      value: { channel: 'hygie:settings.set', input: { language: 'fr' } },
    });
    expect(invoke).toHaveBeenLastCalledWith('hygie:settings.set', { language: 'fr' });
  });

  it('delivers job events to subscribers and stops when they unsubscribe', () => {
    const hygie = exposed.get('hygie');
    const seen: unknown[] = [];
    const stop = hygie.onJobEvent((event: unknown) => seen.push(event));
    for (const listener of listeners.get(JOB_EVENT_CHANNEL) ?? []) listener({ sender: 'ipc' }, { type: 'progress' });
    stop();
    expect(listeners.get(JOB_EVENT_CHANNEL)?.size).toBe(0);
    expect(seen).toEqual([{ type: 'progress' }]);
  });
});
