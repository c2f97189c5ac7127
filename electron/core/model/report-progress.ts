// How far a report's generation is, as one number the job's progress carries (units: per mille),
// and the stage a page names for it. Each stage owns a share of the bar, about its share of the
// time at 1,000 staff (bench/report-bench.ts): the PDF is the longest, laid out and drawn a part
// at a time (report/paged-pdf.ts), the bar moving with each part.

export const REPORT_PROGRESS_TOTAL = 1000;

export const REPORT_STAGES = ['reading', 'building', 'drawing', 'writing'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

/** Where each stage starts on the bar (per mille); each ends where the next starts. */
const STAGE_START: Readonly<Record<ReportStage, number>> = { reading: 0, building: 150, drawing: 200, writing: 980 };

/** The bar's value for `fraction` (0–1) of `stage`. */
export function reportProgressUnits(stage: ReportStage, fraction: number): number {
  const index = REPORT_STAGES.indexOf(stage);
  const next = index + 1 < REPORT_STAGES.length ? STAGE_START[REPORT_STAGES[index + 1]!] : REPORT_PROGRESS_TOTAL;
  const start = STAGE_START[stage];
  return Math.round(start + (next - start) * Math.min(1, Math.max(0, fraction)));
}

/** The stage a bar's value falls in. */
export function reportStageAt(units: number): ReportStage {
  let found: ReportStage = 'reading';
  for (const stage of REPORT_STAGES) if (units >= STAGE_START[stage]) found = stage;
  return found;
}
