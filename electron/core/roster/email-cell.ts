import { EmailSchema } from '../model/schemas/practice.ts';
import { emailKey } from './email-key.ts';
import { withoutFormulaGuard } from './formula-guard.ts';

// An e-mail cell may hold several addresses ("cabinet@x.fr; jean@x.fr", one per line, …).

export interface EmailCell {
  /** Valid addresses in the order written, lower case, each once. */
  valid: string[];
  /** What could not be read as an address, as written. */
  invalid: string[];
}

export function readEmailCell(cell: string): EmailCell {
  const text = withoutFormulaGuard(cell.trim());
  const tokens = text.split(/[,;|\s]+/u).filter((token) => token !== '');
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const token of tokens) {
    const key = emailKey(token);
    if (EmailSchema.safeParse(key).success) {
      if (!valid.includes(key)) valid.push(key);
    } else {
      invalid.push(token);
    }
  }
  // Nothing readable at all ("non communiqué", a pasted formula): one problem, the whole cell.
  if (valid.length === 0 && invalid.length > 1) return { valid, invalid: [text] };
  return { valid, invalid };
}
