import { createEmailChecker } from '../electron/core/breach/email-checker.ts';
import { scaledClock } from '../test/support/clocks.ts';
import { startFakeHibp } from '../test/support/fake-hibp.ts';
import type { Line } from './store-bench.ts';

// Figure (b) of issue 4: wall time to check N e-mails through Hygie's real e-mail checker at a
// plan's RPM, against the floor the rate limit allows, with the number of e-mails lost (anything
// but an answer: rate-limited, failed) and of 429 refusals. The fake HIBP enforces the limit per
// key like the real one: at most RPM calls in any window of one minute (a rolling window), the
// plan's /subscription/status call counted like the others (429 + retry-after beyond). Time runs
// `scale` times faster for both the checker's limiter and the fake, so minutes of rate limiting take
// seconds; network time is real.
//
// The floor (issue 19): C calls (the N e-mails and the status call) at R per rolling minute. Call k
// (from 0) cannot go before minute ⌊k / R⌋, so the last one goes at ⌈C / R⌉ − 1 minutes at best:
// that is the floor, never N / R (which with 230 e-mails at 50 RPM says 4.6 minutes where 4 are
// possible, and would let a checker look faster than the limit).

const USER_AGENT = 'Hygie-bench/0.1.0';
const KEY = 'abcdefabcdefabcdefabcdefabcdef01';
const IN_FLIGHT = 4;
const WINDOW_MS = 60_000;

/** The earliest time the last of `calls` calls can go at `rpm` per rolling window. */
export function rollingWindowFloorMs(calls: number, rpm: number): number {
  return (Math.ceil(calls / rpm) - 1) * WINDOW_MS;
}

async function oneRoster(emails: number, rpm: number, scale: number): Promise<Line> {
  const clock = scaledClock(scale);
  const fake = await startFakeHibp({ clock, windowMs: WINDOW_MS, keys: { [KEY]: { plan: 'Core 2', rpm, range: false } } });
  const addresses = Array.from({ length: emails }, (_, index) => `personne${index}@cabinet-dupont.fr`);
  for (let index = 0; index < emails; index += 7) fake.setAccount(addresses[index]!, ['Adobe']);
  try {
    const start = clock.now();
    const checker = await createEmailChecker({ hibpBaseUrl: fake.baseUrl, apiKey: KEY, userAgent: USER_AGENT, clock });
    let next = 0;
    let lost = 0;
    let breached = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < addresses.length) {
          const [outcome] = await checker.check(addresses[next++]!);
          if (outcome?.status === 'not-checked') lost += 1;
          if (outcome?.status === 'breached') breached += 1;
        }
      }),
    );
    const elapsed = clock.now() - start;
    await checker.close();
    // The calls the limit counted (the e-mails and the status call; a refused one is not counted).
    const counted = fake.log.filter((entry) => entry.counted).length;
    const floor = rollingWindowFloorMs(counted, rpm);
    const refused = fake.log.filter((entry) => entry.status === 429).length;
    const expectedBreached = Math.ceil(emails / 7);
    const minutes = (ms: number) => `${(ms / 60_000).toFixed(2)} min`;
    const calls = counted === emails + 1 ? `${counted} calls` : `${counted} calls, not ${emails + 1}!`;
    return {
      name: `e-mail breach checks, ${emails} e-mails at ${rpm} RPM (time ×${scale}), ${lost} lost, ${refused} refused with 429${breached === expectedBreached ? '' : ` (${breached}/${expectedBreached} breaches found!)`}`,
      hygie: `${minutes(elapsed)} (mode ${checker.mode}, ${IN_FLIGHT} in flight, ${calls} with /subscription/status)`,
      peer: `${minutes(floor)} (the floor: ${counted} calls at ${rpm} per rolling minute, the last at ⌈${counted}/${rpm}⌉ − 1 minutes)`,
      ratio: `${(elapsed / floor).toFixed(2)}×`,
    };
  } finally {
    await fake.close();
  }
}

/** One roster per size: give one size that is not a multiple of the RPM. */
export async function emailRateBench(rosters: readonly number[], rpm: number, scale: number): Promise<Line[]> {
  const lines: Line[] = [];
  for (const emails of rosters) lines.push(await oneRoster(emails, rpm, scale));
  return lines;
}
