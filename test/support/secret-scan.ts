import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { keychainEntriesFor } from '../../electron/core/store/keychain-chunks.ts';
import { SECRET_NAMES, type SecretName, type SecretStore } from '../../electron/core/store/secret-store.ts';
import { isDatabaseKey } from '../../electron/core/store/database-key.ts';
import { recoveryPhrases } from '../../electron/core/recovery/recovery-words.ts';

// Looks for secrets in every file under a folder, in the forms they could leak as: the text
// itself (UTF-8 and UTF-16), and for hex keys their raw bytes and base64.

export interface SecretHit {
  file: string;
  secret: string;
  form: string;
}

function filesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile() || statSync(path).isFile()) files.push(path);
  }
  return files;
}

function formsOf(secret: string): [form: string, bytes: Buffer][] {
  const forms: [string, Buffer][] = [
    ['utf-8', Buffer.from(secret, 'utf8')],
    ['utf-16', Buffer.from(secret, 'utf16le')],
    ['utf-8 upper case', Buffer.from(secret.toUpperCase(), 'utf8')],
  ];
  if (/^[0-9a-f]+$/iu.test(secret) && secret.length % 2 === 0) {
    const raw = Buffer.from(secret, 'hex');
    forms.push(['raw bytes', raw], ['base64', Buffer.from(raw.toString('base64'), 'utf8')]);
  }
  forms.push(['base64 of text', Buffer.from(Buffer.from(secret, 'utf8').toString('base64'), 'utf8')]);
  return forms;
}

export function findSecrets(dir: string, secrets: readonly string[]): SecretHit[] {
  const hits: SecretHit[] = [];
  for (const file of filesUnder(dir)) {
    const content = readFileSync(file);
    for (const secret of secrets) {
      for (const [form, bytes] of formsOf(secret)) {
        if (content.includes(bytes)) hits.push({ file, secret: `${secret.slice(0, 4)}…`, form });
      }
    }
  }
  return hits;
}

export function listFiles(dir: string): string[] {
  return filesUnder(dir).map((file) => file.slice(dir.length + 1)).sort();
}

/**
 * The database key as the recovery kit writes it: the 24 words in each list, as printed, without
 * accents and in the QR code's capitals; and the first six words of each, for a partial leak.
 */
export function recoveryWordForms(keyHex: string): string[] {
  const phrases = recoveryPhrases(keyHex);
  return [...phrases, ...phrases.map((phrase) => phrase.split(' ').slice(0, 6).join(' '))];
}

/**
 * The values a keychain entry holds that must never appear in clear: the entry itself (for the
 * database key its recovery words too), each part it
 * is split into in the keychain (a part leaked alone is still a piece of the secret), and for a
 * directory connection in the former JSON form the access and refresh tokens inside it, which is
 * the form they would leak in (a log line, a settings row, an error).
 */
export function secretValuesOf(name: SecretName, value: string): string[] {
  if (name === 'database-key' && isDatabaseKey(value)) return [value, ...recoveryWordForms(value)];
  const values = [value];
  const parts = keychainEntriesFor(name, value);
  if (parts.length > 1) for (const [, part] of parts.slice(0, -1)) values.push(part);
  if (name !== 'microsoft-graph-token' && name !== 'google-directory-token') return values;
  try {
    const parsed = JSON.parse(value) as { access?: unknown; refresh?: unknown };
    for (const token of [parsed.access, parsed.refresh]) if (typeof token === 'string' && token) values.push(token);
  } catch {
    // Not JSON: the raw value is what there is to look for.
  }
  return values;
}

/**
 * A keychain that remembers every secret it was given or gave out during a test, so the scan at
 * close also looks for the ones deleted or replaced since (a removed HIBP key, a refreshed token,
 * a disconnected directory).
 */
export class RememberingSecretStore implements SecretStore {
  readonly description: string;
  readonly #inner: SecretStore;
  readonly #seen = new Set<string>();

  constructor(inner: SecretStore) {
    this.#inner = inner;
    this.description = inner.description;
  }

  /** Everything seen so far, expanded to the values to scan for. */
  get remembered(): string[] {
    return [...this.#seen];
  }

  #remember(name: SecretName, value: string | null): void {
    if (value) for (const secret of secretValuesOf(name, value)) this.#seen.add(secret);
  }

  async get(name: SecretName): Promise<string | null> {
    const value = await this.#inner.get(name);
    this.#remember(name, value);
    return value;
  }

  async set(name: SecretName, value: string): Promise<void> {
    this.#remember(name, value);
    await this.#inner.set(name, value);
  }

  delete(name: SecretName): Promise<boolean> {
    return this.#inner.delete(name);
  }
}

/** Shorter values could match encrypted bytes by chance; every real secret is longer. */
const MIN_SCANNED_LENGTH = 12;

/**
 * The guard every test data folder passes through before it is deleted: no secret of its keychain
 * service (every name in SECRET_NAMES, token JSON opened up), nor any secret the test's keychain
 * saw on the way (`RememberingSecretStore`), nor the secrets that never reach the keychain and the
 * test knows of (`also`: access tokens, kept in memory only), may appear anywhere in it. Throws,
 * failing the test.
 */
export async function assertNoKeychainSecretsIn(
  dir: string,
  secrets: { get(name: SecretName): Promise<string | null> },
  also: readonly string[] = [],
): Promise<void> {
  const known = new Set<string>([...(secrets instanceof RememberingSecretStore ? secrets.remembered : []), ...also]);
  for (const name of SECRET_NAMES) {
    const value = await secrets.get(name).catch(() => null);
    if (value) for (const secret of secretValuesOf(name, value)) known.add(secret);
  }
  const hits = findSecrets(dir, [...known].filter((secret) => secret.length >= MIN_SCANNED_LENGTH));
  if (hits.length > 0) {
    throw new Error(`secrets found in clear under ${dir}: ${hits.map((hit) => `${hit.file} (${hit.form})`).join(', ')}`);
  }
}
