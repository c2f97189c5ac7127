import { useEffect, useState, type RefObject } from 'react';
import { api } from '../api/client.ts';

export type CopyState = { kind: 'idle' } | { kind: 'copied'; minutes: number } | { kind: 'failed' };

let shortcutOnce: Promise<string> | undefined;

/** The copy shortcut of the computer Hygie runs on: ⌘C on a Mac, Ctrl+C elsewhere (app.info gives the system). */
function copyShortcut(): Promise<string> {
  shortcutOnce ??= api.app
    .info()
    .then((info) => (info.platform === 'darwin' ? '⌘C' : 'Ctrl+C'))
    .catch(() => 'Ctrl+C');
  return shortcutOnce;
}

/**
 * Copy a secret shown on the page (a passphrase, a sign-in code) through the main process, which
 * keeps it out of clipboard history and sync and erases it later (clipboard.copySecret). The page
 * never writes the clipboard itself. If the copy is refused, the text in `target` is selected so
 * the shortcut copies it by hand.
 */
export function useCopySecret(target: RefObject<HTMLElement | null>) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const [shortcut, setShortcut] = useState('Ctrl+C');
  useEffect(() => {
    let live = true;
    void copyShortcut().then((value) => live && setShortcut(value));
    return () => {
      live = false;
    };
  }, []);

  const copy = (text: string): void => {
    api.clipboard
      .copySecret({ text })
      .then((result) => setState({ kind: 'copied', minutes: Math.max(1, Math.round(result.clearedAfterSeconds / 60)) }))
      .catch(() => {
        const selection = window.getSelection();
        if (target.current && selection) selection.selectAllChildren(target.current);
        setState({ kind: 'failed' });
      });
  };
  const reset = (): void => setState({ kind: 'idle' });
  return { state, shortcut, copy, reset };
}
