import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../electron/core/password/policies.ts';
import { en, fr, TEXTS } from '../../electron/core/text/messages.ts';
import { fill, placeholdersOf } from '../../electron/core/text/template.ts';
import { emptyTexts, parityProblems } from '../support/catalogue-parity.ts';

// The Node side's texts (electron/core/text): one file per area and language, merged in
// messages.ts. Both languages must say the same things: same keys, same placeholders.

const TEXT_DIR = resolve(import.meta.dirname, '../../electron/core/text');
const AREA_FILE = /^(.+)\.(fr|en)\.ts$/u;

describe('the Node text catalogue', () => {
  it('gives each area file one top-level key of its own, in both languages, and merges every one', async () => {
    const files = readdirSync(TEXT_DIR).filter((file) => AREA_FILE.test(file));
    expect(files.length).toBeGreaterThan(2);
    const owners = new Map<string, string>();
    for (const file of files) {
      const [, area, language] = AREA_FILE.exec(file)!;
      expect(files, `${file} has no twin`).toContain(`${area}.${language === 'fr' ? 'en' : 'fr'}.ts`);
      const texts = ((await import(join(TEXT_DIR, file))) as { default: Record<string, unknown> }).default;
      const keys = Object.keys(texts);
      expect(keys, file).toHaveLength(1);
      const key = keys[0]!;
      expect(owners.get(`${language}:${key}`), `${file} redefines ${key}`).toBeUndefined();
      owners.set(`${language}:${key}`, file);
      expect((language === 'fr' ? fr : en)[key as keyof typeof fr], `${file} is not merged in messages.ts`).toBe(texts[key]);
    }
    expect(Object.keys(fr).sort()).toEqual([...owners.keys()].filter((owner) => owner.startsWith('fr:')).map((owner) => owner.slice(3)).sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('has the same keys in French and English, and the same placeholders in each text', () => {
    expect(parityProblems(fr, en)).toEqual([]);
    expect(TEXTS.fr).toBe(fr);
    expect(TEXTS.en).toBe(en);
  });

  it('has no empty text', () => {
    expect(emptyTexts(fr)).toEqual([]);
    expect(emptyTexts(en)).toEqual([]);
  });

  it('cites the CNIL and ANSSI texts, in a French report, under the citations the password check shows', () => {
    expect(fr.report.references['cnil-2022-100'].title).toBe(POLICIES['cnil-2022'].source.citation);
    expect(fr.report.references['anssi-2021'].title).toBe(POLICIES['anssi-2021'].source.citation);
  });
});

describe('the parity check', () => {
  const byPath = (problems: { path: string; problem: string }[]) => [...problems].sort((a, b) => a.path.localeCompare(b.path));

  it('names a text missing on either side and a placeholder that differs', () => {
    const french = { a: 'Liste : {{file}}', b: { c: 'oui', d: ['un', 'deux {{n}}'], f: 'seul' } };
    const english = { a: 'List: {{path}}', b: { c: 'yes', d: ['one', 'two'], e: 'extra' } };
    expect(byPath(parityProblems(french, english))).toEqual([
      { path: 'a', problem: 'placeholders fr [file] ≠ en [path]' },
      { path: 'b.d.1', problem: 'placeholders fr [n] ≠ en []' },
      { path: 'b.e', problem: 'missing in fr' },
      { path: 'b.f', problem: 'missing in en' },
    ]);
  });

  it('reads i18next placeholders with a format, and ignores their order', () => {
    expect(parityProblems({ a: '{{count, number}} sur {{total}}' }, { a: '{{total}}: {{count,number}}' })).toEqual([]);
    expect(parityProblems({ a: '{{count, number}}' }, { a: '{{count}}' })).toHaveLength(1);
  });

  it('finds empty texts', () => {
    expect(emptyTexts({ a: 'x', b: { c: ' ' } })).toEqual(['b.c']);
  });
});

describe('fill', () => {
  it('puts each value in its placeholder, numbers as written, without reading the values again', () => {
    expect(fill('Liste : {{file}} — {{count}} adresses', { file: 'a.csv', count: 1234 })).toBe('Liste : a.csv — 1234 adresses');
    expect(fill('« {{value}} »', { value: '{{value}} }}' })).toBe('« {{value}} }} »');
    expect(placeholdersOf('{{a}} et {{b}} puis {{a}}')).toEqual(['a', 'b', 'a']);
  });

  it('refuses a template whose value is missing (the types refuse it first)', () => {
    expect(() => fill('{{file}}', {} as { file: string })).toThrow('No value for {{file}}');
  });
});
