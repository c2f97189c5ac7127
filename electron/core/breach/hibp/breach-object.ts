import { z } from 'zod';
import type { BreachFound } from '../../model/schemas/breach.ts';

// HIBP's breach object, as /breaches, a full /breachedaccount answer and (later) /latestbreach
// return it, turned into what the Breaches page shows: title, date, data classes, a description
// kept as HTML without anything that could run. Loose on purpose: HIBP adds fields over time,
// and only Name is needed to be useful.

const BreachObjectSchema = z.looseObject({
  Name: z.string().min(1),
  Title: z.string().optional(),
  Domain: z.string().nullable().optional(),
  BreachDate: z.string().nullable().optional(),
  Description: z.string().nullable().optional(),
  DataClasses: z.array(z.unknown()).nullable().optional(),
  IsVerified: z.boolean().optional(),
  IsSensitive: z.boolean().optional(),
  AddedDate: z.string().nullable().optional(),
});

/**
 * Drops what should never run, whatever the renderer does next (it sanitises with DOMPurify):
 * script/style/iframe elements, event-handler attributes and javascript: links.
 */
export function stripActiveHtml(html: string): string {
  return html
    .replace(/<\s*(script|style|iframe|object|embed)\b[\s\S]*?<\s*\/\s*\1\s*>/giu, '')
    .replace(/<\s*\/?\s*(script|style|iframe|object|embed)\b[^>]*>/giu, '')
    .replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/giu, '')
    .replace(/(href|src)\s*=\s*(["']?)\s*javascript:[^"'\s>]*\2/giu, '$1="#"');
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** One HIBP breach object as shown to users; null if it has no Name. */
export function toBreachFound(raw: unknown): BreachFound | null {
  const parsed = BreachObjectSchema.safeParse(raw);
  if (!parsed.success) return null;
  const entry = parsed.data;
  const date = entry.BreachDate && /^\d{4}-\d{2}-\d{2}/u.test(entry.BreachDate) ? entry.BreachDate.slice(0, 10) : null;
  const added = entry.AddedDate ? Date.parse(entry.AddedDate) : Number.NaN;
  return {
    name: clip(entry.Name, 200),
    title: clip(entry.Title?.trim() || entry.Name, 300),
    breachDate: date,
    dataClasses: (entry.DataClasses ?? [])
      .filter((value): value is string => typeof value === 'string')
      .slice(0, 100)
      .map((value) => clip(value, 200)),
    domain: entry.Domain ? clip(entry.Domain, 300) : null,
    descriptionHtml: entry.Description ? clip(stripActiveHtml(entry.Description), 20_000) : null,
    ...(entry.IsVerified !== undefined ? { isVerified: entry.IsVerified } : {}),
    ...(entry.IsSensitive !== undefined ? { isSensitive: entry.IsSensitive } : {}),
    ...(Number.isFinite(added) ? { addedAt: new Date(added).toISOString() } : {}),
  };
}

/** A breach known by its Name only (a range answer without the catalogue). */
export function nameOnlyBreach(name: string): BreachFound {
  return { name: name.slice(0, 200), title: name.slice(0, 300), breachDate: null, dataClasses: [] };
}
