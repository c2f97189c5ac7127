// The rule of AbsolutePathSchema (electron/core/model/schemas/pwned-passwords.ts), checked at the
// field: the renderer may not import the engine, so it repeats it, and renderer-form-checks.test.ts
// keeps the two equal. Quotes around a pasted path (Explorer's "Copy as path") are not part of it.

/** The folder as the engine will keep it: trimmed, one pair of surrounding quotes taken off. */
export function normaliseFolder(raw: string): string {
  const trimmed = raw.trim();
  const quoted = /^(["'])(.*)\1$/su.exec(trimmed);
  return quoted ? quoted[2]!.trim() : trimmed;
}

/** `/…` on Linux and macOS, `C:\…` or `\\server\share\…` on Windows. */
export function isAbsoluteFolder(raw: string): boolean {
  const folder = normaliseFolder(raw);
  return folder.length >= 2 && folder.length <= 1000 && /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/u.test(folder) && !folder.includes('\u0000');
}
