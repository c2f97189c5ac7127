import { createHash } from 'node:crypto';
import { HygieError } from '../model/hygie-error.ts';

// A secret longer than one keychain entry can hold, kept as several entries. Windows Credential
// Manager refuses a credential blob over CRED_MAX_CREDENTIAL_BLOB_SIZE (5 × 512 = 2,560 bytes), and
// keytar writes the value's UTF-8 bytes as the blob (keytar_win.cc): a Microsoft token pair is
// larger. So a value over the limit is cut into parts stored under "<name>.part-1", "<name>.part-2"…,
// and "<name>" holds a header naming how many parts there are and a digest of the whole, written
// last: a reader finds either a complete value or none (a torn write reads as absent, never as a
// wrong secret). Short values are stored as before, under their own name, so existing keychains
// read unchanged. The same layout is used on every OS, so Linux tests exercise Windows' code path.

/** CRED_MAX_CREDENTIAL_BLOB_SIZE (wincred.h): the most bytes one Windows credential can hold. */
export const KEYCHAIN_ENTRY_MAX_BYTES = 2560;

/** More parts than this is not a token (40 KB); refusing it keeps a bad value from filling the keychain. */
export const KEYCHAIN_MAX_PARTS = 16;

const HEADER = 'hygie-chunked:v1:';
const HEADER_PATTERN = /^hygie-chunked:v1:(\d{1,2}):([0-9a-f]{16})$/u;

/** One entry per account name, as keytar offers them under a service. */
export interface KeychainEntries {
  get(account: string): Promise<string | null>;
  set(account: string, value: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

export function partName(name: string, index: number): string {
  return `${name}.part-${index}`;
}

function digest(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, 16);
}

/**
 * The value cut into pieces of at most `maxBytes` UTF-8 bytes each, never inside a character
 * (a split surrogate pair or multi-byte sequence would not survive the round trip).
 */
export function splitUtf8(value: string, maxBytes: number = KEYCHAIN_ENTRY_MAX_BYTES): string[] {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of value) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  if (current || parts.length === 0) parts.push(current);
  return parts;
}

/** What a keychain holds for one secret: the entries, as they are written (tests scan each of them). */
export function keychainEntriesFor(name: string, value: string): [account: string, value: string][] {
  if (Buffer.byteLength(value, 'utf8') <= KEYCHAIN_ENTRY_MAX_BYTES && !value.startsWith(HEADER)) return [[name, value]];
  const parts = splitUtf8(value);
  if (parts.length > KEYCHAIN_MAX_PARTS) throw new HygieError('keychain-entry-too-large', { bytes: Buffer.byteLength(value, 'utf8') });
  return [...parts.map((part, index): [string, string] => [partName(name, index + 1), part]), [name, `${HEADER}${parts.length}:${digest(value)}`]];
}

function partCount(stored: string | null): number {
  const match = stored ? HEADER_PATTERN.exec(stored) : null;
  return match ? Number(match[1]) : 0;
}

/** Read a secret, joining its parts when it was split; null when absent or incomplete. */
export async function readChunked(entries: KeychainEntries, name: string): Promise<string | null> {
  const stored = await entries.get(name);
  if (stored === null || !stored.startsWith(HEADER)) return stored;
  const match = HEADER_PATTERN.exec(stored);
  if (!match) return null;
  const count = Number(match[1]);
  const parts: string[] = [];
  for (let index = 1; index <= count; index++) {
    const part = await entries.get(partName(name, index));
    if (part === null) return null;
    parts.push(part);
  }
  const value = parts.join('');
  return digest(value) === match[2] ? value : null;
}

/** Delete the parts after `keep`, up to the last one there is (a longer earlier value left more). */
async function deletePartsAfter(entries: KeychainEntries, name: string, keep: number, known: number): Promise<boolean> {
  let deleted = false;
  for (let index = keep + 1; index <= KEYCHAIN_MAX_PARTS; index++) {
    const gone = await entries.delete(partName(name, index));
    deleted ||= gone;
    if (!gone && index > known) break;
  }
  return deleted;
}

/** Write a secret: parts first, then the header that makes them the value, then leftovers removed. */
export async function writeChunked(entries: KeychainEntries, name: string, value: string): Promise<void> {
  const previous = partCount(await entries.get(name));
  const written = keychainEntriesFor(name, value);
  for (const [account, text] of written) await entries.set(account, text);
  await deletePartsAfter(entries, name, written.length - 1, previous);
}

/** Remove a secret and every part of it; true when anything was there. */
export async function deleteChunked(entries: KeychainEntries, name: string): Promise<boolean> {
  const previous = partCount(await entries.get(name));
  const header = await entries.delete(name);
  const parts = await deletePartsAfter(entries, name, 0, previous);
  return header || parts;
}
