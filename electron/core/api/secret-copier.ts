import { createHash } from 'node:crypto';
import { HygieError } from '../model/hygie-error.ts';
import type { SecretClipboard } from './secret-clipboard.ts';
import type { CopySecretResult } from '../model/schemas/clipboard.ts';

// Copy a secret, then erase it from the clipboard after a while, or when Hygie quits, but only if
// the clipboard still holds it (the user may have copied something else since). Only a digest of
// the secret is kept for that check, never the secret itself.

/** Long enough to open the service's page, sign in and paste; short enough not to linger. */
export const CLEAR_CLIPBOARD_AFTER_SECONDS = 120;

export interface SecretCopierOptions {
  clearAfterSeconds?: number;
}

export interface SecretCopier {
  copy(text: string): Promise<CopySecretResult>;
  /** A copied secret may still be on the clipboard. */
  readonly pending: boolean;
  /** Erase it now if it is still there (Hygie quits). */
  flush(): Promise<void>;
}

export function createSecretCopier(clipboard: SecretClipboard | undefined, options: SecretCopierOptions = {}): SecretCopier {
  const clearAfterSeconds = options.clearAfterSeconds ?? CLEAR_CLIPBOARD_AFTER_SECONDS;
  let pending: { digest: string; timer: ReturnType<typeof setTimeout> } | undefined;

  const flush = async (): Promise<void> => {
    const copied = pending;
    if (!copied || !clipboard) return;
    pending = undefined;
    clearTimeout(copied.timer);
    try {
      if (digestOf(await clipboard.readText()) === copied.digest) await clipboard.clear();
    } catch {
      // The clipboard cannot be read now: leave it; nothing more can be done from here.
    }
  };

  return {
    get pending() {
      return pending !== undefined;
    },
    flush,
    async copy(text) {
      if (!clipboard) throw new HygieError('clipboard-unavailable');
      if (pending) clearTimeout(pending.timer);
      pending = undefined;
      try {
        await clipboard.writeSecret(text);
      } catch (error) {
        throw new HygieError('clipboard-unavailable', undefined, { cause: error });
      }
      const timer = setTimeout(() => void flush(), clearAfterSeconds * 1000);
      timer.unref?.(); // a pending erase never keeps Hygie (or a test) running
      pending = { digest: digestOf(text), timer };
      return { copied: true, clearedAfterSeconds: clearAfterSeconds };
    },
  };
}

function digestOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
