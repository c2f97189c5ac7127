import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';

describe('error catalogue', () => {
  it('gives every code a French and an English sentence and what to do next', () => {
    for (const [code, text] of Object.entries(ERROR_MESSAGES)) {
      for (const part of [text.message, text.action]) {
        expect(part.fr.trim(), `${code} fr`).not.toBe('');
        expect(part.en.trim(), `${code} en`).not.toBe('');
        expect(part.fr, `${code}: French and English texts should differ`).not.toBe(part.en);
      }
    }
  });
});
