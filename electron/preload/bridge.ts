import { byArea, channelFor, JOB_EVENT_CHANNEL } from '../core/api/channels.ts';
import type { HygieBridge } from '../core/api/bridge-types.ts';
import type { JobEvent, JobEventListener } from '../core/model/job-event.ts';

/** The part of ipcRenderer the bridge uses; the e2e harness passes an object of the same shape. */
export interface BridgeIpc {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * Build `window.hygie` from the contract's call names: `hygie.<area>.<call>(input)` for each,
 * plus `onJobEvent`. Exposes functions only, never ipcRenderer itself.
 */
export function buildBridge(ipc: BridgeIpc): HygieBridge {
  const areas = byArea((name) => {
    const channel = channelFor(name);
    return (input?: unknown) => ipc.invoke(channel, input);
  });
  const onJobEvent = (listener: JobEventListener): (() => void) => {
    const relay = (_event: unknown, payload: unknown): void => listener(payload as JobEvent);
    ipc.on(JOB_EVENT_CHANNEL, relay);
    return () => {
      ipc.removeListener(JOB_EVENT_CHANNEL, relay);
    };
  };
  return Object.freeze({ ...areas, onJobEvent }) as unknown as HygieBridge;
}
