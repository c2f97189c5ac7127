// Run by test/unit/import-crash.test.ts in a child process (Node strips the types): imports a
// generated roster through the store, printing progress from inside the transaction so that the
// parent can kill the process mid-import. Usage: node import-child.ts DATA_DIR KEYCHAIN_SERVICE ROWS
import { writeSync } from 'node:fs';
import { previewRoster } from '../../electron/core/roster/preview.ts';
import { KeytarSecretStore } from '../../electron/core/store/keytar-secret-store.ts';
import { StoreHost } from '../../electron/core/store/store-host.ts';

const [dataDir, service, rowCount] = process.argv.slice(2) as [string, string, string];
const lines = ['Nom;Prénom;E-mail;Fonction'];
for (let i = 1; i <= Number(rowCount); i += 1) lines.push(`Nom${i};Prénom${i};personne${i}@cabinet.fr;Secrétaire`);
const bytes = Buffer.from(lines.join('\r\n'), 'utf8');

const host = new StoreHost({ dataDir, secrets: new KeytarSecretStore(service), actor: 'test:child' });
const store = await host.open();
store.transaction(() => {
  const preview = previewRoster(bytes, { fileName: 'roster.csv', existing: store.staff.emailOwners() });
  store.staff.insertImported(preview.rows, { fileName: 'roster.csv', encoding: preview.encoding, skipped: 0 }, (done) => {
    writeSync(1, `progress ${done}\n`); // synchronous: the parent sees it while the transaction is open
  });
});
writeSync(1, 'committed\n');
host.close();
