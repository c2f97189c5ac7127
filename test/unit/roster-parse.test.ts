import { describe, expect, it } from 'vitest';
import { issueCodes, preview, rowAt } from '../fixtures/roster/preview-helpers.ts';

// Delimiters and line numbers: the line the preview names must be the one the user finds when
// opening the file in a text editor.

describe('roster import: delimiters', () => {
  it('reads a comma-separated file with English headers', () => {
    const result = preview('Last name,First name,Email,Role\nSmith,Anna,anna@clinic.co.uk,GP\n"Brown, Jr",Tom,tom@clinic.co.uk,Nurse\n');
    expect(result.delimiter).toBe(',');
    expect(result.mapping).toEqual({ lastName: 0, firstName: 1, fullName: null, email: 2, role: 3, services: null });
    expect(result.rows.map((row) => [row.person.lastName, row.person.role])).toEqual([
      ['Smith', 'physician'],
      ['Brown, Jr', 'nurse'],
    ]);
  });

  it('reads a tab-separated file', () => {
    const result = preview('Nom\tPrénom\tCourriel\nMARTIN\tPaul\tpaul@x.fr\n');
    expect(result.delimiter).toBe('\t');
    expect(result.rows[0]?.person).toMatchObject({ lastName: 'MARTIN', firstName: 'Paul', emails: ['paul@x.fr'] });
  });

  it("prefers ';' when the header has as many commas as semicolons (French Excel)", () => {
    const result = preview('Nom, prénom;E-mail\nDUPONT, Jean;jean@x.fr\n');
    expect(result.delimiter).toBe(';');
    expect(result.rows[0]?.person).toMatchObject({ lastName: 'DUPONT', firstName: 'Jean', emails: ['jean@x.fr'] });
  });

  it('ignores delimiters inside quoted headers', () => {
    const result = preview('"Nom; prénom",E-mail,Fonction\n"DUPONT Jean",jean@x.fr,Médecin\n');
    expect(result.delimiter).toBe(',');
    expect(result.rows[0]?.person.role).toBe('physician');
  });

  it('a quote inside a header cell does not hide the delimiters after it', () => {
    const result = preview('Écran 15";Nom,Prénom,E-mail\nx;DUPONT,Jean,jean@x.fr\n');
    expect(result.delimiter).toBe(',');
    expect(result.rows[0]?.person.emails).toEqual(['jean@x.fr']);
  });

  it('follows Excel\'s "sep=" first line and does not take it for the headers', () => {
    const result = preview('sep=,\r\nNom;complet,E-mail\r\nJean DUPONT,jean@x.fr\r\n');
    expect(result.delimiter).toBe(',');
    expect(result.headers).toEqual(['Nom;complet', 'E-mail']);
    expect(result.rows[0]?.line).toBe(3);
    expect(result.rows[0]?.person).toMatchObject({ lastName: 'DUPONT', emails: ['jean@x.fr'] });
  });

  it('unescapes doubled quotes inside quoted cells', () => {
    const result = preview('Nom;Prénom;E-mail\n"DUPONT ""Jeannot""";Jean;jean@x.fr\n');
    expect(result.rows[0]?.person.lastName).toBe('DUPONT "Jeannot"');
  });
});

describe('roster import: line numbers', () => {
  for (const [name, eol] of [
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ] as const) {
    it(`counts a quoted two-line cell as two lines (${name} line ends)`, () => {
      const text = [
        'Nom;Prénom;E-mail;Fonction', // line 1
        `DUPONT;Jean;jean@x.fr;"Médecin${eol}généraliste"`, // lines 2-3
        'MARTIN;Paul;pas-une-adresse;IDE', // line 4
        '', // line 5, blank
        'DURAND;Lucie;lucie@x.fr;Secrétaire', // line 6
      ].join(eol);
      const result = preview(text);
      expect(result.rows.map((row) => row.line)).toEqual([2, 4, 6]);
      expect(rowAt(result, 2)?.person.role).toBe('physician');
      expect(rowAt(result, 4)?.issues).toEqual([{ code: 'invalid-email', value: 'pas-une-adresse' }]);
      expect(rowAt(result, 6)?.status).toBe('ready');
    });
  }

  it('counts a CRLF inside a quoted cell once, and blank and ";;;" lines, though it skips them', () => {
    const text = 'Nom;E-mail\r\n\r\n"Jean\r\n\r\nDUPONT";jean@x.fr\r\n;\r\n;;;\r\nPaul MARTIN;oops@\r\n';
    const result = preview(text);
    expect(result.rows).toHaveLength(2);
    expect(result.rows[0]?.line).toBe(3);
    expect(result.rows[0]?.person).toMatchObject({ firstName: 'Jean', lastName: 'DUPONT' });
    expect(result.rows[1]?.line).toBe(8);
    expect(issueCodes(result.rows[1])).toEqual(['invalid-email']);
  });

  it('numbers from the first line even when the file starts with blank lines', () => {
    const result = preview('\n\nNom;E-mail\nPaul MARTIN;paul@x.fr\n');
    expect(result.headers).toEqual(['Nom', 'E-mail']);
    expect(result.rows[0]?.line).toBe(4);
  });
});

describe('a quote left open', () => {
  it('is reported as a file issue, so the rows it swallows are not lost in silence', async () => {
    const { preview } = await import('../fixtures/roster/preview-helpers.ts');
    const result = preview('Nom;Prénom;E-mail\n"DUPONT"x;Jean;j@x.fr\nMartin;Léa;l@x.fr\nSimon;Paul;p@x.fr\n');
    expect(result.fileIssues).toContain('malformed-quotes');
    const clean = preview('Nom;Prénom;E-mail\nDupont;Jean;j@x.fr\n');
    expect(clean.fileIssues).not.toContain('malformed-quotes');
  });
});
