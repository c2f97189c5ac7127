/** The form two addresses are compared in: the store's duplicate checks and the import's agree on it. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
