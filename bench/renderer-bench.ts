import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../electron/core/store/store.ts';
import { startHarness } from '../test/support/browser-harness.ts';
import { allScripts, initialScripts, weigh } from '../test/support/built-renderer.ts';
import { messages } from '../test/support/messages.ts';
import { formatMs } from './measure.ts';
import { MemorySecrets } from './memory-secrets.ts';
import { seedPractice } from '../test/support/practice-seed.ts';
import type { Line } from './store-bench.ts';

// Issue 19's renderer figures, both read from the real build (out/renderer, which run.ts makes
// current first):
// - the JavaScript the window loads before its first render (index.html's scripts and what they
//   import statically, test/support/built-renderer.ts), gzip -9, against the whole build's;
// - the time from navigation to the dashboard's heading in Chromium (a practice of 100 people,
//   the real core behind the bridge, as in the end-to-end tests), against a blank page with a
//   heading from the same server, runs alternating. The time is the page's own clock
//   (performance.now() from navigation start) when the heading is in the DOM.

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER = join(ROOT, 'out/renderer');
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function bundleLine(): Line {
  const initial = weigh(RENDERER, initialScripts(RENDERER));
  const whole = weigh(RENDERER, allScripts(RENDERER));
  return {
    name: 'renderer JavaScript loaded before the first render (index.html and its static imports), gzip -9, from out/renderer (goal: at most 200 KB; test/e2e/start-script.test.ts keeps it under 190 KiB)',
    hygie: `${kib(initial.gzipBytes)} gzip in ${initial.files} files (${kib(initial.bytes)} minified)`,
    peer: `${kib(whole.gzipBytes)} gzip, the whole build's JavaScript in ${whole.files} files (${kib(whole.bytes)} minified): every page and both languages`,
    ratio: `${(initial.gzipBytes / whole.gzipBytes).toFixed(2)}×`,
  };
}

/** Records, from the page's first instant, when an h1 with this text is first in the DOM. */
function headingClock(title: string): string {
  return `(() => {
    const title = ${JSON.stringify(title)};
    const seen = () => [...document.querySelectorAll('h1')].some((h1) => h1.textContent.trim() === title);
    new MutationObserver((records, observer) => {
      if (window.__headingAt === undefined && seen()) {
        window.__headingAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

export async function dashboardLine(runs: number): Promise<Line> {
  const title = messages.fr.pages.dashboard.title;
  // The build, plus a blank page with the same CSP and a heading, served by the same server.
  const served = mkdtempSync(join(tmpdir(), 'hygie-bench-renderer-'));
  cpSync(RENDERER, served, { recursive: true });
  const csp = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/iu.exec(readFileSync(join(RENDERER, 'index.html'), 'utf8'))![0];
  writeFileSync(join(served, 'blank.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8" />${csp}<link rel="icon" href="data:," /><title>Hygie</title></head><body><h1>${title}</h1></body></html>\n`);
  // A practice of 100 people, as months of use leave it; secrets in memory (the bench measures the page, not the keychain).
  const dataDir = mkdtempSync(join(tmpdir(), 'hygie-bench-dashboard-'));
  const secrets = new MemorySecrets();
  const store = await openStore({ dataDir, secrets, actor: 'bench' });
  seedPractice(store, 100);
  store.close();
  const harness = await startHarness({ rendererDir: served });
  try {
    const session = await harness.open({ locale: 'fr-FR', dataDir, secrets });
    await session.page.addInitScript({ content: headingClock(title) });
    const timeTo = async (path: string): Promise<number> => {
      await session.page.goto(`${session.url}${path}`);
      await session.page.waitForFunction(() => (window as unknown as { __headingAt?: number }).__headingAt !== undefined, undefined, { timeout: 30_000 });
      return session.page.evaluate(() => (window as unknown as { __headingAt: number }).__headingAt);
    };
    await timeTo('');
    await timeTo('blank.html');
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      if (run % 2 === 0) {
        ours.push(await timeTo(''));
        theirs.push(await timeTo('blank.html'));
      } else {
        theirs.push(await timeTo('blank.html'));
        ours.push(await timeTo(''));
      }
    }
    if (session.consoleErrors.length > 0) throw new Error(`the dashboard logged errors: ${session.consoleErrors.join('; ')}`);
    await session.close();
    const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    return {
      name: `time to the dashboard's heading in Chromium, a practice of 100 people, ${runs} loads each, alternating`,
      hygie: `${formatMs(median(ours))} (index.html, its scripts, the language, the store's state, the dashboard)`,
      peer: `${formatMs(median(theirs))} (a blank page with the same heading and CSP, from the same server)`,
      ratio: `${(median(ours) / median(theirs)).toFixed(2)}×`,
    };
  } finally {
    await harness.close();
    rmSync(served, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
