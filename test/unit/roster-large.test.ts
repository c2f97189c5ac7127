import { describe, expect, it } from 'vitest';
import { issueCodes, preview } from '../fixtures/roster/preview-helpers.ts';

// Files far beyond a real practice's: they must give a preview (or a clear row error), not hang.

describe('roster import: large files', () => {
  it('previews 50,000 rows, with duplicates found by address across the whole file', () => {
    const lines = ['Nom;Prénom;E-mail;Fonction;Services'];
    for (let index = 0; index < 50_000; index += 1) {
      lines.push(`NOM${index};Prénom ${index};personne${index}@cabinet.fr;Infirmière;Ameli, amelipro`);
    }
    // The last row repeats the first address: line 2 holds it.
    lines.push('DOUBLON;Jean;PERSONNE0@cabinet.fr;Médecin;');
    const result = preview(`${lines.join('\r\n')}\r\n`);
    expect(result.totals).toEqual({ rows: 50_001, ready: 50_000, errors: 1 });
    expect(result.rows[49_999]?.line).toBe(50_001);
    expect(result.rows[49_999]?.person).toMatchObject({ lastName: 'NOM49999', role: 'nurse', services: ['ameli', 'amelipro'] });
    expect(result.rows[50_000]?.issues).toEqual([{ code: 'duplicate-in-file', value: 'personne0@cabinet.fr', otherLine: 2 }]);
  });

  it('a 1 MB cell is a row error quoting its start, and the other rows still import', () => {
    const huge = 'A'.repeat(1024 * 1024);
    const result = preview(`Nom;Prénom;E-mail\nDUPONT;Jean;jean@x.fr\n${huge};Paul;paul@x.fr\nMARTIN;Lucie;"${huge}"\n`);
    expect(result.rows[0]?.status).toBe('ready');
    expect(result.rows[1]?.issues).toEqual([{ code: 'cell-too-long', value: `${'A'.repeat(80)}…` }]);
    expect(issueCodes(result.rows[2])).toEqual(['cell-too-long']);
    // Nothing near a megabyte is carried into the preview.
    expect(JSON.stringify(result).length).toBeLessThan(5_000);
  });

  it('a cell just over 1,000 characters is too long; one of 1,000 is not', () => {
    const cell1000 = `${'Ameli, '.repeat(142)}Ameli `;
    const cell1001 = 'Ameli, '.repeat(143);
    expect([cell1000.length, cell1001.length]).toEqual([1000, 1001]);
    const result = preview(`Nom;E-mail;Services\nJean DUPONT;jean@x.fr;"${cell1001}"\nPaul MARTIN;paul@x.fr;"${cell1000}"\n`);
    expect(issueCodes(result.rows[0])).toEqual(['cell-too-long']);
    expect(result.rows[1]?.status).toBe('ready');
    expect(result.rows[1]?.person.services).toEqual(['ameli']);
  });
});
