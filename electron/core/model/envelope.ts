import * as z from 'zod';
import { ERROR_CODES, ERROR_MESSAGES, type ErrorCode } from './error-messages.ts';
import type { ErrorDetails } from './hygie-error.ts';
import { LocalisedSchema } from './schemas/localised.ts';

export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
  message: LocalisedSchema,
  action: LocalisedSchema,
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

export type ApiError = z.infer<typeof ApiErrorSchema>;

/** What every call returns across the bridge: a value, or an error the UI can explain. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function apiError(code: ErrorCode, details?: ErrorDetails): ApiError {
  const text = ERROR_MESSAGES[code];
  const error: ApiError = { code, message: { ...text.message }, action: { ...text.action } };
  if (details && Object.keys(details).length > 0) error.details = details;
  return error;
}

export function fail<T = never>(code: ErrorCode, details?: ErrorDetails): Envelope<T> {
  return { ok: false, error: apiError(code, details) };
}
