import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_DIR } from '../support/browser-harness.ts';
import { allScripts, initialScripts, weigh } from '../support/built-renderer.ts';
import { rawMessages } from '../support/messages.ts';

// Issue 19: what the window loads before its first render stays small — a size test on the real
// build (out/renderer), not a timing. The budget leaves room under the goal (200 KB gzip)
// for the texts being written; when a change crosses it, move what the dashboard does not show
// into a lazily loaded part (docs/architecture.md, "The renderer's first script") rather than
// raise the number.

const START_BUDGET_KIB = 190;

function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  return node !== null && typeof node === 'object' ? Object.values(node).flatMap(textsOf) : [];
}

/** The texts the first frame may show (renderer/i18n/messages.ts): the base file and the areas the dashboard borrows from. */
const START_AREAS = ['dashboard', 'failures', 'firstRun', 'help', 'hacked', 'actions', 'watch'];
const startTexts = (['fr', 'en'] as const).flatMap((language) => [
  ...textsOf(JSON.parse(readFileSync(join(import.meta.dirname, `../../renderer/i18n/${language}.json`), 'utf8'))),
  ...START_AREAS.flatMap((area) => textsOf(rawMessages[language][area])),
]);

/**
 * A text of an area that a minified script holds as written (letters, spaces and simple
 * punctuation, no variable), and that no text of the first frame contains.
 */
function firstPlainText(node: unknown): string {
  const plain = textsOf(node).find((text) => text.length >= 24 && /^[\p{L} ,.]+$/u.test(text) && !startTexts.some((start) => start.includes(text)));
  if (!plain) throw new Error('no plain text in this area');
  return plain;
}

const read = (paths: readonly string[]) => paths.map((path) => readFileSync(join(RENDERER_DIR, path), 'utf8')).join('\n');

describe("the window's first script", () => {
  const initial = initialScripts(RENDERER_DIR);

  it(`weighs at most ${START_BUDGET_KIB} KiB gzip`, () => {
    const { gzipBytes } = weigh(RENDERER_DIR, initial);
    expect(gzipBytes / 1024, `${initial.join(', ')}`).toBeLessThanOrEqual(START_BUDGET_KIB);
  });

  it("leaves out zod, the pages' texts in both languages, the English texts and react-aria's popovers and menus", () => {
    const start = read(initial);
    // The English texts, a chunk of their own.
    expect(initial.filter((path) => /\/messages\.en-[\w-]+\.js$/u.test(path))).toEqual([]);
    const later = read(allScripts(RENDERER_DIR).filter((path) => !initial.includes(path)));
    expect(initial.filter((path) => /\/zod-[\w-]+\.js$/u.test(path))).toEqual([]);
    // Texts only a page shows (pages' areas, renderer/i18n/page-texts.*.ts), in either language:
    // present in the build, not in the first script.
    const pageOnly = [
      firstPlainText(rawMessages.fr.walkthrough),
      firstPlainText(rawMessages.en.walkthrough),
      firstPlainText(rawMessages.fr.domain),
      firstPlainText(rawMessages.en.passwords),
      
    ];
    for (const text of pageOnly) {
      expect(later.includes(text), `in a later chunk: ${text}`).toBe(true);
      expect(start.includes(text), `not at start: ${text}`).toBe(false);
    }
    // react-aria's menu (which its dialog module imports) comes with the pages and the "?" popover.
    expect(later.includes('data-has-submenu')).toBe(true);
    expect(start.includes('data-has-submenu')).toBe(false);
  });
});
