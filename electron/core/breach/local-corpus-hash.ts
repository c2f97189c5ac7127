import { createHash } from 'node:crypto';
import { EmailSchema } from '../model/schemas/practice.ts';
import type { CorpusForm } from '../model/schemas/corpora.ts';
import { emailKey } from '../roster/email-key.ts';

// The only forms a corpus address is kept in: SHA-256 (32 bytes) of the lower-cased, trimmed
// address, or — when the file already held SHA-1 hex — that SHA-1 (20 bytes). A clear address is
// hashed the moment it is read and never stored. A look-up hashes the address both ways.

export interface CorpusHash {
  form: CorpusForm;
  hash: Buffer;
}

const SHA256_HEX = /^[0-9a-f]{64}$/iu;
const SHA1_HEX = /^[0-9a-f]{40}$/iu;

export function sha256Of(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** One cell of a corpus file → what is kept of it, or null when it is neither an address nor a hash. */
export function corpusHashOf(cell: string): CorpusHash | null {
  const value = cell.trim();
  if (SHA256_HEX.test(value)) return { form: 'sha256', hash: Buffer.from(value, 'hex') };
  if (SHA1_HEX.test(value)) return { form: 'sha1', hash: Buffer.from(value, 'hex') };
  const key = emailKey(value);
  if (EmailSchema.safeParse(key).success) return { form: 'email', hash: sha256Of(key) };
  return null;
}

/** The two hashes an address can be stored under: SHA-256 and SHA-1 of its key. */
export function lookupHashesOf(email: string): [sha256: Buffer, sha1: Buffer] {
  const key = emailKey(email);
  return [sha256Of(key), createHash('sha1').update(key, 'utf8').digest()];
}
