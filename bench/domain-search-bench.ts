import { openBreachSession } from '../electron/core/breach/breach-session.ts';
import { scaledClock } from '../test/support/clocks.ts';
import { startFakeHibp, type FakeKey } from '../test/support/fake-hibp.ts';
import type { Line } from './store-bench.ts';

// Issue 20's figure: the roster check's wall time for N addresses on a domain the key has
// verified, through the app's own breach session — once with the domain search (one
// /breacheddomain call answers them all), once forced one by one (`--no-domain-search`), same
// fake, same plan, same run. The fake enforces the plan's RPM (429 + retry-after) like HIBP; time
// runs `scale` times faster for the checker's limiter and the fake alike, network time is real.

const USER_AGENT = 'Hygie-bench/0.1.0';
const KEY = 'fedcba9876543210fedcba9876543210';
const DOMAIN = 'cabinet-dupont.fr';
const IN_FLIGHT = 4;

interface RunFigures {
  ms: number;
  keyedCalls: number;
  domainCalls: number;
  perAddressCalls: number;
  breached: number;
  lost: number;
}

async function checkRoster(emails: number, rpm: number, scale: number, domainSearch: boolean): Promise<RunFigures> {
  const clock = scaledClock(scale);
  const plan: FakeKey = { plan: 'Pro 1', rpm, range: true, domains: [DOMAIN], stealerLogs: true };
  const fake = await startFakeHibp({ clock, keys: { [KEY]: plan } });
  const addresses = Array.from({ length: emails }, (_, index) => `personne${index}@${DOMAIN}`);
  for (let index = 0; index < emails; index += 7) fake.setAccount(addresses[index]!, ['Adobe']);
  try {
    const start = clock.now();
    const session = await openBreachSession({
      account: { apiKey: KEY, baseUrl: fake.baseUrl, remembered: null },
      userAgent: USER_AGENT,
      corpora: [],
      signal: new AbortController().signal,
      checker: { clock },
      addresses,
      domainSearch,
    });
    let next = 0;
    let lost = 0;
    let breached = 0;
    try {
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          while (next < addresses.length) {
            const [outcome] = await session.check(addresses[next++]!);
            if (outcome?.status === 'not-checked') lost += 1;
            if (outcome?.status === 'breached') breached += 1;
          }
        }),
      );
    } finally {
      await session.close();
    }
    const paths = fake.keyedRequests(KEY).map((entry) => entry.path);
    return {
      ms: clock.now() - start,
      keyedCalls: paths.length,
      domainCalls: paths.filter((path) => path.startsWith('/api/v3/breacheddomain/')).length,
      perAddressCalls: paths.filter((path) => path.startsWith('/api/v3/breachedaccount/')).length,
      breached,
      lost,
    };
  } finally {
    await fake.close();
  }
}

export async function domainSearchBench(emails: number, rpm: number, scale: number): Promise<Line[]> {
  const whole = await checkRoster(emails, rpm, scale, true);
  const oneByOne = await checkRoster(emails, rpm, scale, false);
  const expected = Math.ceil(emails / 7);
  const wrong = [whole, oneByOne].some((run) => run.breached !== expected || run.lost !== 0) ? ` (breaches found ${whole.breached}/${oneByOne.breached} of ${expected}, lost ${whole.lost}/${oneByOne.lost}!)` : '';
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const calls = (run: RunFigures) => `${run.keyedCalls} keyed calls: ${run.domainCalls} domain search, ${run.perAddressCalls} per address`;
  return [
    {
      name: `roster check, ${emails} addresses on a verified domain at ${rpm} RPM (time ×${scale}, fake's clock)${wrong}`,
      hygie: `${seconds(whole.ms)} with the domain search (${calls(whole)})`,
      peer: `${seconds(oneByOne.ms)} one by one, --no-domain-search (${calls(oneByOne)})`,
      ratio: `${(whole.ms / oneByOne.ms).toFixed(2)}×`,
    },
  ];
}
