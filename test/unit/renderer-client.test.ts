/// <reference path="../../renderer/api/global.d.ts" />
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, channelFor, splitCallName } from '../../electron/core/api/channels.ts';
import { fail, ok } from '../../electron/core/model/envelope.ts';
import { buildBridge } from '../../electron/preload/bridge.ts';
import { api, ApiFailure, BridgeUnavailableError } from '../../renderer/api/client.ts';

// The renderer's client is built from the contract's call names, as the preload builds
// window.hygie: every call is there, crosses the bridge on its own channel with its input as
// given, and comes back unwrapped (a value, or an ApiFailure with the engine's code).

const scope = globalThis as { window?: { hygie?: unknown } };
afterEach(() => {
  delete scope.window;
});

function installBridge(answer: (channel: string, input: unknown) => unknown): { channel: string; input: unknown }[] {
  const seen: { channel: string; input: unknown }[] = [];
  const bridge = buildBridge({
    invoke: async (channel, input) => {
      seen.push({ channel, input });
      return answer(channel, input);
    },
    on: () => undefined,
    removeListener: () => undefined,
  });
  scope.window = { hygie: bridge };
  return seen;
}

const clientCall = (name: (typeof CALL_NAMES)[number]) => {
  const [area, method] = splitCallName(name);
  return (api as unknown as Record<string, Record<string, ((input?: unknown) => Promise<unknown>) | undefined>>)[area]?.[method];
};

describe("the renderer's client", () => {
  it('has exactly one entry per call of the contract, each reaching its own channel with its input', async () => {
    const seen = installBridge((channel) => ok({ answered: channel }));
    const entries = Object.entries(api).flatMap(([area, calls]) => Object.keys(calls).map((method) => `${area}.${method}`));
    expect(entries.sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) {
      const input = { for: name };
      expect(await clientCall(name)!(input)).toEqual({ answered: channelFor(name) });
      expect(seen.at(-1)).toEqual({ channel: channelFor(name), input });
    }
    expect(seen).toHaveLength(CALL_NAMES.length);
  });

  it("throws the engine's failure as an ApiFailure with its code and texts", async () => {
    installBridge(() => fail('staff-not-found'));
    const failure = await api.staff.remove({ id: 'nobody' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).code).toBe('staff-not-found');
    expect((failure as ApiFailure).error.message.fr).toMatch(/\S/u);
  });

  it('rejects (never throws at once) when the page has no bridge', async () => {
    scope.window = {};
    const pending = api.app.info();
    await expect(pending).rejects.toBeInstanceOf(BridgeUnavailableError);
  });

  it('cannot be changed by a page script', () => {
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.staff)).toBe(true);
  });
});
