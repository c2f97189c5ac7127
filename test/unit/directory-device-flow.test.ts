import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DirectoryService } from '../../electron/core/mfa/directory/directory-service.ts';
import { alsoScanFor, closeAllCores, openCore, PRACTICE } from '../support/core.ts';
import { startFakeDirectory, type FakeDirectory } from '../support/fake-directory.ts';

// The device flow's pacing (RFC 8628 §3.5): the server's interval, +5 s on slow_down, and the
// code's lifetime. The service runs on a clock the test moves, so no test waits for real.

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
let fake: FakeDirectory;

beforeAll(async () => {
  fake = await startFakeDirectory({ interval: 5 });
  // Access tokens never reach the keychain: every data folder is scanned for them by name.
  alsoScanFor(() => fake.issuedSecrets());
});
afterAll(() => fake.close());
afterEach(closeAllCores);

async function setup() {
  const core = openCore();
  await core.call('practice.save', PRACTICE);
  await core.call('directory.saveSettings', {
    microsoft: { tenant: 'organizations', clientId: CLIENT_ID, loginBaseUrl: fake.loginBaseUrl, graphBaseUrl: fake.graphBaseUrl },
  });
  fake.requests.length = 0;
  let now = Date.parse('2026-03-02T09:00:00Z');
  const clock = {
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
  const service = new DirectoryService(core.secrets, { userAgent: 'Hygie/test', now: () => new Date(now) });
  const tokenPolls = () => fake.requests.filter((request) => request.form.grant_type === 'urn:ietf:params:oauth:grant-type:device_code').length;
  return { core, service, clock, tokenPolls };
}

describe('device-code polling pace', () => {
  it("asks the token endpoint only once the server's interval has passed, and adds 5 s after slow_down", async () => {
    const { core, service, clock, tokenPolls } = await setup();
    fake.nextDeviceScript = ['authorization_pending', 'slow_down', 'granted'];
    const start = await core.host.use((store) => service.signInStart(store, 'microsoft'));
    expect(start.intervalSeconds).toBe(5);
    const poll = () => core.host.use((store) => service.signInPoll(store, 'microsoft'));

    // Too early: answered from memory, the server is not asked.
    expect(await poll()).toEqual({ state: 'pending', intervalSeconds: 5 });
    expect(tokenPolls()).toBe(0);
    clock.advance(5);
    expect(await poll()).toEqual({ state: 'pending', intervalSeconds: 5 });
    expect(tokenPolls()).toBe(1);
    clock.advance(5);
    expect(await poll()).toEqual({ state: 'pending', intervalSeconds: 10 }); // slow_down
    expect(tokenPolls()).toBe(2);
    clock.advance(5);
    expect(await poll()).toEqual({ state: 'pending', intervalSeconds: 10 });
    expect(tokenPolls()).toBe(2);
    clock.advance(5);
    expect(await poll()).toEqual({ state: 'connected', account: 'admin@cabinet-dupont.fr' });
    expect(tokenPolls()).toBe(3);
    expect(await core.secrets.get('microsoft-graph-token')).toMatch(/^0\.AXEA-ms-refresh-/u);
  });

  it('ends the sign-in when the code has outlived its expires_in, without asking the server', async () => {
    const { core, service, clock, tokenPolls } = await setup();
    fake.nextDeviceScript = ['authorization_pending'];
    await core.host.use((store) => service.signInStart(store, 'microsoft'));
    clock.advance(901);
    expect(await core.host.use((store) => service.signInPoll(store, 'microsoft'))).toEqual({ state: 'expired' });
    expect(tokenPolls()).toBe(0);
    expect(await core.secrets.get('microsoft-graph-token')).toBeNull();
  });

  it('refuses the device flow for Google, whose device flow does not allow the Admin SDK scope', async () => {
    const { core } = await setup();
    await expect(core.call('directory.signInStart', { provider: 'google' })).rejects.toMatchObject({ code: 'directory-device-flow-unsupported' });
  });
});

describe('what the renderer relies on', () => {
  // The renderer's default addresses are the contract's own (imported from electron/core/model):
  // renderer-form-checks.test.ts makes sure none is written out again in the renderer.

  it("lets the shell open Microsoft's device-login pages, and nothing that only looks like them", async () => {
    const { isAllowedExternalUrl } = await import('../../electron/main/external-links.ts');
    expect(isAllowedExternalUrl('https://microsoft.com/devicelogin')).toBe(true);
    expect(isAllowedExternalUrl('https://login.microsoft.com/device')).toBe(true);
    expect(isAllowedExternalUrl('https://microsoft.com.evil.example/devicelogin')).toBe(false);
    expect(isAllowedExternalUrl('http://microsoft.com/devicelogin')).toBe(false);
  });
});
