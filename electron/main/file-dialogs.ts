import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { FileDialogs } from '../core/api/file-dialogs.ts';

// The system's save and open dialogs, for core (electron/core/api/file-dialogs.ts). Modal to the
// main window when there is one. The save dialog opens in the user's Documents folder, asks
// before overwriting, and keeps the file out of the system's recent documents: the recovery kit
// is a key, and should not be one click away in a "Recent" list.

export function electronFileDialogs(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  window: () => BrowserWindow | undefined,
  documentsDir: () => string,
): FileDialogs {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = {
        title,
        defaultPath: join(documentsDir(), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'] as ('createDirectory' | 'showOverwriteConfirmation' | 'dontAddToRecent')[],
      };
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const options = { title, filters, properties: ['openFile', 'dontAddToRecent'] as ('openFile' | 'dontAddToRecent')[] };
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
