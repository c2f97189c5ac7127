import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HygieError } from '../../electron/core/model/hygie-error.ts';
import { CLEAR_CLIPBOARD_AFTER_SECONDS, createSecretCopier } from '../../electron/core/api/secret-copier.ts';
import { recordingClipboard } from '../support/recording-clipboard.ts';

// Issue 14, item 5: a copied passphrase is erased from the clipboard after a while, or when Hygie
// quits — but only if it is still there: what the user copied since is theirs.

describe('copying a secret', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('erases it from the clipboard after two minutes if it is still there', async () => {
    const clipboard = recordingClipboard();
    const copier = createSecretCopier(clipboard);
    await expect(copier.copy('cheval-agrafe-batterie')).resolves.toEqual({ copied: true, clearedAfterSeconds: 120 });
    expect(CLEAR_CLIPBOARD_AFTER_SECONDS).toBe(120);
    expect(clipboard.text).toBe('cheval-agrafe-batterie');
    await vi.advanceTimersByTimeAsync(119_000);
    expect(clipboard.text).toBe('cheval-agrafe-batterie');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clipboard.text).toBe('');
    expect(clipboard.clears).toBe(1);
    expect(copier.pending).toBe(false);
  });

  it('leaves the clipboard alone when the user has copied something else since', async () => {
    const clipboard = recordingClipboard();
    const copier = createSecretCopier(clipboard);
    await copier.copy('cheval-agrafe-batterie');
    clipboard.text = 'the address the user copied afterwards';
    await vi.advanceTimersByTimeAsync(120_000);
    expect(clipboard.text).toBe('the address the user copied afterwards');
    expect(clipboard.clears).toBe(0);
  });

  it('counts two minutes from the latest copy, and erases only the latest secret', async () => {
    const clipboard = recordingClipboard();
    const copier = createSecretCopier(clipboard);
    await copier.copy('first-phrase');
    await vi.advanceTimersByTimeAsync(100_000);
    await copier.copy('second-phrase');
    await vi.advanceTimersByTimeAsync(100_000);
    expect(clipboard.text).toBe('second-phrase');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clipboard.text).toBe('');
    expect(clipboard.clears).toBe(1);
  });

  it('erases it at once when Hygie quits (flush), and only once', async () => {
    const clipboard = recordingClipboard();
    const copier = createSecretCopier(clipboard);
    await copier.copy('cheval-agrafe-batterie');
    expect(copier.pending).toBe(true);
    await copier.flush();
    expect(clipboard.text).toBe('');
    expect(copier.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(clipboard.clears).toBe(1);
  });

  it('says clipboard-unavailable without a clipboard (the CLI) or when the system refuses the write', async () => {
    await expect(createSecretCopier(undefined).copy('x')).rejects.toMatchObject({ code: 'clipboard-unavailable' });
    const clipboard = recordingClipboard();
    clipboard.refuse = true;
    const copier = createSecretCopier(clipboard);
    const failure = await copier.copy('x').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HygieError);
    expect(failure).toMatchObject({ code: 'clipboard-unavailable' });
    expect(copier.pending).toBe(false);
  });

  it('keeps no copy of the secret, only a digest to recognise it', async () => {
    const copier = createSecretCopier(recordingClipboard());
    await copier.copy('cheval-agrafe-batterie');
    expect(JSON.stringify(Object.getOwnPropertyDescriptors(copier))).not.toContain('cheval');
  });
});
