// "Start with the computer, in the background": the desktop app's login item (Electron's
// app.setLoginItemSettings), handed to core by the main process. Absent in the CLI and where the
// system has none: Settings then does not offer it. Off until the practice turns it on.

export interface LoginItem {
  /** Whether Hygie starts when the person signs in to the computer. */
  enabled(): boolean;
  /** Turns it on (hidden: the window opens minimised) or off. */
  setEnabled(enabled: boolean): void;
}
