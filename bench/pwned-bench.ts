import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { pwnedPassword } from 'hibp';
import { createPwnedPasswordsClient } from '../electron/core/breach/pwned-range.ts';
import type { Line } from './store-bench.ts';

// Figure (a) of issue 4: Pwned Passwords checks per second through Hygie's range client (undici
// keep-alive pool, padding dropped while parsing) against the `hibp` npm package's
// pwnedPassword (global fetch, every line kept), same loopback server, same passwords, same
// number of checks in flight, same run. Both ask with Add-Padding: true, as Hygie always does.
// The server (pwned-range-server.ts) runs in a child process with its answers built in advance,
// so that its work is not counted against either client.

const USER_AGENT = 'Hygie-bench/0.1.0';
const IN_FLIGHT = 8;

async function startServer(passwords: number): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, 'pwned-range-server.ts'), String(passwords)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  while (!output.includes('\n')) {
    const [chunk] = (await once(child.stdout, 'data')) as [string];
    output += chunk;
  }
  return {
    baseUrl: output.trim(),
    stop: async () => {
      child.stdin.end();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
}

/** Runs `check` over every password, IN_FLIGHT at a time; returns the time taken and the verdicts. */
async function run(passwords: readonly string[], check: (password: string) => Promise<number | null>): Promise<{ ms: number; counts: (number | null)[] }> {
  const counts: (number | null)[] = new Array(passwords.length).fill(null);
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < passwords.length) {
        const index = next++;
        counts[index] = await check(passwords[index]!);
      }
    }),
  );
  return { ms: performance.now() - start, counts };
}

export async function pwnedBench(checks: number, runs: number): Promise<Line[]> {
  const passwords = Array.from({ length: checks }, (_, index) => `bench-password-${index}`);
  const server = await startServer(checks);
  const hygie = createPwnedPasswordsClient({ baseUrl: server.baseUrl, userAgent: USER_AGENT, retries: 0 });
  const hygieCheck = async (password: string) => {
    const outcome = await hygie.checkPassword(password);
    return outcome.status === 'pwned' ? outcome.count : outcome.status === 'not-pwned' ? 0 : null;
  };
  const peerCheck = (password: string) => pwnedPassword(password, { baseUrl: server.baseUrl, addPadding: true, userAgent: USER_AGENT });
  try {
    // Warm both up (connections, JIT), then rounds in which the client that goes first alternates,
    // so that neither gets the quieter moments (nor the warmer caches) every time.
    await run(passwords.slice(0, IN_FLIGHT * 4), hygieCheck);
    await run(passwords.slice(0, IN_FLIGHT * 4), peerCheck);
    const hygieTimes: number[] = [];
    const peerTimes: number[] = [];
    let disagreements = 0;
    for (let round = 0; round < runs; round += 1) {
      let ours: Awaited<ReturnType<typeof run>>;
      let theirs: Awaited<ReturnType<typeof run>>;
      if (round % 2 === 0) {
        ours = await run(passwords, hygieCheck);
        theirs = await run(passwords, peerCheck);
      } else {
        theirs = await run(passwords, peerCheck);
        ours = await run(passwords, hygieCheck);
      }
      hygieTimes.push(ours.ms);
      peerTimes.push(theirs.ms);
      disagreements += ours.counts.filter((count, index) => count !== theirs.counts[index]).length;
    }
    const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    const ourRate = (checks / median(hygieTimes)) * 1000;
    const peerRate = (checks / median(peerTimes)) * 1000;
    return [
      {
        name: `pwned-password checks, ${checks} passwords, ${IN_FLIGHT} in flight, ${runs} rounds, first client alternating${disagreements ? ` (${disagreements} verdicts differ!)` : ''}`,
        hygie: `${ourRate.toFixed(0)} checks/s`,
        peer: `${peerRate.toFixed(0)} checks/s (hibp npm pwnedPassword)`,
        ratio: `${(ourRate / peerRate).toFixed(2)}×`,
        higherIsBetter: true,
      },
    ];
  } finally {
    await hygie.close();
    await server.stop();
  }
}
