// `npm run bench`: Hygie's speed and memory figures, each as a ratio to a named peer measured in
// the same run (never absolute thresholds: machines differ). `--quick` runs tiny sizes, for the
// test that keeps this script working.
import { storeBench, type Line } from './store-bench.ts';
import { emailRateBench } from './email-rate-bench.ts';
import { domainSearchBench } from './domain-search-bench.ts';
import { pwnedBench } from './pwned-bench.ts';
import { passwordBench } from './password-bench.ts';
import { reportBench } from './report-bench.ts';

const quick = process.argv.includes('--quick');
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

console.log(`Hygie benchmark — Node ${process.versions.node}, ${process.platform}/${process.arch}${quick ? ' (quick)' : ''}`);
print('Store and roster', await storeBench(rows, runs));
// E-mails at a plan's RPM, time sped up (quick: 40 at 20 RPM ×300, about 0.4 s; full: 250 at 50 RPM ×100, about 3 s).
print('Pwned Passwords range checks', await pwnedBench(quick ? 200 : 5_000, quick ? 1 : 3));
print('Breach checks: e-mails at the rate limit', await (quick ? emailRateBench(40, 20, 300) : emailRateBench(250, 50, 100)));
// Issue 20: N addresses on a verified domain, one domain search against one call each (quick: 40 at 100 RPM ×300; full: 200 at 100 RPM ×100, about 2.5 s).
print('Breach checks: a verified domain searched whole', await (quick ? domainSearchBench(40, 100, 300) : domainSearchBench(200, 100, 100)));
print('Password audit', await passwordBench(quick ? 200 : 10_000));
// The compliance report for practices of 10, 100 and 1,000 staff (quick: 5, 10, 20), and how its cost grows.
print('Compliance report', await reportBench(quick ? [5, 10, 20] : [10, 100, 1_000], quick ? 1 : 3));
