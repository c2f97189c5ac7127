import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { base64, closeAllCores, openCore, PRACTICE } from '../support/core.ts';
import { assertNoKeychainSecretsIn, findSecrets, RememberingSecretStore } from '../support/secret-scan.ts';
import { testSecrets } from '../support/keychain.ts';
import { qrText, recoveryWords } from '../../electron/core/recovery/recovery-words.ts';

afterAll(closeAllCores);

const HIBP_KEY = '7c1e2f0a9b8d4e6f8a0b1c2d3e4f5a6b';

describe('secrets at rest', () => {
  it('after a working session (setup, key, import, export, restart, backups) no file holds a secret in clear', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    await core.call('services.setHibpKey', { apiKey: HIBP_KEY });
    await core.call('staff.importCommit', {
      fileName: 'personnel.csv',
      contentBase64: base64('Nom;Prénom;E-mail;Fonction\r\nLefèvre;Hélène;helene@cabinet-dupont.fr;Secrétaire\r\n'),
    });
    await core.call('staff.exportCsv', { language: 'fr' });
    expect(await core.call('services.get')).toMatchObject({ hibpApiKey: 'set' });
    core.close();
    // A restart: the store reopens with the key from the keychain and takes its daily backup.
    const again = openCore({ dataDir: core.dataDir, secrets: core.secrets });
    expect(await again.call('staff.list')).toHaveLength(1);
    again.close();

    expect(readdirSync(core.dataDir).sort()).toEqual(expect.arrayContaining(['backups', 'hygie.db']));
    const databaseKey = await core.secrets.get('database-key');
    expect(databaseKey).toMatch(/^[0-9a-f]{64}$/u);
    expect(findSecrets(core.dataDir, [databaseKey!, HIBP_KEY])).toEqual([]);
    // The practice's own data is encrypted too: a name from the roster is not readable either.
    expect(findSecrets(core.dataDir, ['Lefèvre', 'Cabinet Dupont'])).toEqual([]);
  });

  it('the renderer only ever learns "set / not set" about the HIBP key', async () => {
    const core = openCore();
    const answers = [
      await core.router.call('services.setHibpKey', { apiKey: HIBP_KEY }),
      await core.router.call('services.get', undefined),
      await core.router.call('audit.list', undefined),
      await core.router.call('services.removeHibpKey', undefined),
    ];
    expect(JSON.stringify(answers)).not.toContain(HIBP_KEY);
    expect(answers[1]).toMatchObject({ ok: true, value: { hibpApiKey: 'set' } });
    expect(answers[3]).toMatchObject({ ok: true, value: { hibpApiKey: 'not-set' } });
    expect(await core.secrets.get('hibp-api-key')).toBeNull();
  });

  it('the guard every test data folder passes would catch a key leaked in any form', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygie-leak-'));
    const databaseKey = 'a1'.repeat(32);
    const secrets = { get: async (name: string) => (name === 'database-key' ? databaseKey : HIBP_KEY) };
    try {
      await expect(assertNoKeychainSecretsIn(dir, secrets)).resolves.toBeUndefined();
      mkdirSync(join(dir, 'logs'));
      for (const [file, content] of [
        ['logs/main.log', Buffer.from(`key=${HIBP_KEY}`)],
        ['dump.bin', Buffer.from(databaseKey, 'hex')],
        ['notes.txt', Buffer.from(Buffer.from(databaseKey, 'hex').toString('base64'))],
      ] as const) {
        writeFileSync(join(dir, file), content);
        await expect(assertNoKeychainSecretsIn(dir, secrets)).rejects.toThrow(file.split('/').pop()!);
        rmSync(join(dir, file));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the guard looks for every keychain secret: directory tokens inside their JSON, the Google client secret, and ones deleted since', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygie-leak-'));
    const access = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.access-token-for-graph';
    const refresh = '1//0refresh-token-for-google-directory';
    const clientSecret = 'GOCSPX-a-client-secret-value';
    const keychain = new RememberingSecretStore(testSecrets());
    try {
      await keychain.set('microsoft-graph-token', JSON.stringify({ access, refresh: null, expiresAt: null, account: 'cabinet-dupont.fr' }));
      await keychain.set('google-directory-token', JSON.stringify({ access: 'ya29.google-access-token', refresh, expiresAt: null, account: null }));
      await keychain.set('google-client-secret', clientSecret);
      await keychain.set('hibp-api-key', HIBP_KEY);
      await expect(assertNoKeychainSecretsIn(dir, keychain)).resolves.toBeUndefined();
      // The account shown to the user is not a secret: it may be in the database's audit log.
      writeFileSync(join(dir, 'audit.txt'), 'connected cabinet-dupont.fr');
      await expect(assertNoKeychainSecretsIn(dir, keychain)).resolves.toBeUndefined();
      // The HIBP key removed from the keychain is still looked for: the test's keychain saw it.
      await keychain.delete('hibp-api-key');
      for (const [file, content] of [
        ['graph.log', `Authorization: Bearer ${access}`],
        ['settings.json', `{"refresh":"${refresh}"}`],
        ['oauth.txt', `client_secret=${clientSecret}`],
        ['old-key.txt', HIBP_KEY],
      ] as const) {
        writeFileSync(join(dir, file), content);
        await expect(assertNoKeychainSecretsIn(dir, keychain)).rejects.toThrow(file);
        rmSync(join(dir, file));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the guard looks for the database key as the recovery kit writes it: 24 words in either list, or a run of six', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hygie-leak-'));
    const keychain = new RememberingSecretStore(testSecrets());
    const key = 'a1'.repeat(32);
    try {
      await keychain.set('database-key', key);
      const french = recoveryWords(key, 'fr');
      for (const [file, content] of [
        ['log.txt', `restore with ${french.join(' ')}`],
        ['en.txt', recoveryWords(key, 'en').join(' ')],
        ['qr.txt', qrText(french)],
        ['partial.txt', `mots : ${french.slice(0, 6).join(' ')}`],
        ['utf16.txt', Buffer.from(french.join(' '), 'utf16le')],
      ] as const) {
        writeFileSync(join(dir, file), content);
        await expect(assertNoKeychainSecretsIn(dir, keychain)).rejects.toThrow(file);
        rmSync(join(dir, file));
      }
      writeFileSync(join(dir, 'one-word.txt'), french[0]!);
      await expect(assertNoKeychainSecretsIn(dir, keychain)).resolves.toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
