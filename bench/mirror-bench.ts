import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPwnedPasswordsClient } from '../electron/core/breach/pwned-range.ts';
import { parseRangeBody } from '../electron/core/breach/pwned-range-body.ts';
import type { Line } from './store-bench.ts';

// Issue 19 item 4: one warm lookup in a local Pwned Passwords mirror (a folder of `{PREFIX}.txt`
// files as the official downloader writes them, ~900 lines each), the file in the OS's cache and
// the code compiled: Hygie's client reads the file and searches its text for the suffix. The peer
// is the previous lookup, measured in the same run on the same files: read the file, parse every
// line into a Map, look the suffix up. Rounds of lookups alternate which of the two goes first, so
// neither gets the quieter moments; half the suffixes asked are in the file, half are not.

const LINES = 900;
const FILES = 64;

function rangeFile(random: () => string): string {
  const lines: string[] = [];
  for (let index = 0; index < LINES; index += 1) lines.push(`${random()}:${1 + ((index * 7919) % 50_000)}`);
  return lines.sort().join('\r\n');
}

async function previousLookup(dir: string, prefix: string, suffix: string): Promise<number> {
  const range = parseRangeBody(await readFile(join(dir, `${prefix}.txt`), 'utf8'));
  return range?.get(suffix) ?? 0;
}

export async function mirrorBench(lookups: number): Promise<Line[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hygie-bench-mirror-'));
  try {
    const asked: { prefix: string; suffix: string }[] = [];
    for (let file = 0; file < FILES; file += 1) {
      const prefix = createHash('sha1').update(`file-${file}`).digest('hex').slice(0, 5).toUpperCase();
      const text = rangeFile(() => randomBytes(18).toString('hex').toUpperCase().slice(0, 35));
      writeFileSync(join(dir, `${prefix}.txt`), text);
      const lines = text.split('\r\n');
      asked.push({ prefix, suffix: lines[(file * 131) % LINES]!.slice(0, 35) });
      asked.push({ prefix, suffix: randomBytes(18).toString('hex').toUpperCase().slice(0, 35) });
    }
    const client = createPwnedPasswordsClient({ mirrorDir: dir, userAgent: 'Hygie-bench/0.1.0' });
    const ours: number[] = [];
    const theirs: number[] = [];
    let disagreements = 0;
    // Warm: the files into the OS's cache, both paths compiled.
    for (const { prefix, suffix } of asked) {
      await client.checkSha1(prefix + suffix);
      await previousLookup(dir, prefix, suffix);
    }
    // Rounds of lookups, alternating which path goes first in each round.
    const rounds = 4;
    const perRound = Math.ceil(lookups / rounds);
    for (let round = 0; round < rounds; round += 1) {
      const counts: number[][] = [[], []];
      for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) {
        for (let index = 0; index < perRound; index += 1) {
          const { prefix, suffix } = asked[(round * perRound + index) % asked.length]!;
          const start = performance.now();
          if (which === 0) {
            const outcome = await client.checkSha1(prefix + suffix);
            ours.push(performance.now() - start);
            counts[0]!.push(outcome.status === 'pwned' ? outcome.count : 0);
          } else {
            counts[1]!.push(await previousLookup(dir, prefix, suffix));
            theirs.push(performance.now() - start);
          }
        }
      }
      disagreements += counts[0]!.filter((count, index) => count !== counts[1]![index]).length;
    }
    await client.close();
    const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    const ms = (value: number) => `${value.toFixed(3)} ms`;
    const ourMs = median(ours);
    const peerMs = median(theirs);
    return [
      {
        name: `local mirror lookup, warm, ${(perRound * rounds).toLocaleString('en-GB')} lookups each in files of ${LINES} lines${disagreements ? ` (${disagreements} answers differ!)` : ''}`,
        hygie: `${ms(ourMs)} per lookup, median (read the file, search its text for the suffix)`,
        peer: `${ms(peerMs)} per lookup, median (the previous lookup: read the file, parse its ${LINES} lines into a Map)`,
        ratio: `${(ourMs / peerMs).toFixed(2)}×`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
