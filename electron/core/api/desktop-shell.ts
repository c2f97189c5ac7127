// What the desktop gives core to hand a file to the user: open it with the system's default
// application, or show it in the file manager. The main process passes Electron's `shell`; the
// CLI passes nothing (reports.open / reports.reveal then say desktop-unavailable); the e2e harness
// passes one that records what it was asked. Core never imports 'electron' itself.

export interface DesktopShell {
  /** Resolves '' once the file is handed to its application, else the system's error text (Electron's contract). */
  openPath(path: string): Promise<string>;
  /** Opens the file manager with the file selected. */
  showItemInFolder(path: string): void;
}
