import { describe, expect, it } from 'vitest';
import { StaffInputSchema } from '../../electron/core/model/schemas/staff.ts';
import { emailKey } from '../../electron/core/roster/email-key.ts';
import { splitFullName } from '../../electron/core/roster/split-full-name.ts';
import { issueCodes, noticeCodes, preview, rowAt } from '../fixtures/roster/preview-helpers.ts';

// Each line of the file becomes a person, or says why it cannot.

describe('roster import: names', () => {
  it('splits a whole name the French way: words in capitals are the family name', () => {
    expect(splitFullName('Jean DUPONT')).toEqual({ firstName: 'Jean', lastName: 'DUPONT' });
    expect(splitFullName('DUPONT Jean')).toEqual({ firstName: 'Jean', lastName: 'DUPONT' });
    expect(splitFullName('  Marie-Hélène   LE GALL ')).toEqual({ firstName: 'Marie-Hélène', lastName: 'LE GALL' });
    expect(splitFullName("Anne D'ARGENT")).toEqual({ firstName: 'Anne', lastName: "D'ARGENT" });
  });

  it('otherwise takes the last word as the family name', () => {
    expect(splitFullName('Jean Pierre Dupont')).toEqual({ firstName: 'Jean Pierre', lastName: 'Dupont' });
    expect(splitFullName('JEAN DUPONT')).toEqual({ firstName: 'JEAN', lastName: 'DUPONT' });
    expect(splitFullName('Dupont')).toEqual({ firstName: '', lastName: 'Dupont' });
    expect(splitFullName('J. Dupont')).toEqual({ firstName: 'J.', lastName: 'Dupont' });
  });

  it('reads "Family, Given" and drops a courtesy title', () => {
    expect(splitFullName('Dupont, Jean')).toEqual({ firstName: 'Jean', lastName: 'Dupont' });
    expect(splitFullName('Dr Jean DUPONT')).toEqual({ firstName: 'Jean', lastName: 'DUPONT' });
    expect(splitFullName('Mme Lucie Martin')).toEqual({ firstName: 'Lucie', lastName: 'Martin' });
  });

  it('trims and collapses spaces in name columns, and reports a row with no family name', () => {
    const result = preview('Nom;Prénom;E-mail\n"  LE   GALL ";" Marie\u00a0 Hélène";marie@x.fr\n;Paul;paul@x.fr\n');
    expect(result.rows[0]?.person).toMatchObject({ lastName: 'LE GALL', firstName: 'Marie Hélène' });
    expect(result.rows[1]?.status).toBe('error');
    expect(issueCodes(result.rows[1])).toEqual(['missing-name']);
  });

  it('uses the whole-name column when the family-name one is empty', () => {
    const result = preview('Nom;Nom complet;E-mail\n;Jean DUPONT;jean@x.fr\n');
    expect(result.rows[0]?.person).toMatchObject({ lastName: 'DUPONT', firstName: 'Jean', emails: ['jean@x.fr'] });
  });
});

describe('roster import: e-mail addresses', () => {
  it('reads several addresses in one cell, whatever separates them, in lower case', () => {
    const result = preview(
      'Nom;E-mail\n' +
        'Jean DUPONT;"Jean.Dupont@Cabinet.fr, jdupont@gmail.com; j@x.fr | jd@y.fr  jd2@y.fr"\n' +
        'Paul MARTIN;"paul@x.fr\npaul@y.fr"\n',
    );
    expect(result.rows[0]?.person.emails).toEqual(['jean.dupont@cabinet.fr', 'jdupont@gmail.com', 'j@x.fr', 'jd@y.fr', 'jd2@y.fr']);
    expect(result.rows[0]?.status).toBe('ready');
    expect(result.rows[1]?.person.emails).toEqual(['paul@x.fr', 'paul@y.fr']);
  });

  it('names the invalid address and its line, and keeps the valid ones', () => {
    const result = preview('Nom;E-mail\nJean DUPONT;jean@x.fr, jean@cabinet\nPaul MARTIN;\nLucie DURAND;non communiqué\n');
    expect(rowAt(result, 2)?.issues).toEqual([{ code: 'invalid-email', value: 'jean@cabinet' }]);
    expect(rowAt(result, 2)?.person.emails).toEqual(['jean@x.fr']);
    expect(rowAt(result, 3)?.issues).toEqual([{ code: 'missing-email' }]);
    expect(rowAt(result, 4)?.issues).toEqual([{ code: 'invalid-email', value: 'non communiqué' }]);
    expect(result.totals).toEqual({ rows: 3, ready: 0, errors: 3 });
  });

  it('shortens a long invalid value to 80 characters', () => {
    const long = `${'x'.repeat(200)}@`;
    const issue = preview(`Nom;E-mail\nJean DUPONT;${long}\n`).rows[0]?.issues[0];
    expect(issue?.code).toBe('invalid-email');
    expect(issue?.value).toBe(`${'x'.repeat(80)}…`);
  });

  it('refuses more addresses than a person may have', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `a${index}@x.fr`).join(', ');
    const ten = Array.from({ length: 10 }, (_, index) => `b${index}@x.fr`).join(', ');
    const result = preview(`Nom;E-mail\nJean DUPONT;"${eleven}"\nPaul MARTIN;"${ten}"\n`);
    expect(issueCodes(result.rows[0])).toEqual(['too-many-emails']);
    expect(result.rows[1]?.status).toBe('ready');
  });

  it('a formula in the e-mail cell is only an invalid address', () => {
    const result = preview("Nom;E-mail\nJean DUPONT;=cmd|' /C calc'!A0\n");
    expect(result.rows[0]?.issues).toEqual([{ code: 'invalid-email', value: "=cmd|' /C calc'!A0" }]);
  });

  it('emailKey trims and lower-cases, as the store compares addresses', () => {
    expect(emailKey('  Jean.Dupont@Cabinet.FR ')).toBe('jean.dupont@cabinet.fr');
  });
});

describe('roster import: duplicates', () => {
  it('keeps the first row with an address and points the later ones to it, ignoring case', () => {
    const result = preview(
      'Nom;E-mail\nJean DUPONT;jean@x.fr\nPaul MARTIN;paul@x.fr\n\nJ. DUPONT;" JEAN@X.FR "\nLucie DURAND;lucie@x.fr, Paul@X.fr\nJ. P. DUPONT;jean@x.fr\n',
    );
    expect(rowAt(result, 2)?.status).toBe('ready');
    expect(rowAt(result, 5)?.issues).toEqual([{ code: 'duplicate-in-file', value: 'jean@x.fr', otherLine: 2 }]);
    expect(rowAt(result, 6)?.issues).toEqual([{ code: 'duplicate-in-file', value: 'paul@x.fr', otherLine: 3 }]);
    // A third occurrence still points to the first.
    expect(rowAt(result, 7)?.issues).toEqual([{ code: 'duplicate-in-file', value: 'jean@x.fr', otherLine: 2 }]);
    expect(result.totals).toEqual({ rows: 5, ready: 2, errors: 3 });
  });

  it('the same address twice in one cell is one address, not a duplicate', () => {
    const result = preview('Nom;E-mail\nJean DUPONT;"jean@x.fr; Jean@x.fr"\n');
    expect(result.rows[0]?.person.emails).toEqual(['jean@x.fr']);
    expect(result.rows[0]?.status).toBe('ready');
  });

  it('names who on the roster already has the address', () => {
    const existing = new Map([['jean@x.fr', 'Jean DUPONT']]);
    const result = preview('Nom;E-mail\nJean-Marc DUPONT;Jean@X.fr\nPaul MARTIN;paul@x.fr\n', { existing });
    expect(result.rows[0]?.issues).toEqual([{ code: 'duplicate-existing', value: 'jean@x.fr', existingName: 'Jean DUPONT' }]);
    expect(result.rows[1]?.status).toBe('ready');
  });
});

describe('roster import: roles, services and formula-like text', () => {
  it('maps the role column, and keeps unknown text as the label with a notice', () => {
    const result = preview(
      'Nom;E-mail;Fonction\n' +
        'A DUPONT;a@x.fr;Médecin généraliste\n' +
        'B DUPONT;b@x.fr;IDEL\n' +
        'C DUPONT;c@x.fr;Préparatrice en pharmacie\n' +
        'D DUPONT;d@x.fr;Agent d’entretien\n' +
        'E DUPONT;e@x.fr;\n',
    );
    expect(result.rows.map((row) => [row.person.role, row.person.roleLabel])).toEqual([
      ['physician', null],
      ['nurse', null],
      ['pharmacy-technician', null],
      ['other', 'Agent d’entretien'],
      ['other', null],
    ]);
    expect(result.rows[3]?.notices).toEqual([{ code: 'role-not-recognised', value: 'Agent d’entretien' }]);
    expect(result.rows[3]?.status).toBe('ready');
    expect(result.rows[4]?.notices).toEqual([]);
  });

  it('maps the services column and reports names it does not know', () => {
    const result = preview(
      'Nom;E-mail;Services\n' +
        'Jean DUPONT;jean@x.fr;"amelipro, FranceConnect, Pro Santé Connect | MSSanté; Ameli, impots.gouv, Mon espace santé, Doctolib, banque, Skype"\n' +
        'Paul MARTIN;paul@x.fr;\n',
    );
    expect(result.rows[0]?.person.services).toEqual([
      'amelipro',
      'franceconnect',
      'pro-sante-connect',
      'mssante',
      'ameli',
      'impots',
      'mon-espace-sante',
      'appointment-software',
      'bank',
    ]);
    expect(result.rows[0]?.notices).toEqual([{ code: 'service-not-recognised', value: 'Skype' }]);
    expect(result.rows[0]?.status).toBe('ready');
    expect(result.rows[1]?.person.services).toEqual([]);
  });

  it('flags name and role cells a spreadsheet could run as formulas, keeping the text as data', () => {
    const result = preview(
      'Nom;Prénom;E-mail;Fonction\n' +
        "=cmd|' /C calc'!A0;Jean;jean@x.fr;Médecin\n" +
        'DUPONT;+33 1 23;paul@x.fr;@SUM(1+1)\n' +
        '"\tMARTIN";Lucie;lucie@x.fr;-2+3\n' +
        'DURAND;Jean-Luc;jl@x.fr;Sage-femme\n',
    );
    expect(result.rows[0]?.person.lastName).toBe("=cmd|' /C calc'!A0");
    expect(result.rows[0]?.notices).toEqual([{ code: 'formula-like-text', value: "=cmd|' /C calc'!A0" }]);
    expect(noticeCodes(result.rows[1])).toEqual(['formula-like-text', 'formula-like-text', 'role-not-recognised']);
    expect(noticeCodes(result.rows[2])).toEqual(['formula-like-text', 'formula-like-text', 'role-not-recognised']);
    expect(noticeCodes(result.rows[3])).toEqual([]);
    expect(result.rows.every((row) => row.status === 'ready')).toBe(true);
  });

  it('flags full-width and small look-alikes of = + - @, and a formula behind spaces, as formula-like (issue 13)', () => {
    const result = preview(
      'Nom;Prénom;E-mail;Fonction\n' +
        '＝HYPERLINK("x");Jean;jean@x.fr;Médecin\n' +
        'DUPONT;＋33 1 23;paul@x.fr;﹫SUM(1)\n' +
        '"  =1+1";Lucie;lucie@x.fr;－2\n' +
        'DURAND;Jean-Luc;jl@x.fr;Sage-femme\n',
    );
    expect(noticeCodes(result.rows[0])).toEqual(['formula-like-text']);
    expect(noticeCodes(result.rows[1])).toEqual(['formula-like-text', 'formula-like-text', 'role-not-recognised']);
    expect(noticeCodes(result.rows[2])).toEqual(['formula-like-text', 'formula-like-text', 'role-not-recognised']);
    expect(noticeCodes(result.rows[3])).toEqual([]);
  });

  it('flags invisible characters that reorder or hide text (bidi overrides, zero-width, controls), still importing the row (issue 13)', () => {
    const result = preview(
      'Nom;Prénom;E-mail\n' +
        // An address whose display is reversed after the override: it reads as another one.
        'Dupont;Jean;jean\u202e@cabinet.fr\n' +
        'Martin\u2066;Paul;paul@x.fr\n' +
        'Durand;Lucie;lu\u200bcie@x.fr\n' +
        '"Petit\u001b]0;x\u0007";Ana;ana@x.fr\n' +
        'Garçon;Anaïs;anais@x.fr\n',
    );
    expect(result.rows.map((row) => row.status)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);
    expect(result.rows[0]?.notices).toEqual([{ code: 'hidden-characters', value: 'jean[U+202E]@cabinet.fr' }]);
    expect(result.rows[1]?.notices).toEqual([{ code: 'hidden-characters', value: 'Martin[U+2066]' }]);
    expect(result.rows[2]?.notices).toEqual([{ code: 'hidden-characters', value: 'lu[U+200B]cie@x.fr' }]);
    expect(result.rows[3]?.notices).toEqual([{ code: 'hidden-characters', value: 'Petit[U+001B]]0;x[U+0007]' }]);
    expect(result.rows[4]?.notices).toEqual([]);
  });

  it('flags an address that mixes alphabets (a Cyrillic or Greek look-alike among Latin letters), not one in one alphabet (issue 13)', () => {
    const result = preview(
      'Nom;Prénom;E-mail\n' +
        // "jеan" with a Cyrillic е (U+0435), "cabinеt" likewise in the domain, "οmar" with a Greek ο.
        'Dupont;Jean;j\u0435an@cabinet.fr\n' +
        'Martin;Paul;paul@cabin\u0435t.fr\n' +
        'Omar;Ali;\u03bfmar@x.fr\n' +
        // One alphabet each, or Latin with Japanese (UTS #39 "highly restrictive" allows it): no notice.
        'Müller;Jürgen;jürgen@münchen.de\n' +
        'Ivanov;Ivan;иван@почта.рф\n' +
        'Tanaka;Yui;yui@例え.jp\n',
    );
    expect(result.rows.map((row) => row.status)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready', 'ready']);
    expect(result.rows[0]?.notices).toEqual([{ code: 'mixed-scripts', value: 'j[\u0435]an@cabinet.fr', scripts: ['Latin', 'Cyrillic'] }]);
    expect(result.rows[1]?.notices).toEqual([{ code: 'mixed-scripts', value: 'paul@cabin[\u0435]t.fr', scripts: ['Latin', 'Cyrillic'] }]);
    expect(result.rows[2]?.notices).toEqual([{ code: 'mixed-scripts', value: '[\u03bf]mar@x.fr', scripts: ['Greek', 'Latin'] }]);
    expect(result.rows.slice(3).flatMap((row) => row.notices)).toEqual([]);
  });
});

describe('roster import: what can be imported', () => {
  it('every ready row is accepted by the store as it is', () => {
    const result = preview(
      'Nom complet;Courriel;Rôle;Comptes\n' +
        'Marie-Hélène LE GALL;mh@x.fr, MH2@x.fr;Sage-femme;Ameli\n' +
        'Paul;paul@x.fr;Jardinier;\n' +
        'DURAND Lucie;lucie@x.fr;;Doctolib\n',
    );
    expect(result.totals.ready).toBe(3);
    for (const row of result.rows) expect(StaffInputSchema.safeParse(row.person).success).toBe(true);
  });

  it('a name too long for the store is an error, not a failed save later', () => {
    const result = preview(`Nom;Prénom;E-mail\n${'D'.repeat(121)};Jean;jean@x.fr\n`);
    expect(issueCodes(result.rows[0])).toEqual(['cell-too-long']);
  });
});
