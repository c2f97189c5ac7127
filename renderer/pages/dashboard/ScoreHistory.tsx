import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../electron/core/model/date-format.ts';
import type { ScorePoint } from '../../../electron/core/model/schemas/report.ts';
import { formatCalendarDate, uiLocale } from '../../components/format.ts';
import { BANDS, CHART, GRID_SCORES, layoutChart, yOf } from './score-chart.ts';
import { scoreBand } from './score-band.ts';

/** "12 mars" / "12 Mar", with the year when the history spans more than one. */
function axisDate(day: string, language: string, withYear: boolean): string {
  const date = new Date(`${day}T00:00:00Z`);
  return formatDate(
    new Intl.DateTimeFormat(uiLocale(language), { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }),
    date,
  );
}

/** The bands (insufficient, needs work, good) and the score lines with their numbers. */
function ChartBackdrop() {
  return (
    <>
      {BANDS.map((band) => (
        <rect
          key={band.band}
          className={`score-chart__band score-chart__band--${band.band}`}
          x={CHART.left}
          y={band.y}
          width={CHART.width - CHART.left - CHART.right}
          height={band.height}
        />
      ))}
      {GRID_SCORES.map((score) => (
        <g key={score}>
          <line className="score-chart__grid" x1={CHART.left} x2={CHART.width - CHART.right} y1={yOf(score)} y2={yOf(score)} />
          <text className="score-chart__axis score-chart__axis--y" x={CHART.left - 8} y={yOf(score)} dy="0.32em">
            {score}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * The score day by day, drawn in SVG by React (no inline style: classes only, for the CSP). The
 * drawing is one image with a sentence for screen readers; the same points are in a table for
 * those who want each value.
 */
function ScoreChart({ history }: { history: readonly ScorePoint[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const layout = layoutChart(history);
  const first = history[0]!;
  const last = history[history.length - 1]!;
  const withYear = first.date.slice(0, 4) !== last.date.slice(0, 4);
  const label = t('dashboard.history.chart', {
    first: formatCalendarDate(first.date, language),
    last: formatCalendarDate(last.date, language),
    from: first.score,
    to: last.score,
    count: history.length,
  });
  const end = layout.points[layout.points.length - 1]!;
  return (
    <>
      <svg className="score-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={label} focusable="false">
        <ChartBackdrop />
        {layout.labelled.map((point, index) => (
          <text
            key={point.date}
            className={`score-chart__axis score-chart__axis--x${index === 0 ? ' score-chart__axis--start' : point === end ? ' score-chart__axis--end' : ''}`}
            x={point.x}
            y={CHART.height - 8}
          >
            {axisDate(point.date, language, withYear)}
          </text>
        ))}
        <polyline className="score-chart__line" points={layout.line} />
        {layout.points.map((point) => (
          <circle
            key={point.date}
            className={`score-chart__point score-chart__point--${scoreBand(point.score)}${point === end ? ' score-chart__point--last' : ''}`}
            cx={point.x}
            cy={point.y}
            r={point === end ? 5.5 : 3.5}
          />
        ))}
        <text className="score-chart__value" x={end.x} y={end.y - 12}>
          {end.score}
        </text>
      </svg>
      <table className="visually-hidden">
        <caption>{t('dashboard.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.history.date')}</th>
            <th scope="col">{t('dashboard.history.score')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((point) => (
            <tr key={point.date}>
              <th scope="row">{formatCalendarDate(point.date, language)}</th>
              <td>{point.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The score's history inside the score panel: a line, a single dot with a sentence, or a sentence. */
export function ScoreHistory({ history }: { history: readonly ScorePoint[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const only = history.length === 1 ? history[0] : undefined;
  return (
    <section className="score-history" aria-labelledby={headingId}>
      <h3 id={headingId} className="score-history__title">
        {t('dashboard.history.title')}
      </h3>
      {history.length === 0 ? (
        <p className="prose prose--muted">{t('dashboard.history.none')}</p>
      ) : only ? (
        <>
          <svg className="score-chart score-chart--single" viewBox={`0 0 ${CHART.width} ${CHART.height}`} aria-hidden="true" focusable="false">
            <ChartBackdrop />
            <circle
              className={`score-chart__point score-chart__point--${scoreBand(only.score)} score-chart__point--last`}
              cx={CHART.left + (CHART.width - CHART.left - CHART.right) / 2}
              cy={yOf(only.score)}
              r={5.5}
            />
          </svg>
          <p className="text-hint">{t('dashboard.history.onePoint', { score: only.score, date: formatCalendarDate(only.date, i18n.language) })}</p>
        </>
      ) : (
        <ScoreChart history={history} />
      )}
    </section>
  );
}
