// The shape of `window.hygie`, derived from the contract by types alone. The preload builds
// an object of this shape; the renderer's client consumes it. Type-only: no runtime code.
import type { CallName } from './channels.ts';
import type { CallInput, CallOutput } from './contract.ts';
import type { Envelope } from '../model/envelope.ts';
import type { JobEventListener } from '../model/job-event.ts';

type AreaOf<N extends string> = N extends `${infer A}.${string}` ? A : never;
type MethodOf<N extends string, A extends string> = N extends `${A}.${infer M}` ? M : never;

export type BridgeMethod<N extends CallName> =
  undefined extends CallInput<N>
    ? (input?: CallInput<N>) => Promise<Envelope<CallOutput<N>>>
    : (input: CallInput<N>) => Promise<Envelope<CallOutput<N>>>;

export type HygieCalls = {
  readonly [A in AreaOf<CallName>]: {
    readonly [M in MethodOf<CallName, A>]: BridgeMethod<Extract<`${A}.${M}`, CallName>>;
  };
};

export type HygieBridge = HygieCalls & {
  /** Subscribe to job progress; returns the function that unsubscribes. */
  readonly onJobEvent: (listener: JobEventListener) => () => void;
};
