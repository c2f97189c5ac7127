import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
 * The guard every test data folder passes through before it is deleted: the database key and
 * the HIBP key of its keychain service must appear nowhere in it. Throws, failing the test.
 */
export async function assertNoKeychainSecretsIn(dir: string, secrets: { get(name: 'database-key' | 'hibp-api-key'): Promise<string | null> }): Promise<void> {
  const known: string[] = [];
  for (const name of ['database-key', 'hibp-api-key'] as const) {
    const value = await secrets.get(name).catch(() => null);
    if (value) known.push(value);
  }
  const hits = findSecrets(dir, known);
  if (hits.length > 0) {
    throw new Error(`secrets found in clear under ${dir}: ${hits.map((hit) => `${hit.file} (${hit.form})`).join(', ')}`);
  }
}
