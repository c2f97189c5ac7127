// The renderer's typed client for `window.hygie`: every call returns its value or throws.
// Envelopes are unwrapped here, once, so that components deal with values and one error class.
import type { HygieBridge, HygieCalls } from '../../electron/core/api/bridge-types.ts';
import { byArea } from '../../electron/core/api/channels.ts';
import type { ApiError, Envelope } from '../../electron/core/model/envelope.ts';

export type { ApiError };

/** A call reached Hygie's engine and failed there; `error` carries the code and the fr/en texts. */
export class ApiFailure extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(`${error.code}: ${error.message.en}`);
    this.name = 'ApiFailure';
    this.error = error;
  }

  get code(): ApiError['code'] {
    return this.error.code;
  }
}

/** `window.hygie` is absent: the page was opened outside Hygie, or the preload did not run. */
export class BridgeUnavailableError extends Error {
  constructor() {
    super('window.hygie is missing: the preload bridge did not run, so no call can reach Hygie.');
    this.name = 'BridgeUnavailableError';
  }
}

type Unwrapped<F> = F extends (...args: infer A) => Promise<Envelope<infer T>>
  ? (...args: A) => Promise<T>
  : never;

/** The bridge's shape, with every `Promise<Envelope<T>>` turned into `Promise<T>`. */
export type HygieClient = {
  readonly [Area in keyof HygieCalls]: {
    readonly [Method in keyof HygieCalls[Area]]: Unwrapped<HygieCalls[Area][Method]>;
  };
};

function bridge(): HygieBridge {
  const hygie = window.hygie;
  if (!hygie) throw new BridgeUnavailableError();
  return hygie;
}

export async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const envelope = await pending;
  if (envelope.ok) return envelope.value;
  throw new ApiFailure(envelope.error);
}

/**
 * One entry per call of the contract, built from its names (channels.ts, plain data) the way the
 * preload builds `window.hygie`: a call is declared once, in the contract, and nowhere else.
 * Each entry is async on purpose: a missing bridge becomes a rejected promise, like every other
 * failure, and the bridge is looked up at each call (the harness may install it late).
 */
export const api = Object.freeze(
  byArea((_name, area, method) => async (...args: unknown[]) => {
    const calls = bridge() as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<Envelope<unknown>>>>;
    return unwrap(calls[area]![method]!(...args));
  }),
) as unknown as HygieClient;

/** Subscribe to job progress events; throws BridgeUnavailableError without a bridge. */
export function onJobEvent(...args: Parameters<HygieBridge['onJobEvent']>): () => void {
  return bridge().onJobEvent(...args);
}
