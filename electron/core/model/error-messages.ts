import errorsEn from '../text/errors.en.ts';
import errorsFr from '../text/errors.fr.ts';
import type { Localised } from '../text/template.ts';

// Every failure a user can meet: a code, a sentence in French and English, and what to do next.
// The sentences live in the text catalogue (text/errors.fr.ts, text/errors.en.ts); here they are
// paired, because an error carries both languages to the renderer and the CLI, which show them
// as they are. Core stays language-agnostic. (Only the errors area is imported: the renderer
// bundles this file, not the rest of the catalogue.)

export interface ErrorText {
  message: Localised;
  action: Localised;
}

export type ErrorCode = keyof typeof errorsFr.errors;

export const ERROR_CODES = Object.keys(errorsFr.errors) as ErrorCode[];

export const ERROR_MESSAGES: Readonly<Record<ErrorCode, ErrorText>> = Object.fromEntries(
  ERROR_CODES.map((code) => {
    const fr = errorsFr.errors[code];
    const en = errorsEn.errors[code];
    return [code, { message: { fr: fr.message, en: en.message }, action: { fr: fr.action, en: en.action } }];
  }),
) as Record<ErrorCode, ErrorText>;
