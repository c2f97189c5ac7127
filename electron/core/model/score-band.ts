import type { ScoreBand } from './schemas/report.ts';

// The score's bands, the same on the dashboard, its chart and the report: 80 and above good,
// 50–79 needs work, below 50 insufficient.

export const SCORE_BAND_FLOORS: Readonly<Record<ScoreBand, number>> = { good: 80, warning: 50, danger: 0 };

export function scoreBand(score: number): ScoreBand {
  if (score >= SCORE_BAND_FLOORS.good) return 'good';
  if (score >= SCORE_BAND_FLOORS.warning) return 'warning';
  return 'danger';
}
