import type { ScorePoint } from '../../../electron/core/model/schemas/report.ts';

// The geometry of the score-history chart, apart from React: where each day's score sits in the
// SVG's own coordinates (the viewBox), which days get a label, and where the bands lie. Days are
// placed by date, not by rank, so a month without a score shows as a gap in time.

export const CHART = { width: 560, height: 220, left: 40, right: 20, top: 14, bottom: 30 } as const;

const PLOT_WIDTH = CHART.width - CHART.left - CHART.right;
const PLOT_HEIGHT = CHART.height - CHART.top - CHART.bottom;
/** Below this distance two date labels would overlap. */
const LABEL_GAP = 90;
const DAY_MS = 86_400_000;

export interface PlacedPoint extends ScorePoint {
  x: number;
  y: number;
}

export interface ChartLayout {
  points: PlacedPoint[];
  /** "x,y x,y …" for the polyline. */
  line: string;
  /** The points whose date is written under the axis: first, last, and others where they fit. */
  labelled: PlacedPoint[];
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function yOf(score: number): number {
  return CHART.top + ((100 - score) / 100) * PLOT_HEIGHT;
}

/** Score lines drawn across the chart: the ends and the two band limits. */
export const GRID_SCORES = [0, 50, 80, 100] as const;

/** The three bands (insufficient, needs work, good) as rectangles, bottom to top. */
export const BANDS = [
  { band: 'danger', from: 0, to: 50 },
  { band: 'warning', from: 50, to: 80 },
  { band: 'good', from: 80, to: 100 },
].map((item) => ({ ...item, y: yOf(item.to), height: yOf(item.from) - yOf(item.to) }));

export function layoutChart(history: readonly ScorePoint[]): ChartLayout {
  const first = history[0];
  const last = history[history.length - 1];
  if (!first || !last) return { points: [], line: '', labelled: [] };
  const start = dayMs(first.date);
  const span = Math.max(dayMs(last.date) - start, DAY_MS);
  const points = history.map((point) => ({
    ...point,
    x: CHART.left + ((dayMs(point.date) - start) / span) * PLOT_WIDTH,
    y: yOf(point.score),
  }));
  const line = points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');

  // First and last always; in between, a date wherever it clears its neighbours.
  const end = points[points.length - 1]!;
  const labelled: PlacedPoint[] = [points[0]!];
  for (const point of points.slice(1, -1)) {
    if (point.x - labelled[labelled.length - 1]!.x >= LABEL_GAP && end.x - point.x >= LABEL_GAP) labelled.push(point);
  }
  if (points.length > 1) labelled.push(end);
  return { points, line, labelled };
}
