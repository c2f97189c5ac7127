import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Keeps `npm run bench` working: its quick mode must print every figure with its peer and ratio.
// (Timings themselves are never asserted: machines differ.)
describe('npm run bench', () => {
  it('prints each measurement beside a named peer and their ratio', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', 'bench/run.ts', '--quick'], {
      cwd: resolve(import.meta.dirname, '../..'),
      maxBuffer: 16 * 1024 * 1024,
    });
    const figures = [
      'open + migrate a new store',
      'reopen a store of 200 people',
      'roster import, 10 rows',
      'roster import, 50 rows',
      'roster import, 200 rows',
      'roster import, growth',
      'pwned-password checks, 200 passwords, 8 in flight, 2 rounds, first client alternating\n',
      'local mirror lookup, warm, 200 lookups each',
      'e-mail breach checks, 40 e-mails at 20 RPM',
      'e-mail breach checks, 30 e-mails at 20 RPM',
      'roster check, 40 addresses on a verified domain at 100 RPM',
      'password assessments, 200 mixed passwords',
      'renderer JavaScript loaded before the first render',
      "time to the dashboard's heading in Chromium",
      'CLI start-up: hygie --help',
      'CLI: hygie password',
      'report generation, 5 staff',
      'report generation, 10 staff',
      'report generation, 20 staff',
      'report generation, growth',
      'report generation, 20 staff: the process',
    ];
    for (const figure of figures) expect(stdout).toContain(figure);
    expect(stdout.match(/ratio -?\d+\.\d\d×/gu)).toHaveLength(figures.length);
    expect(
      stdout.match(
        /peer {2}(?=\S).*(plain SQLite|papaparse|the floor: \d+ calls at \d+ per rolling minute|one by one, --no-domain-search|hibp npm pwnedPassword|the previous lookup|zxcvbn npm, Dropbox's original|the whole build's JavaScript|a blank page with the same heading|node -e 0|pdfkit writing the same \d+ rows as plain text lines|linear growth \(1\.00\)|resident before)/gu,
      ),
    ).toHaveLength(figures.length);
    // Beside each growing figure's time: the longest event-loop block and the peak memory; for the
    // report, how much of that block was the main thread's own work, and the report process's peak
    // (Linux says it: /proc's VmHWM).
    expect(
      stdout.match(/longest event-loop block \d+(\.\d)? ms( \(the main thread's own work in it \d+(\.\d)? ms, its longest own stretch \d+(\.\d)? ms\))?; peak memory \d+ MiB \(\+\d+ MiB\)/gu),
    ).toHaveLength(6);
    expect(stdout.match(/report generation, \d+ staff.*\n {4}Hygie .*the main thread's own work in it/gu)).toHaveLength(3);
    if (process.platform === 'linux') expect(stdout.match(/MiB\) main process \+ \d+ MiB report process = \d+ MiB at most/gu)).toHaveLength(3);
    // The renderer at start is part of the whole build, read from out/renderer.
    expect(Number(/renderer JavaScript loaded.*\n.*\n.*\n {4}ratio (\d+\.\d\d)×/u.exec(stdout)?.[1])).toBeLessThan(1);
    // The rate-limit figures count what the limit cost: nothing lost, every call counted, the
    // floor of a rolling window (41 calls at 20 a minute: the last at 2 minutes; 31: at 1).
    expect(stdout).toMatch(/e-mail breach checks, 40 e-mails at 20 RPM \(time ×300\), 0 lost, 0 refused with 429\n.*41 calls with \/subscription\/status\)\n {4}peer {2}2\.00 min/u);
    expect(stdout).toMatch(/e-mail breach checks, 30 e-mails at 20 RPM \(time ×300\), 0 lost, 0 refused with 429\n.*31 calls with \/subscription\/status\)\n {4}peer {2}1\.00 min/u);
    // The domain search answers every address of the verified domain in one call, none per address.
    expect(stdout).toMatch(/roster check, 40 addresses on a verified domain at 100 RPM \(time ×300, fake's clock\)\n {4}Hygie \S+ s with the domain search \(\d+ keyed calls: 1 domain search, 0 per address\)\n {4}peer {2}\S+ s one by one, --no-domain-search \(\d+ keyed calls: 0 domain search, 40 per address\)/u);
    // The machine's load is stated, at the start and the end.
    expect(stdout).toMatch(/At the start: load average [\d.]+ [\d.]+ [\d.]+/u);
    expect(stdout).toMatch(/At the end: load average [\d.]+ [\d.]+ [\d.]+/u);
  }, 300_000);
});
