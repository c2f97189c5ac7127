import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, JOB_EVENT_CHANNEL, splitCallName } from '../../electron/core/api/channels.ts';
import { builtApp } from '../support/built-app/run-built-main.ts';

// Issue 13: the shipped preload (out/preload/index.cjs), run as Electron runs a sandboxed preload —
// a plain script in its own context, whose `require` knows 'electron' and little else — with a
// fake contextBridge and ipcRenderer. It must expose exactly window.hygie: one function per call
// of the contract and onJobEvent, nothing more, never ipcRenderer itself.

interface Exposed {
  key: string;
  api: Record<string, unknown>;
}

function runPreload() {
  const source = readFileSync(builtApp().preload, 'utf8');
  const exposed: Exposed[] = [];
  const required: string[] = [];
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    send: () => {
      throw new Error('the bridge must not send outside its calls');
    },
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
    ipcRenderer,
  };
  // A sandboxed preload's require: Electron's renderer modules and a few Node ones only; our
  // bundle must need nothing but 'electron'.
  const sandboxedRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found in a sandboxed preload: ${name}`);
  };
  const module = { exports: {} };
  const context = vm.createContext({ console });
  const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, context, {
    filename: 'out/preload/index.cjs',
  }) as (...args: unknown[]) => void;
  wrapper(module.exports, sandboxedRequire, module, 'index.cjs', '.');
  return { exposed, required, invoked, listeners, ipcRenderer };
}

describe('the built preload, in a sandboxed context', () => {
  let run: ReturnType<typeof runPreload>;
  beforeAll(() => {
    run = runPreload();
  });

  it('requires nothing but electron', () => {
    expect(run.required).toEqual(['electron']);
  });

  it('exposes window.hygie and nothing else, once', () => {
    expect(run.exposed.map((entry) => entry.key)).toEqual(['hygie']);
  });

  it('exposes exactly one function per call of the contract, by area, plus onJobEvent', () => {
    const hygie = run.exposed[0]!.api;
    const expected = new Map<string, string[]>();
    for (const name of CALL_NAMES) {
      const [area, method] = splitCallName(name);
      expected.set(area, [...(expected.get(area) ?? []), method]);
    }
    expect(Object.keys(hygie).sort()).toEqual([...expected.keys(), 'onJobEvent'].sort());
    expect(typeof hygie.onJobEvent).toBe('function');
    for (const [area, methods] of expected) {
      const calls = hygie[area] as Record<string, unknown>;
      expect(Object.keys(calls).sort(), area).toEqual([...methods].sort());
      for (const method of methods) expect(typeof calls[method], `${area}.${method}`).toBe('function');
      expect(Object.isFrozen(calls), area).toBe(true);
    }
    expect(Object.isFrozen(hygie)).toBe(true);
  });

  it('never hands the page ipcRenderer, or any object but the call table', () => {
    const seen: unknown[] = [];
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      seen.push(value);
      for (const child of Object.values(value)) walk(child);
    };
    walk(run.exposed[0]!.api);
    expect(seen).not.toContain(run.ipcRenderer);
    expect(seen).toHaveLength(1 + new Set(CALL_NAMES.map((name) => splitCallName(name)[0])).size);
  });

  it('sends each call on its own prefixed channel, with the input as given', async () => {
    const hygie = run.exposed[0]!.api as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    run.invoked.length = 0;
    for (const name of CALL_NAMES) {
      const [area, method] = splitCallName(name);
      await expect(hygie[area]![method]!({ probe: name })).resolves.toEqual({ ok: true, value: `hygie:${name}` });
    }
    expect(run.invoked).toEqual(CALL_NAMES.map((name) => [`hygie:${name}`, { probe: name }]));
  });

  it('relays job events to a subscriber until it unsubscribes', () => {
    const hygie = run.exposed[0]!.api as { onJobEvent(listener: (event: unknown) => void): () => void };
    const seen: unknown[] = [];
    const stop = hygie.onJobEvent((event) => seen.push(event));
    expect([...run.listeners.keys()]).toEqual([JOB_EVENT_CHANNEL]);
    for (const listener of run.listeners.get(JOB_EVENT_CHANNEL)!) listener({ sender: 'main' }, { type: 'progress', done: 1 });
    stop();
    expect(run.listeners.get(JOB_EVENT_CHANNEL)!.size).toBe(0);
    expect(seen).toEqual([{ type: 'progress', done: 1 }]);
  });
});
