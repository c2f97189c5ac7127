import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../electron/core/model/schemas/report.ts';
import { reportJsonBytes, sha256Hex } from '../../electron/core/report/report-json.ts';
import { renderReportPdf } from '../../electron/core/report/report-pdf.ts';
import { MARGIN_X, PAGE_WIDTH } from '../../electron/core/report/pdf-blocks.ts';
import { reportFixture } from '../support/report-fixture.ts';
import { pdfInfo, pdfPageTexts } from '../support/report-checks.ts';

// The report's PDF is laid out and drawn a part at a time (report/paged-pdf.ts), so that a large
// practice's report does not hold its whole layout in memory. The oracle is pdfmake itself: a
// report drawn in one part is pdfmake's own layout; drawn in parts of a few rows or blocks, cut in
// the middle of tables and between people, its pages must be the same images.

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'hygie-paged-pdf-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The fixture made long: every person, account, finding and unchecked point several times, each with its own reference. */
function longPractice(copies: number, language: 'fr' | 'en' = 'fr'): Report {
  const base = reportFixture({ language });
  const people = Array.from({ length: copies }, (_, copy) =>
    base.people.map((person) => ({
      ...person,
      name: `${person.name} ${copy + 1}`,
      personRef: `${person.personRef}-${copy + 1}`,
      accounts: person.accounts.map((account) => ({ ...account, accountRef: `${account.accountRef}-${copy + 1}` })),
    })),
  ).flat();
  const findings = Array.from({ length: copies }, (_, copy) => base.findings.map((finding, index) => ({ ...finding, ref: `F${String(copy * base.findings.length + index + 1).padStart(3, '0')}` }))).flat();
  const notChecked = Array.from({ length: copies }, () => base.notChecked).flat();
  return { ...base, people, findings, notChecked };
}

/** Each page as an image (PPM: raw pixels, so that equal pages are equal bytes). */
async function pageImages(pdf: Buffer, name: string): Promise<Buffer[]> {
  const path = join(work, `${name}.pdf`);
  writeFileSync(path, pdf);
  await run('pdftoppm', ['-r', '45', path, join(work, name)]);
  return readdirSync(work)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.ppm'))
    .sort()
    .map((file) => readFileSync(join(work, file)));
}

describe('a report PDF drawn a part at a time', () => {
  const report = longPractice(8);
  const hash = sha256Hex(reportJsonBytes(report));

  it.each(['fr', 'en'] as const)('has the pages pdfmake lays out in one go, however small the parts (%s)', async (language) => {
    const long = language === 'fr' ? report : longPractice(8, language);
    const longHash = sha256Hex(reportJsonBytes(long));
    const whole = await pageImages(await renderReportPdf(long, longHash, { partSize: 100_000 }), `${language}-whole`);
    expect(whole.length).toBeGreaterThan(15);
    // 1: every block and row a part of its own; 3 and 10 cut tables and people at other places.
    for (const partSize of [1, 3, 10]) {
      const parts = await pageImages(await renderReportPdf(long, longHash, { partSize }), `${language}-parts-${partSize}`);
      expect(parts.length, `parts of ${partSize}`).toBe(whole.length);
      const differing = parts.flatMap((page, index) => (page.equals(whole[index]!) ? [] : [index + 1]));
      expect(differing, `pages that differ with parts of ${partSize}`).toEqual([]);
    }
  }, 120_000);

  it('numbers every page "Page n / total" at the right margin, on the footer line pdfmake draws', async () => {
    const path = join(work, 'numbered.pdf');
    const progress: number[] = [];
    writeFileSync(path, await renderReportPdf(report, hash, { partSize: 7, onProgress: (fraction) => progress.push(fraction) }));
    const total = Number((await pdfInfo(path)).Pages);
    const pages = await pdfPageTexts(path);
    expect(pages).toHaveLength(total);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} / ${total}`));
    // The number ends where the footer's rule ends (the page's right margin), on the hash's line.
    const { stdout } = await run('pdftotext', ['-bbox', '-f', '2', '-l', '2', path, '-']);
    const words = [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/gu)];
    const totalWord = words.find((word) => word[4] === String(total));
    const hashWord = words.find((word) => word[4] === hash);
    expect(Number(totalWord?.[3])).toBeCloseTo(PAGE_WIDTH - MARGIN_X, 1);
    expect(Number(totalWord?.[2])).toBeCloseTo(Number(hashWord?.[2]), 1);
    // The bar moves part by part, up to the end.
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  }, 60_000);
});
