/**
 * A path as people paste or type it. Windows Explorer's "Copy as path" wraps it in double quotes
 * ("C:\Users\…\Pwned Passwords"), and cmd.exe's `set NAME="D:\Hygie"` keeps them in the value; a
 * shell user may paste '/srv/pwned'. The quotes are not part of the path: one matching pair
 * around it is taken off, with the spaces around and inside it.
 */
export function withoutSurroundingQuotes(text: string): string {
  const trimmed = text.trim();
  const quoted = /^(["'])(.*)\1$/su.exec(trimmed);
  return quoted ? quoted[2]!.trim() : trimmed;
}
