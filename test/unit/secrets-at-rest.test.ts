import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { base64, closeAllCores, openCore, PRACTICE } from '../support/core.ts';
import { findSecrets } from '../support/secret-scan.ts';

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
});
