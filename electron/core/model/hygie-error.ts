import type { ErrorCode } from './error-messages.ts';

export type ErrorDetails = Record<string, string | number | boolean>;

/**
 * A failure the user can meet. Thrown inside core, turned by the router into an
 * ApiError value (code + fr/en texts); never crosses IPC as an exception or a stack.
 */
export class HygieError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, details?: ErrorDetails, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'HygieError';
    this.code = code;
    this.details = details;
  }
}
