import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parityProblems } from '../support/catalogue-parity.ts';
import { rawMessages as messages } from '../support/messages.ts';
import { PLACE_KINDS } from '../../electron/core/model/schemas/practice.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('renderer translations', () => {
  const { fr, en } = messages;

  it('give each area file one top-level key of its own, in both languages', () => {
    const areas = readdirSync(join(ROOT, 'renderer/i18n/areas')).filter((file) => file.endsWith('.json'));
    const owners = new Map<string, string>();
    for (const file of areas) {
      const topLevel = Object.keys(JSON.parse(read(`renderer/i18n/areas/${file}`)));
      for (const key of topLevel) {
        const language = file.endsWith('.fr.json') ? 'fr' : 'en';
        const owner = `${language}:${key}`;
        expect(owners.has(owner), `${file} redefines ${key}`).toBe(false);
        owners.set(owner, file);
      }
    }
    for (const file of areas) expect(areas, file).toContain(file.replace(/\.(fr|en)\.json$/, (_, l) => (l === 'fr' ? '.en.json' : '.fr.json')));
  });

  it('have the same keys in French and English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('use the same placeholders in French and English, text by text', () => {
    expect(parityProblems(fr, en)).toEqual([]);
  });

  it("name the practice only in forms every kind of practice has, in both languages", () => {
    const forms = (language: 'fr' | 'en', kind: string) => Object.keys(messages[language].place[kind] ?? {}).sort();
    const reference = forms('fr', 'practice');
    expect(reference.length).toBeGreaterThan(0);
    for (const kind of PLACE_KINDS) {
      expect(forms('fr', kind), `fr ${kind}`).toEqual(reference);
      expect(forms('en', kind), `en ${kind}`).toEqual(reference);
    }
    const used = new Set<string>();
    for (const language of ['fr', 'en'] as const) {
      for (const key of keys(messages[language])) {
        const text = key.split('.').reduce<any>((node, part) => node[part], messages[language]);
        for (const match of String(text).matchAll(/\{\{place\.(\w+)\}\}/gu)) used.add(match[1]!);
      }
    }
    expect([...used].filter((form) => !reference.includes(form))).toEqual([]);
  });

  it('have no empty text', () => {
    for (const [language, messages] of Object.entries({ fr, en })) {
      for (const key of keys(messages)) {
        const text = key.split('.').reduce<any>((node, part) => node[part], messages);
        expect(typeof text === 'string' && text.trim().length > 0, `${language}: ${key}`).toBe(true);
      }
    }
  });
});

describe('renderer page', () => {
  it('carries the same CSP as the app:// answers (a meta tag cannot carry frame-ancestors)', () => {
    const html = read('renderer/index.html');
    const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, ''));
  });

  it('has no inline script or style the CSP would block', () => {
    const html = read('renderer/index.html');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style|\sstyle="/i);
  });
});
