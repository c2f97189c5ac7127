import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { formatMs, ratio } from './measure.ts';
import { mib, peakText } from './process-probes.ts';
import type { ReportMeasure } from './report-bench.ts';
import type { ImportMeasure, Line } from './store-bench.ts';

// How the report's and the roster import's costs grow with the practice (issue 19): each size
// measured in a process of its own (growth-child.ts), with its peer, the longest event-loop block
// and the peak memory beside the time; then the growth exponent between consecutive sizes,
// ln(t₂ / t₁) / ln(n₂ / n₁) — 1.00 is linear, the peer's own exponent printed beside it. The
// report also says how much memory the process kept after its last report, against before.

const CHILD = resolve(import.meta.dirname, 'growth-child.ts');
const group = (value: number) => value.toLocaleString('en-GB');

/** Runs one size in a child Node (with the heap the largest sizes need) and reads its JSON. */
function child<T>(kind: 'report' | 'import', size: number, runs: number): Promise<T> {
  return new Promise((done, fail) => {
    const running = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=12288', CHILD, kind, String(size), String(runs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    running.stdout.setEncoding('utf8');
    running.stdout.on('data', (chunk: string) => (output += chunk));
    running.on('error', fail);
    running.on('close', (code) => {
      if (code !== 0) return fail(new Error(`bench/growth-child.ts ${kind} ${size} exited ${code}`));
      done(JSON.parse(output.trim().split('\n').pop()!) as T);
    });
  });
}

const exponent = (small: { size: number; ms: number }, large: { size: number; ms: number }) => Math.log(large.ms / small.ms) / Math.log(large.size / small.size);

function growthLine(what: string, points: { size: number; ms: number; peerMs: number }[]): Line {
  const steps = points.slice(1).map((large, index) => {
    const small = points[index]!;
    return {
      label: `${group(small.size)} → ${group(large.size)}`,
      ours: exponent(small, large),
      peer: exponent({ size: small.size, ms: small.peerMs }, { size: large.size, ms: large.peerMs }),
    };
  });
  const last = steps[steps.length - 1]!;
  return {
    name: `${what}, growth: exponent of the time between sizes, ln(t₂/t₁) / ln(n₂/n₁)`,
    hygie: steps.map((step) => `${step.label}: ${step.ours.toFixed(2)}`).join('; '),
    peer: `linear growth (1.00); the peer's own: ${steps.map((step) => `${step.label}: ${step.peer.toFixed(2)}`).join('; ')}`,
    ratio: `${last.ours.toFixed(2)}×`,
  };
}

export async function reportGrowthBench(sizes: readonly number[], runsFor: (size: number) => number): Promise<Line[]> {
  const measures: ReportMeasure[] = [];
  for (const size of sizes) measures.push(await child<ReportMeasure>('report', size, runsFor(size)));
  const lines: Line[] = measures.map((m) => ({
    name: `report generation, ${group(m.people)} staff (${group(m.accounts)} accounts, ${group(m.findings)} findings), ${runsFor(m.people)} run${runsFor(m.people) === 1 ? '' : 's'}`,
    hygie: `${formatMs(m.medianMs)} (store read, model, JSON + PDF ${(m.pdfBytes / 1024).toFixed(0)} KiB + CSV written); longest event-loop block ${formatMs(m.longestBlockMs)} (the main thread's own work in it ${formatMs(m.longestBlockCpuMs)}, its longest own stretch ${formatMs(m.longestOwnWorkMs)}); peak memory ${peakText(m.peakRssBytes, m.startRssBytes)} main process${m.reportProcessPeakBytes > 0 ? ` + ${mib(m.reportProcessPeakBytes)} report process = ${mib(m.peakRssBytes + m.reportProcessPeakBytes)} at most` : ''}`,
    peer: `${formatMs(m.peerMs)} (pdfkit writing the same ${group(m.accounts)} rows as plain text lines, ${(m.peerBytes / 1024).toFixed(0)} KiB, in memory)`,
    ratio: ratio(m.medianMs, m.peerMs),
  }));
  lines.push(growthLine('report generation', measures.map((m) => ({ size: m.people, ms: m.medianMs, peerMs: m.peerMs }))));
  const largest = measures[measures.length - 1]!;
  lines.push({
    name: `report generation, ${group(largest.people)} staff: the process's memory after the last report, against before the first (each after a full GC)`,
    hygie: `${mib(largest.rssAfter)} resident after (${largest.rssAfter >= largest.rssBefore ? '+' : '−'}${mib(Math.abs(largest.rssAfter - largest.rssBefore))}; heap ${mib(largest.heapBefore)} → ${mib(largest.heapAfter)})`,
    peer: `${mib(largest.rssBefore)} resident before`,
    ratio: ratio(largest.rssAfter, largest.rssBefore),
  });
  return lines;
}

export async function importGrowthBench(sizes: readonly number[], runsFor: (size: number) => number): Promise<Line[]> {
  const measures: ImportMeasure[] = [];
  for (const size of sizes) measures.push(await child<ImportMeasure>('import', size, runsFor(size)));
  const lines: Line[] = measures.map((m) => ({
    name: `roster import, ${group(m.rows)} rows (${(m.fileBytes / 1024).toFixed(0)} KiB, Windows-1252), ${runsFor(m.rows)} run${runsFor(m.rows) === 1 ? '' : 's'}`,
    hygie: `${formatMs(m.medianMs)} (${group(Math.round(m.rows / (m.medianMs / 1000)))} rows/s); longest event-loop block ${formatMs(m.longestBlockMs)}; peak memory ${peakText(m.peakRssBytes, m.startRssBytes)}`,
    peer: `${formatMs(m.peerMs)} papaparse + plain SQLite`,
    ratio: ratio(m.medianMs, m.peerMs),
  }));
  lines.push(growthLine('roster import', measures.map((m) => ({ size: m.rows, ms: m.medianMs, peerMs: m.peerMs }))));
  return lines;
}
