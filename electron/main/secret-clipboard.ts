import type { Clipboard, ClipboardItem } from 'electron';
import type { SecretClipboard } from '../core/api/secret-clipboard.ts';

// A copied passphrase must not outlive the copy. Beside the text, one clipboard.write() (all its
// formats committed at once, Electron's clipboard.md) puts the markers each system reads:
// - Windows: clipboard history and cloud clipboard skip an item that carries
//   ExcludeClipboardContentFromMonitorProcessing (any data), CanIncludeInClipboardHistory = 0 and
//   CanUploadToCloudClipboard = 0 (DWORDs) — Microsoft, "Clipboard Formats", "Cloud Clipboard and
//   Clipboard History Formats";
// - macOS: org.nspasteboard.ConcealedType tells clipboard managers the item is a password
//   (nspasteboard.org). Universal Clipboard has no marker Electron can set (AppKit's
//   NSPasteboardContentsCurrentHostOnly is not exposed): Hygie's erase after a delay is what limits it.
// Raw system formats go through Electron's `electron application/osclipboard;format="<name>"`.

export const osFormat = (name: string): string => `electron application/osclipboard;format="${name}"`;

/** A serialised DWORD 0: little-endian, four bytes. */
const DWORD_ZERO = new Uint8Array(4);

export function secretMarkers(platform: NodeJS.Platform): Record<string, Blob> {
  if (platform === 'win32') {
    return {
      [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: new Blob([DWORD_ZERO]),
      [osFormat('CanIncludeInClipboardHistory')]: new Blob([DWORD_ZERO]),
      [osFormat('CanUploadToCloudClipboard')]: new Blob([DWORD_ZERO]),
    };
  }
  if (platform === 'darwin') return { [osFormat('org.nspasteboard.ConcealedType')]: new Blob([]) };
  return {};
}

type ClipboardItemConstructor = new (items: ConstructorParameters<typeof ClipboardItem>[0]) => ClipboardItem;

export function electronSecretClipboard(
  clipboard: Pick<Clipboard, 'write' | 'readText' | 'clear'>,
  ClipboardItemClass: ClipboardItemConstructor,
  platform: NodeJS.Platform,
): SecretClipboard {
  return {
    writeSecret: (text) => clipboard.write([new ClipboardItemClass({ 'text/plain': text, ...secretMarkers(platform) })]),
    readText: () => clipboard.readText(),
    clear: () => clipboard.clear(),
  };
}
