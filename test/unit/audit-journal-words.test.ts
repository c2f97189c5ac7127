import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { actionText, detailLines } from '../../renderer/pages/settings/audit-texts.ts';
import { rawMessages } from '../support/messages.ts';

// The journal (Settings) shows each line of the audit log in words; a code it does not know is
// shown raw ("shared.owner", "reusedWith"), which the secretary cannot read. Every code and detail
// key the core writes must have its words in both languages: this reads them out of the source.

const CORE = resolve(import.meta.dirname, '../../electron/core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** Each `audit.append('code', subject, { key: value, shorthand })` in the core: its code and its keys. */
function appendedEntries(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const text of sources(CORE)) {
    for (const match of text.matchAll(/audit\.append\(\s*'([a-z.-]+)'([^;]*?)\);/gsu)) {
      const keys = found.get(match[1]!) ?? new Set<string>();
      found.set(match[1]!, keys);
      const body = /\{([^{}]*)\}\s*$/su.exec(match[2]!.replace(/'[^']*'|`[^`]*`/gu, "''"));
      for (const part of body?.[1]!.split(',') ?? []) {
        const key = /^\s*(\w+)\s*(?::|$)/u.exec(part)?.[1];
        if (key) keys.add(key);
      }
    }
  }
  return found;
}

async function translator(language: 'fr' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [language]: { translation: rawMessages[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('the journal', () => {
  const entries = appendedEntries();

  it('finds the codes the core writes (the scan itself works)', () => {
    expect(entries.size).toBeGreaterThan(30);
    expect([...entries.get('shared.owner')!]).toEqual(['service', 'from']);
    expect([...entries.get('directory.settings')!]).toEqual(['changed']);
  });

  it.each(['fr', 'en'] as const)('has words for every code and detail key the core writes (%s)', async (language) => {
    const t = await translator(language);
    const raw: string[] = [];
    for (const [action, keys] of entries) {
      const words = actionText(t, action);
      if (words === action || words.startsWith('journal.') || words.includes('.actions.')) raw.push(action);
      for (const key of keys) {
        const [line] = detailLines(t, { id: 1, at: '2026-12-07T10:00:00.000Z', actor: 'app:test', action, subject: null, details: { [key]: 'x' } });
        const label = line!.slice(0, line!.lastIndexOf('x')).replace(/[\s\u202f:]+$/u, '');
        if (label === key || label.includes('.detailKeys.')) raw.push(`${action} › ${key}`);
      }
    }
    expect(raw).toEqual([]);
  });
});
