import { describe, expect, it } from 'vitest';
import { detectMapping } from '../../electron/core/roster/header-mapping.ts';
import { issueCodes, preview } from '../fixtures/roster/preview-helpers.ts';

describe('roster import: recognising the columns', () => {
  it('reads French headers however they are accented, cased or punctuated', () => {
    expect(detectMapping(['NOM DE FAMILLE', ' Prénom ', 'Adresse e-mail :', 'Métier', 'Comptes'])).toEqual({
      lastName: 0,
      firstName: 1,
      fullName: null,
      email: 2,
      role: 3,
      services: 4,
    });
    expect(detectMapping(['Courriel', 'Nom', 'Prenom', 'Poste'])).toMatchObject({ email: 0, lastName: 1, firstName: 2, role: 3 });
  });

  it('reads English headers', () => {
    expect(detectMapping(['Surname', 'Given name', 'Email address', 'Job title', 'Accounts'])).toEqual({
      lastName: 0,
      firstName: 1,
      fullName: null,
      email: 2,
      role: 3,
      services: 4,
    });
    expect(detectMapping(['Full name', 'E-mail', 'Title'])).toMatchObject({ fullName: 0, email: 1, role: 2 });
  });

  it('takes a lone "Nom", beside no first-name column, as the whole name', () => {
    expect(detectMapping(['Nom', 'E-mail'])).toMatchObject({ lastName: null, fullName: 0, email: 1 });
    expect(detectMapping(['Nom', 'Prénom', 'E-mail'])).toMatchObject({ lastName: 0, firstName: 1, fullName: null });
    expect(detectMapping(['Nom et prénom', 'Mail'])).toMatchObject({ fullName: 0, email: 1 });
    expect(detectMapping(['Identité', 'Mail'])).toMatchObject({ fullName: 0 });
  });

  it('recognises a header that merely contains a telling word', () => {
    expect(detectMapping(['Nom', 'Prénom usuel', 'E-mail professionnel', 'Fonction exercée'])).toMatchObject({
      lastName: 0,
      firstName: 1,
      email: 2,
      role: 3,
    });
  });

  it('says which columns are missing, and every row then says why it cannot be imported', () => {
    const result = preview('Nom;Prénom;Téléphone\nDUPONT;Jean;0102030405\n');
    expect(result.fileIssues).toEqual(['no-email-column']);
    expect(issueCodes(result.rows[0])).toEqual(['missing-email']);
    const noName = preview('Téléphone;E-mail\n0102030405;jean@x.fr\n');
    expect(noName.fileIssues).toEqual(['no-name-column']);
    expect(issueCodes(noName.rows[0])).toEqual(['missing-name']);
  });

  it('uses a mapping given by the user as is, reading columns past the row as empty', () => {
    const text = 'Colonne A;Colonne B;Colonne C\nDUPONT;jean@x.fr;Médecin\nMARTIN\n';
    const mapping = { lastName: 0, firstName: null, fullName: null, email: 1, role: 2, services: 7 };
    const result = preview(text, { mapping });
    expect(result.mapping).toEqual(mapping);
    expect(result.fileIssues).toEqual([]);
    expect(result.rows[0]?.person).toMatchObject({ lastName: 'DUPONT', emails: ['jean@x.fr'], role: 'physician', services: [] });
    expect(result.rows[1]?.status).toBe('error');
    expect(issueCodes(result.rows[1])).toEqual(['missing-email']);
  });
});
