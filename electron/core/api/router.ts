import { CALL_NAMES, isCallName, type CallName } from './channels.ts';
import { contract, type CallInput, type CallOutput } from './contract.ts';
import { fail, ok, type Envelope } from '../model/envelope.ts';
import { HygieError } from '../model/hygie-error.ts';
import type { JobEvent, JobEventListener } from '../model/job-event.ts';

export type Handlers = {
  [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> | CallOutput<N>;
};

export interface Logger {
  error(message: string, error?: unknown): void;
}

export interface Router {
  readonly names: readonly CallName[];
  /** Parse the input, run the handler, check the output. Never throws; failures are values. */
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  onJobEvent(listener: JobEventListener): () => void;
  emitJobEvent(event: JobEvent): void;
}

/**
 * The one place every call goes through, whoever makes it: the Electron main process
 * (after its sender check), the CLI, or a test. An unknown name, a malformed input, a
 * handler failure: each comes back as an ApiError value, never as a stack trace.
 */
export function createRouter(handlers: Handlers, logger: Logger = console): Router {
  const listeners = new Set<JobEventListener>();

  async function call(name: string, rawInput: unknown): Promise<Envelope<unknown>> {
    if (!isCallName(name)) return fail('unknown-call', { call: String(name).slice(0, 80) });
    const spec = contract[name];
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(input)');
      return fail('invalid-input', { call: name, fields: [...new Set(fields)].join(', ') });
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      const output = await handler(parsed.data);
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        logger.error(`hygie: ${name} returned a value outside its contract`, checked.error);
        return fail('internal');
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof HygieError) return fail(error.code, error.details);
      logger.error(`hygie: ${name} failed`, error);
      return fail('internal');
    }
  }

  return {
    names: CALL_NAMES,
    call,
    onJobEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitJobEvent(event) {
      for (const listener of listeners) listener(event);
    },
  };
}
