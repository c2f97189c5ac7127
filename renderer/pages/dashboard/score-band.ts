import type { ScoreBand, Severity } from '../../../electron/core/model/schemas/report.ts';
import type { StatusTone } from '../../components/StatusChip.tsx';

// How a score and a severity are coloured: always with a word and a shape next to the colour.

export type { ScoreBand } from '../../../electron/core/model/schemas/report.ts';
/** 80 and above: good; 50–79: needs work; below 50: insufficient (the report's bands too). */
export { scoreBand } from '../../../electron/core/model/score-band.ts';

const BAND_TONES: Record<ScoreBand, StatusTone> = { good: 'success', warning: 'warning', danger: 'danger' };

export function bandTone(band: ScoreBand): StatusTone {
  return BAND_TONES[band];
}

const SEVERITY_TONES: Record<Severity, StatusTone> = { critical: 'danger', high: 'danger', medium: 'warning', low: 'info' };

export function severityTone(severity: Severity): StatusTone {
  return SEVERITY_TONES[severity];
}
