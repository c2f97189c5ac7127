// `npm run bench`: Hygie's speed and memory figures, each as a ratio to a named peer measured in
// the same run (never absolute thresholds: machines differ). `--quick` runs tiny sizes, for the
// test that keeps this script working; `--full` adds the 10,000-staff report (minutes, and GiBs of
// memory). The machine's load is printed at the start and the end: a two-core machine shared with
// other work gives noisy figures, to be read with it.
import { cpus, loadavg } from 'node:os';
import { ensureBuilt } from './built.ts';
import { cliBench } from './cli-bench.ts';
import { emailRateBench } from './email-rate-bench.ts';
import { domainSearchBench } from './domain-search-bench.ts';
import { importGrowthBench, reportGrowthBench } from './growth-bench.ts';
import { mirrorBench } from './mirror-bench.ts';
import { passwordBench } from './password-bench.ts';
import { pwnedBench } from './pwned-bench.ts';
import { bundleLine, dashboardLine } from './renderer-bench.ts';
import { storeBench, type Line } from './store-bench.ts';

// `npm run bench --full` reaches the script as npm's own setting (npm_config_full), not an argument.
const flag = (name: string) => process.argv.includes(`--${name}`) || process.env[`npm_config_${name}`] === 'true';
const quick = flag('quick');
const full = flag('full');
const rows = quick ? 200 : 10_000;
const runs = quick ? 1 : 5;

function print(title: string, lines: Line[]): void {
  console.log(`\n${title}`);
  for (const line of lines) {
    console.log(`  ${line.name}`);
    console.log(`    Hygie ${line.hygie}`);
    console.log(`    peer  ${line.peer}`);
    console.log(`    ratio ${line.ratio} (Hygie / peer, ${line.higherIsBetter ? 'higher' : 'lower'} is better)`);
  }
}

const load = () => `load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} (1, 5, 15 min) on ${cpus().length} cores`;

console.log(`Hygie benchmark — Node ${process.versions.node}, ${process.platform}/${process.arch}${quick ? ' (quick)' : full ? ' (full)' : ''}`);
console.log(`At the start: ${load()}`);
ensureBuilt((line) => console.log(line));

print('Store and roster', [
  ...(await storeBench(rows, runs)),
  // Each size in a process of its own; the import of 10,000 rows takes seconds, so it is always there.
  ...(await importGrowthBench(quick ? [10, 50, 200] : [10, 100, 1_000, 10_000], () => (quick ? 1 : 3))),
]);
print('Pwned Passwords range checks', await pwnedBench(quick ? 200 : 5_000, quick ? 2 : 4));
print('Pwned Passwords local mirror', await mirrorBench(quick ? 200 : 4_000));
// E-mails at a plan's RPM, time sped up; two rosters, the second not a multiple of the RPM
// (quick: 40 and 30 at 20 RPM ×300, about 1 s; full: 250 and 230 at 50 RPM ×100, about 6 s).
print('Breach checks: e-mails at the rate limit', await (quick ? emailRateBench([40, 30], 20, 300) : emailRateBench([250, 230], 50, 100)));
// Issue 20: N addresses on a verified domain, one domain search against one call each (quick: 40 at 100 RPM ×300; full: 200 at 100 RPM ×100, about 2.5 s).
print('Breach checks: a verified domain searched whole', await (quick ? domainSearchBench(40, 100, 300) : domainSearchBench(200, 100, 100)));
print('Password audit', await passwordBench(quick ? 200 : 10_000));
print('Renderer', [bundleLine(), await dashboardLine(quick ? 2 : 9)]);
print('Command line', await cliBench(quick ? 2 : 10));
// The compliance report for practices of 10, 100 and 1,000 staff (quick: 5, 10, 20; --full adds
// 10,000), each in a process of its own, and how its cost grows.
print(
  'Compliance report',
  await reportGrowthBench(quick ? [5, 10, 20] : full ? [10, 100, 1_000, 10_000] : [10, 100, 1_000], (size) => (quick || size >= 10_000 ? 1 : 3)),
);
console.log(`\nAt the end: ${load()}`);
