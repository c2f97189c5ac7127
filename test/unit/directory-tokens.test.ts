import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../electron/core/model/error-messages.ts';
import type { DirectoryImportResult, DirectoryStatus, SignInPoll } from '../../electron/core/model/schemas/directory.ts';
import { DirectoryService } from '../../electron/core/mfa/directory/directory-service.ts';
import { KEYCHAIN_ENTRY_MAX_BYTES, keychainEntriesFor, partName, splitUtf8 } from '../../electron/core/store/keychain-chunks.ts';
import { KeytarSecretStore, loadKeytar, type KeytarApi } from '../../electron/core/store/keytar-secret-store.ts';
import { alsoScanFor, closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { startFakeDirectory, type FakeDirectory } from '../support/fake-directory.ts';
import { credentialManagerKeytar, testKeychainService, testSecrets, type CredentialManagerLog } from '../support/keychain.ts';
import { assertNoKeychainSecretsIn, secretValuesOf } from '../support/secret-scan.ts';

// Issue 14, item 1: a Microsoft 365 connection could not be saved on Windows. Credential Manager
// refuses a credential blob over CRED_MAX_CREDENTIAL_BLOB_SIZE = 2,560 bytes (wincred.h), keytar
// writes the value's UTF-8 bytes as the blob (keytar_win.cc) and rejects with error 1783's text,
// "The stub received bad data." (atom/node-keytar#140, #249, #468). These tests run the real keychain
// behind that limit (test/support/keychain.ts), the default for every test's keychain.

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
let fake: FakeDirectory;

beforeAll(async () => {
  // A refresh token longer than one Windows credential holds: it has to be split.
  fake = await startFakeDirectory({ registrations: [{ userPrincipalName: 'helene.lefevre@cabinet-dupont.fr', isMfaRegistered: true, methodsRegistered: ['fido2'] }], microsoftRefreshTokenChars: 6000 });
  alsoScanFor(() => fake.issuedSecrets());
});
afterAll(() => fake.close());
afterEach(closeAllCores);

/** A core signed in to Microsoft through `directory`, its keychain behind Windows' limit. */
async function connectedCore(directory: FakeDirectory, log: CredentialManagerLog = { writes: [], refused: [] }): Promise<{ core: Core; service: string }> {
  const service = testKeychainService();
  const core = openCore({ secrets: testSecrets(service, { log }) });
  await core.call('practice.save', PRACTICE);
  await core.call('staff.create', { firstName: 'Hélène', lastName: 'Lefèvre', role: 'secretary', roleLabel: null, emails: ['helene.lefevre@cabinet-dupont.fr'], services: [] });
  await core.call('directory.saveSettings', {
    microsoft: { tenant: 'cabinet-dupont.fr', clientId: CLIENT_ID, loginBaseUrl: directory.loginBaseUrl, graphBaseUrl: directory.graphBaseUrl },
  });
  directory.nextDeviceScript = ['granted'];
  await core.call('directory.signInStart', { provider: 'microsoft' });
  expect(await core.call<SignInPoll>('directory.signInPoll', { provider: 'microsoft' })).toMatchObject({ state: 'connected' });
  return { core, service };
}

describe('Windows Credential Manager size limit (the test double)', () => {
  it("would have refused today's single-entry storage of a Microsoft connection", async () => {
    // Tokens of the sizes Microsoft issues (the fake's defaults: a 2,200-character access token,
    // a 1,400-character refresh token); the sign-in now saves them under the limit.
    const directory = await startFakeDirectory();
    try {
      const log: CredentialManagerLog = { writes: [], refused: [] };
      const { core } = await connectedCore(directory, log);
      expect(log.refused).toEqual([]);
      expect((await core.call<DirectoryStatus>('directory.status')).microsoft.connection).toBe('connected');
      const [access, refresh] = directory.issuedSecrets().filter((secret) => !secret.startsWith('DAQ'));
      // What directory-tokens.ts wrote until now: the whole connection as one JSON entry.
      const formerEntry = JSON.stringify({ access, refresh, expiresAt: '2026-03-02T10:00:00.000Z', account: 'admin@cabinet-dupont.fr' });
      expect(Buffer.byteLength(formerEntry, 'utf8')).toBeGreaterThan(KEYCHAIN_ENTRY_MAX_BYTES);
      const windows = credentialManagerKeytar(await loadKeytar(), log);
      const service = testKeychainService();
      await expect(windows.setPassword(service, 'microsoft-graph-token', formerEntry)).rejects.toThrow('The stub received bad data.');
      expect(log.refused).toEqual([{ account: 'microsoft-graph-token', bytes: Buffer.byteLength(formerEntry, 'utf8') }]);
      expect(await windows.getPassword(service, 'microsoft-graph-token')).toBeNull();
    } finally {
      await directory.close();
    }
    const windows = credentialManagerKeytar(await loadKeytar());
    const service = testKeychainService();
    // The limit is on bytes, as keytar counts them: 2,560 ASCII characters pass, 1,281 "é" (2,562 bytes) do not.
    await windows.setPassword(service, 'limit-test', 'x'.repeat(KEYCHAIN_ENTRY_MAX_BYTES));
    await expect(windows.setPassword(service, 'limit-test', 'é'.repeat(1281))).rejects.toThrow(/stub/u);
    await windows.deletePassword(service, 'limit-test');
  });

  it("gives error 1783 its own message, in French and English, whatever Windows' language", async () => {
    // keytar passes on FormatMessage's text in the system's language, without the number.
    for (const text of ['The stub received bad data.\r\n', 'Le stub a re\ufffdu des donn\ufffdes incorrectes.\r\n', 'Der Stub hat falsche Daten empfangen.']) {
      const refusing: KeytarApi = {
        getPassword: async () => null,
        deletePassword: async () => false,
        setPassword: async () => {
          throw new Error(text);
        },
      };
      const store = new KeytarSecretStore('Hygie-test-refusing', { keytar: async () => refusing });
      await expect(store.set('hibp-api-key', 'a'.repeat(32))).rejects.toMatchObject({ code: 'keychain-entry-too-large', details: { windowsError: 1783 } });
    }
    const other: KeytarApi = {
      getPassword: async () => {
        throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
      },
      setPassword: async () => {},
      deletePassword: async () => false,
    };
    await expect(new KeytarSecretStore('x', { keytar: async () => other }).get('database-key')).rejects.toMatchObject({ code: 'keychain-unavailable' });
    const text = ERROR_MESSAGES['keychain-entry-too-large'];
    // Said in words; Windows' error number is for the IT provider, in the error's folded details.
    expect(text.message.fr).toMatch(/Gestionnaire d’identification.*trop long/u);
    expect(text.message.en).toMatch(/Credential Manager.*too long/u);
    expect(`${text.message.fr} ${text.message.en}`).not.toMatch(/1783|stub/u);
    expect(text.action.fr).toMatch(/prestataire/u);
    expect(text.action.en).toMatch(/IT provider/u);
  });
});

describe('a secret longer than one keychain entry', () => {
  const service = testKeychainService();
  const store = testSecrets(service);
  let raw: KeytarApi;
  beforeAll(async () => {
    raw = await loadKeytar();
  });
  afterEach(async () => {
    await store.delete('microsoft-graph-token');
  });

  it('is kept in parts of at most 2,560 bytes, read back whole, with short secrets stored as before', async () => {
    const long = `0.AXEA-${'é'.repeat(1000)}${'a'.repeat(4000)}😀-end`;
    await store.set('microsoft-graph-token', long);
    expect(await store.get('microsoft-graph-token')).toBe(long);
    const header = await raw.getPassword(service, 'microsoft-graph-token');
    expect(header).toMatch(/^hygie-chunked:v1:3:[0-9a-f]{16}$/u);
    for (let index = 1; index <= 3; index++) {
      const part = await raw.getPassword(service, partName('microsoft-graph-token', index));
      expect(Buffer.byteLength(part!, 'utf8')).toBeLessThanOrEqual(KEYCHAIN_ENTRY_MAX_BYTES);
    }
    // A short value replaces it: one plain entry, and no part left behind.
    await store.set('microsoft-graph-token', 'short-refresh-token');
    expect(await raw.getPassword(service, 'microsoft-graph-token')).toBe('short-refresh-token');
    expect(await raw.getPassword(service, partName('microsoft-graph-token', 1))).toBeNull();
    expect(await store.get('microsoft-graph-token')).toBe('short-refresh-token');
  });

  it('never cuts a character in two', () => {
    const text = `${'a'.repeat(2559)}é${'b'.repeat(10)}😀`;
    const parts = splitUtf8(text);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe('a'.repeat(2559));
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(KEYCHAIN_ENTRY_MAX_BYTES);
  });

  it('reads as absent, never as a wrong secret, when a part is missing or from another write', async () => {
    await store.set('microsoft-graph-token', 'x'.repeat(6000));
    await raw.setPassword(service, partName('microsoft-graph-token', 2), 'y'.repeat(2560));
    expect(await store.get('microsoft-graph-token')).toBeNull();
    await raw.deletePassword(service, partName('microsoft-graph-token', 2));
    expect(await store.get('microsoft-graph-token')).toBeNull();
  });

  it('is removed whole: header and every part', async () => {
    await store.set('microsoft-graph-token', 'z'.repeat(7000));
    expect(await store.delete('microsoft-graph-token')).toBe(true);
    for (const account of ['microsoft-graph-token', ...[1, 2, 3].map((index) => partName('microsoft-graph-token', index))]) {
      expect(await raw.getPassword(service, account)).toBeNull();
    }
    expect(await store.delete('microsoft-graph-token')).toBe(false);
  });

  it('is looked for part by part by the secret scan', async () => {
    const refresh = `0.AXEA-${'q'.repeat(3000)}${'r'.repeat(3000)}`;
    const values = secretValuesOf('microsoft-graph-token', refresh);
    const parts = keychainEntriesFor('microsoft-graph-token', refresh).slice(0, -1).map(([, part]) => part);
    expect(parts).toHaveLength(3);
    expect(values).toEqual(expect.arrayContaining([refresh, ...parts]));
    await store.set('microsoft-graph-token', refresh);
    const dir = mkdtempSync(join(tmpdir(), 'hygie-leak-'));
    try {
      await expect(assertNoKeychainSecretsIn(dir, store)).resolves.toBeUndefined();
      // The second part alone, in a log line: still a piece of the token.
      writeFileSync(join(dir, 'main.log'), `keychain part: ${parts[1]}`);
      await expect(assertNoKeychainSecretsIn(dir, store)).rejects.toThrow('main.log');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Microsoft 365 connection under the 2,560-byte limit', () => {
  it('saves the refresh token alone (split), keeps the access token in memory, and works again after a restart', async () => {
    const log: CredentialManagerLog = { writes: [], refused: [] };
    const { core, service } = await connectedCore(fake, log);
    expect(log.refused).toEqual([]);
    expect(Math.max(...log.writes.map((write) => write.bytes))).toBeLessThanOrEqual(KEYCHAIN_ENTRY_MAX_BYTES);
    expect(log.writes.map((write) => write.account)).toEqual(expect.arrayContaining(['microsoft-graph-token', 'microsoft-graph-token.part-3']));

    const [access, refresh] = fake.issuedSecrets().slice(-2);
    expect(refresh!.length).toBe(6000);
    expect(await core.secrets.get('microsoft-graph-token')).toBe(refresh);
    // The access token is in no keychain entry.
    const raw = await loadKeytar();
    for (const account of ['microsoft-graph-token', ...[1, 2, 3].map((index) => partName('microsoft-graph-token', index))]) {
      expect(await raw.getPassword(service, account)).not.toContain(access);
    }
    expect((await core.call<DirectoryStatus>('directory.status')).microsoft).toMatchObject({ connection: 'connected', account: 'admin@cabinet-dupont.fr' });
    fake.requests.length = 0;
    expect(await core.call<DirectoryImportResult>('directory.import', { provider: 'microsoft' })).toMatchObject({ matched: 1 });
    // The access token in memory served: no refresh grant.
    expect(fake.requests.filter((request) => request.form.grant_type === 'refresh_token')).toHaveLength(0);

    // A restart: a new service has no access token; the refresh token, read back from its parts, gets one.
    const restarted = new DirectoryService(core.secrets, { userAgent: 'Hygie/test' });
    expect((await core.host.use((store) => restarted.status(store))).microsoft).toMatchObject({ connection: 'connected', account: 'admin@cabinet-dupont.fr' });
    const result = await core.host.use((store) => restarted.import(store, 'microsoft'));
    expect(result).toMatchObject({ matched: 1 });
    const grant = fake.requests.find((request) => request.form.grant_type === 'refresh_token');
    expect(grant?.form.refresh_token).toBe(refresh);
    // The rotated refresh token replaced the old one, parts and all.
    const rotated = fake.issuedSecrets().at(-1)!;
    expect(await core.secrets.get('microsoft-graph-token')).toBe(rotated);

    // Disconnecting removes every part.
    await core.host.use((store) => restarted.disconnect(store, 'microsoft'));
    for (const account of ['microsoft-graph-token', ...[1, 2, 3].map((index) => partName('microsoft-graph-token', index))]) {
      expect(await raw.getPassword(service, account)).toBeNull();
    }
  });

  it('moves a connection kept by an earlier version (one JSON entry) to the refresh token alone', async () => {
    const core = openCore({ secrets: testSecrets(testKeychainService(), { credentialManager: false }) });
    await core.call('practice.save', PRACTICE);
    await core.call('directory.saveSettings', { microsoft: { tenant: 'cabinet-dupont.fr', clientId: CLIENT_ID, loginBaseUrl: fake.loginBaseUrl, graphBaseUrl: fake.graphBaseUrl } });
    // As macOS and Linux could store it before (Windows refused it).
    await core.secrets.set('microsoft-graph-token', JSON.stringify({ access: 'eyJ0eXAiOiJKV1Qi.legacy-access-token', refresh: '0.AXEA-legacy-refresh-token', expiresAt: '2020-01-01T00:00:00.000Z', account: 'ancien@cabinet-dupont.fr' }));
    const status = await core.call<DirectoryStatus>('directory.status');
    expect(status.microsoft).toMatchObject({ connection: 'connected', account: 'ancien@cabinet-dupont.fr' });
    expect(await core.secrets.get('microsoft-graph-token')).toBe('0.AXEA-legacy-refresh-token');
  });
});
