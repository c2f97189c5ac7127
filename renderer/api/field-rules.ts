import type { z } from 'zod';

// A form checks a field with the engine's own schema (electron/core/model), so each rule is
// declared once: what the field accepts is what the call accepts. The engine checks again.

/** Whether the engine accepts this value as it is. */
export function accepts<S extends z.ZodType>(schema: S, value: unknown): value is z.input<S> {
  return schema.safeParse(value).success;
}

/**
 * The text as the engine will keep it (trimmed, surrounding quotes or trailing slashes taken
 * off…), or as typed when the engine refuses it, so that the call says why.
 */
export function asKept(schema: z.ZodType<string, string>, value: string): string {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : value;
}
