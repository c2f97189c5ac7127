import type { SecretClipboard } from '../../electron/core/api/secret-clipboard.ts';

// Stands in for the main process's clipboard (electron/main/secret-clipboard.ts) in the e2e
// harness: records each secret written, answers readText with it, and can refuse a write as a
// locked system clipboard would. The platform markers themselves are checked in test/main.

export interface RecordingClipboard extends SecretClipboard {
  /** Every secret written, in order. */
  secrets: string[];
  /** What the system clipboard holds now ('' once cleared). */
  text: string;
  /** Make writeSecret fail, as when another program holds the clipboard open. */
  refuse: boolean;
  clears: number;
}

export function recordingClipboard(): RecordingClipboard {
  const clipboard: RecordingClipboard = {
    secrets: [],
    text: '',
    refuse: false,
    clears: 0,
    writeSecret: async (text) => {
      if (clipboard.refuse) throw new Error('clipboard busy (test)');
      clipboard.secrets.push(text);
      clipboard.text = text;
    },
    readText: async () => clipboard.text,
    clear: () => {
      clipboard.text = '';
      clipboard.clears += 1;
    },
  };
  return clipboard;
}
