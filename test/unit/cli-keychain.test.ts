import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReportSchema } from '../../electron/core/breach/audit-report-schema.ts';
import { lookupHashesOf } from '../../electron/core/breach/local-corpus-hash.ts';
import { openStore } from '../../electron/core/store/store.ts';
import { baseEnv, runHygie } from '../support/cli-child.ts';
import { PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';
import { forgetTestSecrets, testKeychainService, testSecrets } from '../support/keychain.ts';
import { assertNoKeychainSecretsIn } from '../support/secret-scan.ts';

// `hygie audit` with the real OS keychain (run under scripts/with-test-keyring.sh): the HIBP key
// saved by the app, no key anywhere, and the practice's local corpora read from its encrypted
// store beside HIBP.

const LEAKED = 'jeanne.dupont@cabinet-dupont.fr';
const work = mkdtempSync(join(tmpdir(), 'hygie-cli-keychain-'));
const roster = join(work, 'staff.csv');
writeFileSync(roster, ['Nom;Prénom;E-mail', `Dupont;Jeanne;${LEAKED}`, 'Martin;Paul;paul.martin@cabinet-dupont.fr'].join('\n'));
let fake: FakeHibp;

beforeAll(async () => {
  fake = await startFakeHibp();
});

afterAll(async () => {
  await fake.close();
  await forgetTestSecrets();
  rmSync(work, { recursive: true, force: true });
});

function env(service: string, dataDir: string, extra: Record<string, string | undefined> = {}) {
  return baseEnv({ LANG: 'en_US.UTF-8', HYGIE_KEYCHAIN_SERVICE: service, HYGIE_DATA_DIR: dataDir, HYGIE_HIBP_BASE_URL: fake.baseUrl, ...extra });
}

describe('hygie audit and the keychain', () => {
  it('with no key in the environment nor in the keychain, exits 2 saying how to give one', async () => {
    const service = testKeychainService();
    const dataDir = mkdtempSync(join(work, 'empty-'));
    const run = await runHygie(['audit', '--roster', roster], { env: env(service, dataDir) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('HIBP_API_KEY');
    expect(run.stderr).toContain(service);
    expect(fake.log).toHaveLength(0);

    const french = await runHygie(['audit', '--roster', roster, '--lang', 'fr'], { env: env(service, dataDir) });
    expect(french.code).toBe(2);
    expect(french.stderr).toContain('Aucune clé Have I Been Pwned\u202f:');
  });

  it("uses the key the app saved in the keychain, and never shows it", async () => {
    const service = testKeychainService();
    await testSecrets(service).set('hibp-api-key', PRO_KEY);
    const dataDir = mkdtempSync(join(work, 'keyed-'));
    const out = join(work, 'keyed.json');
    const run = await runHygie(['audit', '--roster', roster, '--json', out], { env: env(service, dataDir) });
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(AuditReportSchema.parse(JSON.parse(text)).summary).toEqual({ checked: 2, breached: 0, clean: 2, notChecked: 0 });
    for (const output of [run.stdout, run.stderr, text]) expect(output.toLowerCase()).not.toContain(PRO_KEY);
    // The CLI never creates a database of its own.
    expect(existsSync(join(dataDir, 'hygie.db'))).toBe(false);
  });

  it("asks the practice's local corpora beside HIBP, and a corpus hit counts as breached", async () => {
    const service = testKeychainService();
    const secrets = testSecrets(service);
    const dataDir = mkdtempSync(join(work, 'store-'));
    const store = await openStore({ dataDir, secrets, actor: 'test:cli' });
    const { corpus } = store.corpora.import({ name: 'Fuite du prestataire', breachDate: '2025-03-01', fileName: 'fuite.txt' }, (add) => {
      add(lookupHashesOf(LEAKED)[0]);
      return { rejected: 0, forms: ['email'] };
    });
    store.close();

    const out = join(work, 'corpus.json');
    const run = await runHygie(['audit', '--roster', roster, '--json', out], { env: env(service, dataDir, { HIBP_API_KEY: PRO_KEY }) });
    expect(run.code).toBe(1);
    const report = AuditReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const jeanne = report.staff.find((entry) => entry.email === LEAKED)!;
    expect(jeanne.breach).toMatchObject({
      status: 'breached',
      source: `hibp-range+corpus:${corpus.id}`,
      sources: [
        { source: 'hibp-range', status: 'clean' },
        { source: `corpus:${corpus.id}`, status: 'breached' },
      ],
    });
    expect(jeanne.breach.breaches.map((breach) => [breach.title, breach.breachDate])).toEqual([['Fuite du prestataire', '2025-03-01']]);
    expect(report.staff.find((entry) => entry.email !== LEAKED)!.breach.source).toBe(`hibp-range+corpus:${corpus.id}`);
    expect(run.stdout).toContain('breach list "Fuite du prestataire"');
    await assertNoKeychainSecretsIn(dataDir, secrets);
  });

  it('a store whose keychain entry is gone is a configuration error, not an audit without the local lists', async () => {
    fake.log.length = 0;
    const dataDir = mkdtempSync(join(work, 'orphan-'));
    const first = testKeychainService();
    const store = await openStore({ dataDir, secrets: testSecrets(first), actor: 'test:cli' });
    store.close();
    const other = testKeychainService();
    const run = await runHygie(['audit', '--roster', roster], { env: env(other, dataDir, { HIBP_API_KEY: PRO_KEY }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(dataDir);
    expect(run.stderr).toContain('HYGIE_DATA_DIR');
    expect(fake.log.filter((request) => request.path.includes('/breachedaccount/'))).toHaveLength(0);
  });
});
