import { createEmailChecker } from '../electron/core/breach/email-checker.ts';
import { scaledClock } from '../test/support/clocks.ts';
import { startFakeHibp } from '../test/support/fake-hibp.ts';
import type { Line } from './store-bench.ts';

// Figure (b) of issue 4: wall time to check N e-mails through Hygie's real e-mail checker at a
// plan's RPM, against the floor N / RPM minutes that the rate limit allows, with the number of
// e-mails lost (anything but an answer: rate-limited, failed). The fake HIBP enforces the limit
// per key like the real one (429 + retry-after). Time runs `scale` times faster for both the
// checker's limiter and the fake, so minutes of rate limiting take seconds; network time is real.

const USER_AGENT = 'Hygie-bench/0.1.0';
const KEY = 'abcdefabcdefabcdefabcdefabcdef01';
const IN_FLIGHT = 4;

export async function emailRateBench(emails: number, rpm: number, scale: number): Promise<Line[]> {
  const clock = scaledClock(scale);
  const fake = await startFakeHibp({ clock, keys: { [KEY]: { plan: 'Core 2', rpm, range: false } } });
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
    const floor = (emails / rpm) * 60_000;
    const refused = fake.log.filter((entry) => entry.status === 429).length;
    const expectedBreached = Math.ceil(emails / 7);
    const minutes = (ms: number) => `${(ms / 60_000).toFixed(2)} min`;
    return [
      {
        name: `e-mail breach checks, ${emails} e-mails at ${rpm} RPM (time ×${scale}), ${lost} lost, ${refused} refused with 429${breached === expectedBreached ? '' : ` (${breached}/${expectedBreached} breaches found!)`}`,
        hygie: `${minutes(elapsed)} (mode ${checker.mode}, ${IN_FLIGHT} in flight, incl. /subscription/status)`,
        peer: `${minutes(floor)} (the RPM floor: N / RPM)`,
        ratio: `${(elapsed / floor).toFixed(2)}×`,
      },
    ];
  } finally {
    await fake.close();
  }
}
