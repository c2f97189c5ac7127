import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('renderer translations', () => {
  const fr = JSON.parse(read('renderer/i18n/fr.json'));
  const en = JSON.parse(read('renderer/i18n/en.json'));

  it('have the same keys in French and English', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
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
