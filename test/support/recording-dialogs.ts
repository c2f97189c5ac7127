import type { FileDialogs, OpenFileRequest, SaveFileRequest } from '../../electron/core/api/file-dialogs.ts';

// Stands in for the system's save and open dialogs (electron/core/api/file-dialogs.ts): answers
// with the path a test set, as if the user had picked it, or null as if they pressed Cancel, and
// records what each dialog was asked to show (title, proposed name, filters).

export interface RecordingDialogs extends FileDialogs {
  saveRequests: SaveFileRequest[];
  openRequests: OpenFileRequest[];
  /** What the next save dialogs answer: the path "picked", or null for Cancel. */
  savePath: string | null;
  /** What the next open dialogs answer. */
  openPath: string | null;
}

export function recordingDialogs(): RecordingDialogs {
  const dialogs: RecordingDialogs = {
    saveRequests: [],
    openRequests: [],
    savePath: null,
    openPath: null,
    chooseSavePath: async (request) => {
      dialogs.saveRequests.push(request);
      return dialogs.savePath;
    },
    chooseOpenPath: async (request) => {
      dialogs.openRequests.push(request);
      return dialogs.openPath;
    },
  };
  return dialogs;
}
