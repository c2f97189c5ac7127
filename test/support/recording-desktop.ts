import type { DesktopShell } from '../../electron/core/api/desktop-shell.ts';

// Stands in for Electron's shell (electron/core/api/desktop-shell.ts): records each path it is
// asked to open or show instead of starting an application, so tests can assert what a user's
// click on Open or Show in folder would have opened. `openError` makes openPath answer as Electron
// does when the system has no application for the file.

export interface RecordingDesktop extends DesktopShell {
  opened: string[];
  revealed: string[];
  /** What openPath answers: '' (handed over) by default, else the system's error text. */
  openError: string;
}

export function recordingDesktop(): RecordingDesktop {
  const desktop: RecordingDesktop = {
    opened: [],
    revealed: [],
    openError: '',
    openPath: async (path) => {
      desktop.opened.push(path);
      return desktop.openError;
    },
    showItemInFolder: (path) => {
      desktop.revealed.push(path);
    },
  };
  return desktop;
}
