import * as z from 'zod';
import type { Localised } from '../../text/template.ts';

// A text in both languages, as it crosses the bridge (an error, a rule's explanation, a step's
// label): the catalogue's one bilingual type (text/template.ts), as a schema.

export type { Localised };

export const LocalisedSchema = z.object({ fr: z.string(), en: z.string() }) satisfies z.ZodType<Localised>;
