import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import type { RosterImportResult, RosterPreview } from '../../electron/core/model/schemas/roster-import.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import type { AuditEntry } from '../../electron/core/model/schemas/audit.ts';
import { base64, closeAllCores, openCore, PRACTICE } from '../support/core.ts';

afterEach(closeAllCores);

const person = (overrides: Partial<Record<string, unknown>> = {}) => ({
  firstName: 'Hélène',
  lastName: 'Lefèvre',
  role: 'secretary',
  roleLabel: null,
  emails: ['helene.lefevre@cabinet-dupont.fr'],
  services: ['amelipro'],
  ...overrides,
});

// A French Excel "CSV (séparateur: point-virgule)" file: Windows-1252, CRLF.
const EXCEL_FILE = iconv.encode(
  [
    'Nom;Prénom;E-mail;Fonction',
    'Lefèvre;Hélène;helene.lefevre@cabinet-dupont.fr;Secrétaire médicale',
    'Garçon;François;f.garcon@cabinet-dupont.fr;Médecin',
    'Naïm;Anaïs;anais.naim@orange.fr;Infirmière',
    'Sans-Adresse;Paul;paul.sans-adresse;Médecin',
  ].join('\r\n') + '\r\n',
  'win1252',
);

describe('the staff roster, through the contract', () => {
  it('adds, edits and removes people; removal is soft and written in the audit log', async () => {
    const core = openCore();
    await core.call('practice.save', PRACTICE);
    const created = await core.call<StaffMember>('staff.create', person());
    expect(created).toMatchObject({ firstName: 'Hélène', emails: ['helene.lefevre@cabinet-dupont.fr'], services: ['amelipro'] });

    const edited = await core.call<StaffMember>('staff.update', {
      id: created.id,
      person: person({ role: 'manager', emails: ['helene.lefevre@cabinet-dupont.fr', 'h.lefevre@gmail.com'], services: ['franceconnect'] }),
    });
    expect(edited).toMatchObject({ role: 'manager', emails: ['helene.lefevre@cabinet-dupont.fr', 'h.lefevre@gmail.com'], services: ['franceconnect'] });

    await core.call('staff.remove', { id: created.id });
    expect(await core.call('staff.list')).toEqual([]);
    // Still in the database, with its accounts: results and the trail keep their subject.
    const store = await core.host.open();
    expect(store.db.prepare('SELECT removed_at FROM staff WHERE id = ?').pluck().get(created.id)).toEqual(expect.any(String));
    const accounts = store.db.prepare('SELECT service, identifier, removed_at FROM account WHERE staff_id = ? ORDER BY service, identifier').all(created.id);
    expect(accounts).toEqual([
      { service: 'amelipro', identifier: '', removed_at: expect.any(String) },
      { service: 'franceconnect', identifier: '', removed_at: null },
      { service: 'mailbox', identifier: 'h.lefevre@gmail.com', removed_at: null },
      { service: 'mailbox', identifier: 'helene.lefevre@cabinet-dupont.fr', removed_at: null },
    ]);
    const audit = await core.call<AuditEntry[]>('audit.list', { limit: 10 });
    expect(audit.map((entry) => entry.action)).toEqual(['staff.remove', 'staff.update', 'staff.create', 'practice.create']);
    expect(audit[1]!.details).toMatchObject({ fields: 'role, emails, services' });
  });

  it('refuses an e-mail already on the roster, whatever its case; a removed person frees it', async () => {
    const core = openCore();
    const first = await core.call<StaffMember>('staff.create', person());
    await expect(core.call('staff.create', person({ firstName: 'Autre', emails: ['Helene.LEFEVRE@cabinet-dupont.fr'] }))).rejects.toMatchObject({
      code: 'email-already-on-roster',
    });
    await core.call('staff.remove', { id: first.id });
    await expect(core.call('staff.create', person({ emails: ['Helene.LEFEVRE@cabinet-dupont.fr'] }))).resolves.toBeDefined();
  });

  it('refuses malformed people with the fields named', async () => {
    const core = openCore();
    const result = await core.router.call('staff.create', person({ lastName: '  ', emails: ['not-an-email'] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { fields: 'lastName, emails.0' } } });
  });

  it('previews a French Excel file, then imports its good rows and lists the bad one by line', async () => {
    const core = openCore();
    const input = { fileName: 'personnel.csv', contentBase64: base64(EXCEL_FILE) };
    const preview = await core.call<RosterPreview>('staff.importPreview', input);
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', totals: { rows: 4, ready: 3, errors: 1 } });
    expect(preview.rows[3]).toMatchObject({ line: 5, status: 'error', issues: [{ code: 'invalid-email' }] });
    // Nothing is written by a preview.
    expect(await core.call('staff.list')).toEqual([]);

    const result = await core.call<RosterImportResult>('staff.importCommit', input);
    expect(result.imported).toBe(3);
    expect(result.skipped).toEqual([{ line: 5, issues: [expect.objectContaining({ code: 'invalid-email' })] }]);
    const staff = await core.call<StaffMember[]>('staff.list');
    expect(staff.map((member) => `${member.firstName} ${member.lastName} (${member.role})`)).toEqual([
      'François Garçon (physician)',
      'Hélène Lefèvre (secretary)',
      'Anaïs Naïm (nurse)',
    ]);

    // The same file again: everyone is already there, and says so.
    const again = await core.call<RosterImportResult>('staff.importCommit', input);
    expect(again.imported).toBe(0);
    expect(again.skipped.map((row) => row.issues[0]!.code)).toEqual(['duplicate-existing', 'duplicate-existing', 'duplicate-existing', 'invalid-email']);
  });

  it('imports all rows or none: a failure on row 500 of 1,000 leaves nobody imported', async () => {
    const core = openCore();
    const lines = ['Nom;Prénom;E-mail;Fonction'];
    for (let i = 1; i <= 1000; i += 1) lines.push(`Nom${i};Prénom${i};p${i}@cabinet.fr;Infirmier`);
    const store = await core.host.open();
    // Stand-in for a disk error half-way: the 500th insert fails.
    store.db.exec(`CREATE TRIGGER fail_half_way AFTER INSERT ON staff WHEN (SELECT count(*) FROM staff) = 500
                   BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    await expect(core.call('staff.importCommit', { fileName: 'big.csv', contentBase64: base64(lines.join('\n')) })).rejects.toBeDefined();
    expect(store.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM import_batch').pluck().get()).toBe(0);
    expect(store.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'staff.import'").pluck().get()).toBe(0);
  });

  it('exports the roster as CSV with formulas neutralised, and the export imports back', async () => {
    const core = openCore();
    await core.call('staff.create', person({ lastName: "=cmd|' /C calc'!A0", emails: ['x@cabinet.fr'] }));
    await core.call('staff.create', person({ firstName: 'Anaïs', lastName: 'Naïm', role: 'nurse', emails: ['anais@orange.fr'] }));
    const exported = await core.call<{ fileName: string; content: string }>('staff.exportCsv', { language: 'fr' });
    expect(exported.fileName).toMatch(/^hygie-personnel-\d{4}-\d{2}-\d{2}\.csv$/u);
    expect(exported.content.startsWith('\uFEFF')).toBe(true);
    expect(exported.content).toContain('Naïm');
    expect(exported.content).not.toMatch(/(^|[;\n"])=cmd/u);
    expect(exported.content).toContain("'=cmd");

    const other = openCore();
    const preview = await other.call<RosterPreview>('staff.importPreview', { fileName: exported.fileName, contentBase64: base64(exported.content) });
    expect(preview.totals).toEqual({ rows: 2, ready: 2, errors: 0 });
    expect(preview.rows.map((row) => row.person.emails[0])).toEqual(expect.arrayContaining(['anais@orange.fr', 'x@cabinet.fr']));
  });

  it('separates the export with the region\'s list separator, whatever the interface language (issue 14)', async () => {
    const header = async (systemLocale: string, language: 'fr' | 'en') => {
      const core = openCore({ systemLocale });
      await core.call('staff.create', person({ lastName: 'Naïm', emails: ['anais@orange.fr'] }));
      const exported = await core.call<{ content: string }>('staff.exportCsv', { language });
      return exported.content.split('\r\n')[0];
    };
    expect(await header('en-FR', 'en')).toBe('\uFEFFLast name;First name;E-mail;Role;Services');
    expect(await header('fr-FR', 'en')).toBe('\uFEFFLast name;First name;E-mail;Role;Services');
    expect(await header('en-GB', 'en')).toBe('\uFEFFLast name,First name,E-mail,Role,Services');
    expect(await header('en-US', 'fr')).toBe('\uFEFFNom,Prénom,E-mail,Fonction,Services');
    expect(await header('de-CH', 'fr')).toBe('\uFEFFNom;Prénom;E-mail;Fonction;Services');
  });

  it('explains whole-file problems instead of importing nothing silently', async () => {
    const core = openCore();
    const call = (content: Uint8Array | string) => core.router.call('staff.importPreview', { fileName: 'f.csv', contentBase64: base64(content) });
    expect(await call('')).toMatchObject({ ok: false, error: { code: 'import-empty-file' } });
    expect(await call('Nom;Prénom;E-mail\r\n')).toMatchObject({ ok: false, error: { code: 'import-no-rows' } });
    expect(await call(Buffer.from('PK\u0003\u0004 this is an xlsx'))).toMatchObject({ ok: false, error: { code: 'import-unreadable' } });
  });
});
