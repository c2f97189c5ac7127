// What the desktop gives core to let the user choose a file: the system's save and open dialogs.
// The main process passes Electron's `dialog` (electron/main/file-dialogs.ts); the CLI passes
// nothing (its paths come from the command line); the e2e harness passes a double that answers
// with the path a test set. Core never imports 'electron', and the renderer never sends a path:
// what the user picked in the dialog goes from the main process straight to core.

export interface FileFilter {
  /** In the interface's language, e.g. "Document PDF". */
  name: string;
  /** Without the dot: ['pdf']. */
  extensions: string[];
}

export interface SaveFileRequest {
  title: string;
  /** The file name proposed (the dialog opens in the user's Documents folder). */
  defaultName: string;
  filters: FileFilter[];
}

export interface OpenFileRequest {
  title: string;
  filters: FileFilter[];
}

export interface FileDialogs {
  /** The path the user chose to save to, or null when they cancelled. */
  chooseSavePath(request: SaveFileRequest): Promise<string | null>;
  /** The file the user chose to open, or null when they cancelled. */
  chooseOpenPath(request: OpenFileRequest): Promise<string | null>;
}
