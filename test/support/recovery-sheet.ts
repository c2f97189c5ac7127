import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { pdfText } from './report-checks.ts';

// Reads a printed recovery kit back the way a person (or a scanner) would: the 24 numbered words
// from the page's text (pdftotext -layout), and the QR code from an image of the page (pdftoppm,
// decoded with jsQR). A restore test then works from the sheet alone, as on a new computer.

const run = promisify(execFile);

/** The numbered words of the grid, in order: "  7   planer   " → words[6] = "planer". */
export async function wordsOnSheet(pdf: string): Promise<string[]> {
  const text = await pdfText(pdf, { layout: true });
  const words: string[] = [];
  // A grid cell stands apart from its neighbours by two spaces or more; prose never does.
  for (const match of text.matchAll(/(?:^|\s{2,})(\d{1,2})\s+(\p{L}+)(?=\s{2,}|$)/gmu)) {
    const number = Number(match[1]);
    if (number >= 1 && number <= 24 && words[number - 1] === undefined) words[number - 1] = match[2]!;
  }
  return words;
}

/** The QR code's text on the first page, or null when none can be read. */
export async function qrOnSheet(pdf: string, dpi = 150): Promise<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-sheet-'));
  try {
    await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
    const image = readFileSync(join(dir, 'page.pgm'));
    // Binary PGM: "P5", width, height, maxval, one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(image.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PGM image');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = image.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i += 1) rgba.set([pixels[i]!, pixels[i]!, pixels[i]!, 255], i * 4);
    return jsQR(rgba, width, height)?.data ?? null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
