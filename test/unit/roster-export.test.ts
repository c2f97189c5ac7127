import { describe, expect, it } from 'vitest';
import { SERVICE_IDS, STAFF_ROLES, type StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { rosterToCsv } from '../../electron/core/roster/export.ts';
import { mapServices } from '../../electron/core/roster/service-mapping.ts';
import { SERVICE_LABELS } from '../../electron/core/model/service-labels.ts';
import { preview, utf8 } from '../fixtures/roster/preview-helpers.ts';

function member(fields: Partial<StaffMember> & Pick<StaffMember, 'lastName' | 'emails'>): StaffMember {
  return {
    id: fields.lastName,
    firstName: '',
    role: 'other',
    roleLabel: null,
    services: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}

const TODAY = new Date(2025, 2, 7, 15, 30);

const STAFF: StaffMember[] = [
  member({
    lastName: 'LE GALL',
    firstName: 'Marie-Hélène',
    role: 'midwife',
    emails: ['mh.legall@cabinet.fr', 'mh@gmail.com'],
    services: ['ameli', 'pro-sante-connect'],
  }),
  member({ lastName: 'Garçon', firstName: 'Anaïs', role: 'secretary', emails: ['anais@cabinet.fr'], services: ['appointment-software'] }),
  member({ lastName: 'Durand', firstName: 'Paul "Polo"', role: 'other', roleLabel: 'Agent; d’entretien', emails: ['paul@x.fr'] }),
  member({ lastName: 'Martin', firstName: 'Luc', role: 'other', roleLabel: null, emails: ['luc@x.fr'], services: ['bank'] }),
  // One of each role, so every label goes through the round trip.
  ...STAFF_ROLES.map((role, index) =>
    member({ lastName: `Role${index}`, firstName: 'Test', role, emails: [`role${index}@x.fr`], services: [...SERVICE_IDS] }),
  ),
];

describe('roster export', () => {
  it('writes a French Excel CSV: BOM, semicolons, CRLF, French headers and labels', () => {
    const file = rosterToCsv(STAFF.slice(0, 2), 'fr', TODAY, ';');
    expect(file.fileName).toBe('hygie-personnel-2025-03-07.csv');
    expect(file.mediaType).toBe('text/csv;charset=utf-8');
    expect(file.content).toBe(
      '\uFEFFNom;Prénom;E-mail;Fonction;Services\r\n' +
        'LE GALL;Marie-Hélène;mh.legall@cabinet.fr, mh@gmail.com;Sage-femme;Ameli (compte assuré), Pro Santé Connect\r\n' +
        'Garçon;Anaïs;anais@cabinet.fr;Secrétaire;Logiciel de rendez-vous\r\n',
    );
  });

  it('writes an English CSV with commas, quoting cells that hold one', () => {
    const file = rosterToCsv(STAFF.slice(0, 4), 'en', TODAY, ',');
    expect(file.fileName).toBe('hygie-staff-2025-03-07.csv');
    const lines = file.content.split('\r\n');
    expect(lines[0]).toBe('\uFEFFLast name,First name,E-mail,Role,Services');
    expect(lines[1]).toBe('LE GALL,Marie-Hélène,"mh.legall@cabinet.fr, mh@gmail.com",Midwife,"Ameli (patient account), Pro Santé Connect"');
    expect(lines[3]).toBe('Durand,"Paul ""Polo""",paul@x.fr,Agent; d’entretien,');
    expect(lines[4]).toBe('Martin,Luc,luc@x.fr,Other,Bank');
  });

  it("writes English headers with the French region's semicolons, and reads them back (issue 14)", () => {
    const file = rosterToCsv(STAFF, 'en', TODAY, ';');
    expect(file.content.split('\r\n')[0]).toBe('\uFEFFLast name;First name;E-mail;Role;Services');
    const result = preview(utf8(file.content), { fileName: file.fileName });
    expect(result.delimiter).toBe(';');
    expect(result.totals).toEqual({ rows: STAFF.length, ready: STAFF.length, errors: 0 });
  });

  it("neutralises cells a spreadsheet would run as formulas with a leading '", () => {
    const file = rosterToCsv(
      [
        member({ lastName: "=cmd|' /C calc'!A0", firstName: '+33 1', role: 'other', roleLabel: '@SUM(A1)', emails: ['a@x.fr'] }),
        member({ lastName: '-2+3', firstName: '\tTab', role: 'other', roleLabel: '=1+1\nsecond line', emails: ['b@x.fr'] }),
        member({ lastName: '\rCR', firstName: 'Jean-Luc', emails: ['c@x.fr'] }),
      ],
      'fr',
      TODAY,
      ';',
    );
    const lines = file.content.split('\r\n');
    expect(lines[1]).toBe(`"'=cmd|' /C calc'!A0";"'+33 1";a@x.fr;"'@SUM(A1)";`);
    expect(lines[2]).toBe(`"'-2+3";"'\tTab";b@x.fr;"'=1+1\nsecond line";`);
    expect(lines[3]).toBe(`"'\rCR";Jean-Luc;c@x.fr;Autre;`);
  });

  it("neutralises full-width and small look-alikes of = + - @, and a formula behind leading spaces (issue 13)", () => {
    const hostile = ['＝HYPERLINK("http://x")', '＋33 1', '－2+3', '＠SUM(A1)', '﹢1', '﹣1', '﹦1', '﹫x', '−1', '⁼1', '₊1', '﬩1', '  =1+1', '\u3000=1', '\u00a0@x'];
    const file = rosterToCsv(
      hostile.map((lastName, index) => member({ lastName, firstName: 'X', emails: [`p${index}@x.fr`] })),
      'fr',
      TODAY,
      ';',
    );
    const lines = file.content.split('\r\n').slice(1, -1);
    expect(lines.map((line) => line.split(';')[0])).toEqual(hostile.map((name) => `"'${name.replaceAll('"', '""')}"`));
    // And they come back as text (the guard's ' kept, spaces collapsed as for any name) when the file is imported again.
    expect(preview(utf8(file.content)).rows.map((row) => row.person.lastName)).toEqual(hostile.map((name) => `'${name}`.replace(/\s+/gu, ' ')));
    // A leading NUL too (OWASP ASVS 1.2.10); no roster file holds one, the importer refuses it as binary.
    const nul = rosterToCsv([member({ lastName: '\u0000=1', firstName: 'X', emails: ['n@x.fr'] })], 'fr', TODAY, ';');
    expect(nul.content.split('\r\n')[1]?.split(';')[0]).toBe(`"'\u0000=1"`);
  });

  it('guards every character that normalises (NFKC) to = + - @ or the minus sign, wherever it is in Unicode', () => {
    const triggers: string[] = [];
    for (let code = 0x80; code <= 0x2ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (['=', '+', '-', '@', '\u2212'].includes(character.normalize('NFKC'))) triggers.push(character);
    }
    expect(triggers.length).toBeGreaterThan(10);
    const file = rosterToCsv(
      triggers.map((character, index) => member({ lastName: `${character}1`, firstName: 'X', emails: [`p${index}@x.fr`] })),
      'en',
      TODAY,
      ',',
    );
    const cells = file.content.split('\r\n').slice(1, -1).map((line) => line.split(',')[0]);
    expect(cells).toEqual(triggers.map((character) => `"'${character}1"`));
  });

  it('names every service in both languages, and reads each name back', () => {
    for (const id of SERVICE_IDS) {
      for (const label of [SERVICE_LABELS[id].fr, SERVICE_LABELS[id].en]) {
        expect(mapServices(label), label).toEqual({ services: [id], unknown: [] });
      }
    }
  });

  for (const language of ['fr', 'en'] as const) {
    it(`re-imports its own ${language} file with every person, role, address and service unchanged`, () => {
      const file = rosterToCsv(STAFF, language, TODAY, language === 'fr' ? ';' : ',');
      const result = preview(utf8(file.content), { fileName: file.fileName });
      expect(result.encoding).toBe('utf-8-bom');
      expect(result.delimiter).toBe(language === 'fr' ? ';' : ',');
      expect(result.fileIssues).toEqual([]);
      expect(result.totals).toEqual({ rows: STAFF.length, ready: STAFF.length, errors: 0 });
      expect(result.rows.map((row) => row.person)).toEqual(
        STAFF.map(({ firstName, lastName, role, roleLabel, emails, services }) => ({
          firstName,
          lastName,
          role,
          roleLabel,
          emails,
          services,
        })),
      );
      // Only the free-text role says it was kept as written.
      expect(result.rows.flatMap((row) => row.notices)).toEqual([{ code: 'role-not-recognised', value: 'Agent; d’entretien' }]);
    });
  }

  it('re-imports neutralised formulas as plain text, addresses unchanged', () => {
    const staff = [member({ lastName: '=HYPERLINK("x")', firstName: 'Jean', emails: ['-jean@x.fr', 'j@x.fr'] })];
    const result = preview(utf8(rosterToCsv(staff, 'fr', TODAY, ';').content));
    expect(result.rows[0]?.status).toBe('ready');
    expect(result.rows[0]?.person).toMatchObject({ lastName: `'=HYPERLINK("x")`, firstName: 'Jean', emails: ['-jean@x.fr', 'j@x.fr'] });
  });
});
