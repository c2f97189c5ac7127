import { describe, expect, it } from 'vitest';
import { CliProblem } from '../../electron/cli/cli-problem.ts';
import { hibpApiKeyFrom, type CliConfiguration } from '../../electron/cli/configuration.ts';
import { KEYCHAIN_REFUSAL_TEXTS, withKeychainCause } from '../../electron/cli/keychain-messages.ts';
import { CLI_TEXTS } from '../../electron/cli/messages.ts';
import { HygieError } from '../../electron/core/model/hygie-error.ts';
import { keychainRefusal, KeytarSecretStore, type KeychainContext } from '../../electron/core/store/keytar-secret-store.ts';

// Issue 14, item 7: the command line meets keychains that refuse it for reasons of the session,
// not of Hygie. keytar passes the system's sentence on, without a code (keytar_win.cc: FormatMessage
// of GetLastError(); keytar_mac.cc: SecCopyErrorMessageString), so those sentences are what the
// errors injected here carry.

/** What keytar rejects with on Windows when CredRead fails with ERROR_NO_SUCH_LOGON_SESSION (1312). */
const WINDOWS_1312 = new Error('A specified logon session does not exist. It may already have been terminated.');
/** The same on a French Windows: the system's language, accents lost in keytar's ANSI conversion. */
const WINDOWS_1312_FR = new Error("Une session ouverte sp\uFFFDcifi\uFFFDe n'existe pas. Elle est peut-\uFFFDtre d\uFFFDj\uFFFD termin\uFFFDe.");
/** macOS, errSecInteractionNotAllowed (-25308): the prompt cannot be shown (SSH, no screen). */
const MAC_NO_INTERACTION = new Error('User interaction is not allowed.');
/** macOS, errSecUserCanceled (-128): Deny, or the prompt closed. */
const MAC_DENIED = new Error('User canceled the operation.');
/** libsecret without a keyring daemon: nothing Hygie can name better than "unreachable". */
const LINUX_NO_DAEMON = new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');

const windows: KeychainContext = { platform: 'win32', env: {} };
const mac: KeychainContext = { platform: 'darwin', env: {} };
const overSsh = { SSH_CONNECTION: '192.0.2.10 51234 192.0.2.20 22' };

/** A keychain whose every call fails with `error`, as keytar's native part would. */
function refusing(error: Error, context: KeychainContext): KeytarSecretStore {
  const fail = () => Promise.reject(error);
  return new KeytarSecretStore('Hygie-test-refusal', { ...context, keytar: async () => ({ getPassword: fail, setPassword: fail, deletePassword: fail }) });
}

async function failureOf(promise: Promise<unknown>): Promise<HygieError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HygieError);
  return error as HygieError;
}

describe('naming why the keychain refused', () => {
  it('recognises Windows’ network-logon refusal (1312) from its English sentence, or from an SSH session in any language', () => {
    expect(keychainRefusal(WINDOWS_1312, windows)).toBe('windows-network-logon');
    expect(keychainRefusal(new Error('CredRead failed: 1312'), windows)).toBe('windows-network-logon');
    expect(keychainRefusal(WINDOWS_1312_FR, windows)).toBeNull(); // unknown words, no other sign: not guessed
    expect(keychainRefusal(WINDOWS_1312_FR, { platform: 'win32', env: overSsh })).toBe('windows-network-logon');
    expect(keychainRefusal(WINDOWS_1312_FR, { platform: 'win32', env: { SSH_CLIENT: '192.0.2.10 51234 22' } })).toBe('windows-network-logon');
  });

  it('recognises macOS’ refusals: no prompt possible (-25308), and Deny (-128)', () => {
    expect(keychainRefusal(MAC_NO_INTERACTION, mac)).toBe('macos-no-user-interaction');
    expect(keychainRefusal(new Error('SecKeychainFindGenericPassword: -25308'), mac)).toBe('macos-no-user-interaction');
    expect(keychainRefusal(MAC_DENIED, mac)).toBe('macos-denied');
    expect(keychainRefusal(MAC_DENIED, { platform: 'darwin', env: overSsh })).toBe('macos-denied');
    expect(keychainRefusal(new Error('The specified keychain could not be found.'), { platform: 'darwin', env: overSsh })).toBe('macos-no-user-interaction');
  });

  it('names nothing it does not know, nor another system’s sentence', () => {
    expect(keychainRefusal(LINUX_NO_DAEMON, { platform: 'linux', env: overSsh })).toBeNull();
    expect(keychainRefusal(WINDOWS_1312, mac)).toBeNull();
    expect(keychainRefusal(MAC_NO_INTERACTION, windows)).toBeNull();
    expect(keychainRefusal(new Error('Element not found.'), windows)).toBeNull();
  });

  it('is carried by the keychain-unavailable error, with the system’s error kept as its cause', async () => {
    const error = await failureOf(refusing(WINDOWS_1312, windows).get('hibp-api-key'));
    expect(error.code).toBe('keychain-unavailable');
    expect(error.details).toEqual({ reason: 'windows-network-logon' });
    expect(error.cause).toBe(WINDOWS_1312);
    expect((await failureOf(refusing(MAC_DENIED, mac).set('database-key', 'x'))).details).toEqual({ reason: 'macos-denied' });
    expect((await failureOf(refusing(MAC_NO_INTERACTION, mac).delete('database-key'))).details).toEqual({ reason: 'macos-no-user-interaction' });
    const plain = await failureOf(refusing(LINUX_NO_DAEMON, { platform: 'linux', env: {} }).get('database-key'));
    expect(plain.code).toBe('keychain-unavailable');
    expect(plain.details).toBeUndefined();
  });
});

describe('the command line’s message', () => {
  function configuration(secrets: KeytarSecretStore): CliConfiguration {
    return { hibpBaseUrl: null, pwnedPasswordsBaseUrl: null, dataDir: '/nowhere', legacyDataDir: null, keychainService: 'Hygie', secrets };
  }

  async function problemOf(secrets: KeytarSecretStore): Promise<CliProblem> {
    const error = await hibpApiKeyFrom({}, configuration(secrets)).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CliProblem);
    return error as CliProblem;
  }

  it('says why and what to do over SSH on Windows, in English and French', async () => {
    const problem = await problemOf(refusing(WINDOWS_1312, windows));
    const en = problem.explain(CLI_TEXTS.en);
    expect(en).toContain('HIBP_API_KEY is not set and the system keychain (service "Hygie") cannot be reached.');
    expect(en).toContain('ERROR_NO_SUCH_LOGON_SESSION');
    expect(en).toContain('Remote Desktop');
    expect(en).toContain('"Do not store password"');
    const fr = problem.explain(CLI_TEXTS.fr);
    expect(fr).toContain('Bureau à distance');
    expect(fr).toContain('Ne pas enregistrer le mot de passe');
  });

  it('says why and what to do when macOS cannot prompt, and when the prompt was denied', async () => {
    const noPrompt = (await problemOf(refusing(MAC_NO_INTERACTION, mac))).explain(CLI_TEXTS.en);
    expect(noPrompt).toContain('-25308');
    expect(noPrompt).toContain('Hygie.app');
    expect(noPrompt).toContain('security unlock-keychain');
    expect((await problemOf(refusing(MAC_DENIED, mac))).explain(CLI_TEXTS.fr)).toContain('Refuser');
  });

  it('keeps the plain sentence when the cause is not known', async () => {
    const plain = (await problemOf(refusing(LINUX_NO_DAEMON, { platform: 'linux', env: {} }))).explain(CLI_TEXTS.en);
    expect(plain).toBe(CLI_TEXTS.en.config.keychainUnreachable('Hygie'));
    expect(withKeychainCause('fr', 'Phrase.', new Error('other'))).toBe('Phrase.');
  });

  it('has every cause in both languages, French set with narrow no-break spaces', () => {
    for (const texts of Object.values(KEYCHAIN_REFUSAL_TEXTS)) expect(Object.keys(texts).sort()).toEqual(['macos-denied', 'macos-no-user-interaction', 'windows-network-logon']);
    for (const text of Object.values(KEYCHAIN_REFUSAL_TEXTS.fr)) {
      expect(text).not.toMatch(/ [:;?!»]/u);
      expect(text).not.toMatch(/« /u);
      expect(text).not.toContain("'");
    }
  });
});
