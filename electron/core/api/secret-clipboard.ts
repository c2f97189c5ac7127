// What the desktop gives core to copy a secret (a generated passphrase, a sign-in code): the main
// process passes Electron's clipboard, writing the platform's "do not keep" markers beside the
// text; the e2e harness passes one that records; the CLI passes nothing (clipboard.copySecret then
// says clipboard-unavailable and the page selects the text for Ctrl+C / ⌘C). Core never imports
// 'electron' itself.

export interface SecretClipboard {
  /** Put the text on the system clipboard, marked as not to be kept in history or synced. */
  writeSecret(text: string): Promise<void>;
  /** The clipboard's plain text now (to erase the secret only if it is still there). */
  readText(): Promise<string>;
  clear(): void | Promise<void>;
}
