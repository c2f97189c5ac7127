import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startHarness, type Harness } from '../support/browser-harness.ts';
import { findSecrets, listFiles } from '../support/secret-scan.ts';
import { chooseSettingsTab, escapeRegExp, expectNoSeriousAxeViolations, heading, messages, openWithPractice, windowScreenshot } from './setup-fixtures.ts';

// A stand-in for HIBP's GET /subscription/status on loopback, answering as the documented API does.
const GOOD_KEY = '0123456789abcdef0123456789abcdef';
const WRONG_KEY = 'fedcba9876543210fedcba9876543210';
const BLOCKED_KEY = 'b10cb10cb10cb10cb10cb10cb10cb10c';
/** A key whose status answers 200 with nothing readable (issue 13, F1). */
const UNREADABLE_KEY = '0000ffff0000ffff0000ffff0000ffff';
const RAY_ID = '8f2c1d3e4b5a6978-CDG';

interface Seen {
  path: string;
  headers: IncomingHttpHeaders;
}

let harness: Harness;
let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ path: request.url ?? '', headers: request.headers });
    if (request.method !== 'GET' || request.url !== '/api/v3/subscription/status') {
      response.writeHead(404).end();
      return;
    }
    const key = request.headers['hibp-api-key'];
    if (key === GOOD_KEY) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          SubscriptionName: 'Pwned 1',
          Description: 'Up to 10 email searches per minute',
          SubscribedUntil: '2027-01-01T00:00:00',
          Rpm: 10,
          DomainSearchMaxBreachedAccounts: 25,
          MaxBreachedDomains: 1,
          IncludesStealerLogs: false,
          IncludesBulkDomainAdd: false,
          IncludesAutoSubdomainVerification: false,
          IncludesCustomerDomains: false,
          IncludesKAnon: false,
        }),
      );
    } else if (key === UNREADABLE_KEY) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    } else if (key === BLOCKED_KEY) {
      response.writeHead(403, { 'content-type': 'text/html', 'cf-ray': RAY_ID }).end('<html>blocked</html>');
    } else {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ statusCode: 401, message: 'Access denied' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`;
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

const fr = messages.fr;

function keyField(page: Page) {
  return page.getByLabel(new RegExp(`^(${escapeRegExp(fr.services.key.field)}|${escapeRegExp(fr.services.key.fieldReplace)})$`));
}

async function saveKey(page: Page, key: string) {
  await keyField(page).fill(key);
  await page.getByRole('button', { name: fr.services.key.save, exact: true }).click();
  await page.getByRole('status').filter({ hasText: fr.services.key.saved }).waitFor();
}

async function testKey(page: Page) {
  const button = page.getByRole('button', { name: fr.services.key.test, exact: true });
  await button.click();
  // the button says "Testing…" while the call runs, then its name again
  await button.waitFor();
}

describe('Settings: breach services', () => {
  it('keeps the HIBP key in the keychain only, tests it against the service, and removes it', async () => {
    const session = await openWithPractice(harness, { locale: 'fr-FR' });
    const { page } = session;
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.settings, exact: true }).click();
    await expect.poll(() => heading(page)).toBe(fr.pages.settings.title);
    await chooseSettingsTab(page, 'fr', 'provider');
    const services = page.getByRole('region', { name: fr.services.title });
    await services.getByText(fr.services.key.notSet, { exact: true }).waitFor();

    // The base URL: plain http is refused unless it is this computer.
    const hibpUrl = page.getByRole('textbox', { name: fr.services.urls.hibp, exact: true });
    await hibpUrl.fill('http://hibp.example.org/api/v3');
    await page.getByRole('button', { name: fr.services.urls.save, exact: true }).click();
    await page.getByText(fr.services.urls.invalid, { exact: true }).waitFor();
    expect(await session.router.call('services.get', undefined)).toMatchObject({
      value: { hibpBaseUrl: 'https://haveibeenpwned.com/api/v3' },
    });
    await hibpUrl.fill(`${baseUrl}/`);
    await page.getByRole('button', { name: fr.services.urls.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: fr.services.urls.saved }).waitFor();
    expect(await hibpUrl.inputValue()).toBe(baseUrl); // as the engine keeps it, without the slash

    // A key that is not 32 hex characters is refused at the field.
    await keyField(page).fill('not-a-key');
    await page.getByRole('button', { name: fr.services.key.save, exact: true }).click();
    await page.getByText(fr.services.key.invalid, { exact: true }).waitFor();
    expect(await keyField(page).getAttribute('type')).toBe('password');
    expect(await keyField(page).getAttribute('autocomplete')).toBe('off');
    expect(await keyField(page).getAttribute('spellcheck')).toBe('false');

    // The right key: saved, the field emptied, the chip says so; the key is never shown.
    await saveKey(page, GOOD_KEY);
    await services.getByText(fr.services.key.set, { exact: true }).waitFor();
    expect(await keyField(page).inputValue()).toBe('');
    expect(await page.content()).not.toContain(GOOD_KEY);

    await testKey(page);
    const result = services.getByRole('status').filter({ hasText: fr.services.test.valid.chip });
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('Pwned 1');
    expect(text).toContain('10 requêtes par minute');
    expect(text).toContain('1er janvier 2027');
    // What matters for privacy, said plainly: this plan sends each address itself.
    expect(text).toContain(fr.services.test.valid.rangeNo);
    const asked = seen.filter((request) => request.path === '/api/v3/subscription/status');
    expect(asked.length).toBe(1);
    expect(asked[0]!.headers['user-agent']).toMatch(/^Hygie\//);
    expect(asked[0]!.headers['hibp-api-key']).toBe(GOOD_KEY);
    await expectNoSeriousAxeViolations(page, 'settings with a valid key');
    await screenshot(page, 'fr-settings-services-valid');

    // A plan that answers without saying what it includes: nothing will be sent, and it says so.
    await saveKey(page, UNREADABLE_KEY);
    await testKey(page);
    const unreadable = services.getByRole('status').filter({ hasText: fr.services.test.unexpected.chip });
    await unreadable.waitFor();
    expect(await unreadable.innerText()).toContain(fr.services.test.unexpected.planUnreadable);
    await screenshot(page, 'fr-settings-services-plan-unreadable');

    // A wrong key: refused by the service, said plainly.
    await saveKey(page, WRONG_KEY);
    await testKey(page);
    await services.getByRole('status').filter({ hasText: fr.services.test.invalid.body }).waitFor();
    expect(await services.innerText()).toContain(fr.services.test.invalid.chip);

    // Blocked by Cloudflare: the ray id is there for the IT provider.
    await saveKey(page, BLOCKED_KEY);
    await testKey(page);
    const blocked = services.getByRole('status').filter({ hasText: fr.services.test.blocked.chip });
    await blocked.waitFor();
    expect(await blocked.innerText()).toContain(RAY_ID);
    await screenshot(page, 'fr-settings-services-blocked');

    // Remove, after a confirmation.
    await page.getByRole('button', { name: fr.services.key.remove, exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(fr.services.key.confirmRemove.body);
    await windowScreenshot(page, 'fr-settings-services-remove-confirm');
    await dialog.getByRole('button', { name: fr.services.key.confirmRemove.confirm, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await services.getByText(fr.services.key.notSet, { exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: fr.services.key.removed }).waitFor();
    expect(await session.router.call('services.get', undefined)).toMatchObject({ value: { hibpApiKey: 'not-set' } });

    // Restore the default addresses.
    await page.getByRole('button', { name: fr.services.urls.restoreDefaults, exact: true }).click();
    await page.getByRole('status').filter({ hasText: fr.services.urls.restored }).waitFor();
    expect(await hibpUrl.inputValue()).toBe('https://haveibeenpwned.com/api/v3');

    // The journal lists what was done, and no key.
    await chooseSettingsTab(page, 'fr', 'journal');
    const journal = page.getByRole('region', { name: fr.audit.title });
    await journal.getByRole('button', { name: fr.audit.refresh, exact: true }).click();
    const table = journal.getByRole('table');
    await table.getByText(fr.audit.actions.services['hibp-key'].remove, { exact: true }).waitFor();
    const journalText = await table.innerText();
    expect(journalText.split(fr.audit.actions.services['hibp-key'].set).length - 1).toBe(4);
    expect(journalText.split(fr.audit.actions.services['hibp-key'].test).length - 1).toBe(4);
    expect(journalText).toContain(fr.audit.actions.services.update);
    expect(journalText).toContain(fr.services.test.valid.chip);
    for (const key of [GOOD_KEY, WRONG_KEY, BLOCKED_KEY, UNREADABLE_KEY]) expect(journalText).not.toContain(key);
    await screenshot(page, 'fr-settings-journal');
    expect(session.consoleErrors).toEqual([]);
    await session.close();

    // Not one byte of any key in the data folder, in any form (database, WAL, backups, preferences).
    expect(listFiles(session.dataDir).length).toBeGreaterThan(0);
    expect(findSecrets(session.dataDir, [GOOD_KEY, WRONG_KEY, BLOCKED_KEY, UNREADABLE_KEY])).toEqual([]);
  });
});
