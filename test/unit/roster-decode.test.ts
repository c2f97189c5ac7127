import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../electron/core/model/schemas/roster-import.ts';
import { preview, thrownCode, utf8 } from '../fixtures/roster/preview-helpers.ts';

// Which bytes a practice's file really holds, and what the user then sees.

const FRENCH_EXCEL =
  'Nom;Prénom;E-mail;Fonction\r\n' +
  'GARÇON;Hélène Françoise;helene.garcon@cabinet.fr;Secrétaire médicale\r\n' +
  'LEROY;Anaïs;anais.leroy@cabinet.fr;Infirmière\r\n';

function withBom(bom: number[], body: Uint8Array): Uint8Array {
  return Uint8Array.from([...bom, ...body]);
}

describe('roster import: decoding the file', () => {
  it('reads a French Excel CSV saved in Windows-1252 with its accents intact', () => {
    const result = preview(iconv.encode(FRENCH_EXCEL, 'win1252'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.delimiter).toBe(';');
    expect(result.headers).toEqual(['Nom', 'Prénom', 'E-mail', 'Fonction']);
    expect(result.fileIssues).toEqual([]);
    expect(result.rows.map((row) => [row.person.lastName, row.person.firstName, row.person.role])).toEqual([
      ['GARÇON', 'Hélène Françoise', 'secretary'],
      ['LEROY', 'Anaïs', 'nurse'],
    ]);
  });

  it('reads UTF-8 with a BOM, and the BOM does not stick to the first header', () => {
    const result = preview(withBom([0xef, 0xbb, 0xbf], utf8(FRENCH_EXCEL)));
    expect(result.encoding).toBe('utf-8-bom');
    expect(result.headers[0]).toBe('Nom');
    expect(result.mapping.lastName).toBe(0);
    expect(result.rows[0]?.person.firstName).toBe('Hélène Françoise');
  });

  it('reads plain UTF-8 as UTF-8', () => {
    const result = preview(FRENCH_EXCEL);
    expect(result.encoding).toBe('utf-8');
    expect(result.rows[1]?.person.firstName).toBe('Anaïs');
  });

  it('reads UTF-16 little- and big-endian files (Excel "Unicode text") by their BOM', () => {
    const tsv = FRENCH_EXCEL.replaceAll(';', '\t');
    const le = preview(withBom([0xff, 0xfe], iconv.encode(tsv, 'utf16le')));
    expect(le.encoding).toBe('utf-16le');
    expect(le.delimiter).toBe('\t');
    expect(le.rows[0]?.person.firstName).toBe('Hélène Françoise');
    const be = preview(withBom([0xfe, 0xff], iconv.encode(tsv, 'utf16be')));
    expect(be.encoding).toBe('utf-16be');
    expect(be.rows[1]?.person.firstName).toBe('Anaïs');
  });

  it('flags replacement characters when the user forces the wrong encoding', () => {
    const result = preview(iconv.encode(FRENCH_EXCEL, 'win1252'), { encoding: 'utf-8' });
    expect(result.encoding).toBe('utf-8');
    expect(result.fileIssues).toContain('replacement-characters');
    expect(result.rows[0]?.person.lastName).toBe('GAR\uFFFDON');
  });

  it('forcing the right encoding, or auto, gives no such warning', () => {
    const bytes = iconv.encode(FRENCH_EXCEL, 'win1252');
    expect(preview(bytes, { encoding: 'windows-1252' }).fileIssues).toEqual([]);
    expect(preview(bytes, { encoding: 'auto' }).fileIssues).toEqual([]);
  });

  it('a UTF-16 file forced to UTF-8 is a wrong-encoding warning, not "unreadable"', () => {
    const bytes = withBom([0xff, 0xfe], iconv.encode(FRENCH_EXCEL, 'utf16le'));
    expect(preview(bytes, { encoding: 'utf-8' }).fileIssues).toContain('replacement-characters');
  });

  it('refuses an empty file, or one holding only blanks and a BOM', () => {
    expect(thrownCode(() => preview(new Uint8Array()))).toBe('import-empty-file');
    expect(thrownCode(() => preview(withBom([0xef, 0xbb, 0xbf], utf8(' \r\n\t\r\n'))))).toBe('import-empty-file');
    expect(thrownCode(() => preview(';;;\r\n;;;\r\n'))).toBe('import-empty-file');
  });

  it('refuses a file with headers and no one under them', () => {
    expect(thrownCode(() => preview('Nom;Prénom;E-mail\r\n'))).toBe('import-no-rows');
    expect(thrownCode(() => preview('Nom;Prénom;E-mail\r\n\r\n;;\r\n;;\r\n'))).toBe('import-no-rows');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(thrownCode(() => preview(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toBe('import-too-large');
  });

  it('refuses workbooks, PDFs and binary data as unreadable', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...utf8('[Content_Types].xml')]);
    const pdf = utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const binary = Uint8Array.from([...utf8('Nom;E-mail\r\nA;'), 0, 0, 0x13, 0x88, 0]);
    for (const bytes of [xlsx, pdf, xls, binary]) expect(thrownCode(() => preview(bytes))).toBe('import-unreadable');
  });
});
