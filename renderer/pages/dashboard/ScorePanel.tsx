import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../electron/core/model/schemas/report.ts';
import { pathOf } from '../../app/navigation.ts';
import { uiLocale } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { ScoreHistory } from './ScoreHistory.tsx';
import { bandTone, scoreBand } from './score-band.ts';

/** Points as the page shows them: whole numbers, half up (docs/score.md); the formula keeps its decimals. */
export function wholePoints(value: number): number {
  return Math.round(Math.round(value * 1e6) / 1e6);
}

/** The score now (number and band, what it does not count), its history, and what each area gives. */
export function ScorePanel({ summary }: { summary: DashboardSummary }) {
  const { t, i18n } = useTranslation();
  const { score } = summary;
  const number = new Intl.NumberFormat(uiLocale(i18n.language), { maximumFractionDigits: 0 });

  if (score.value === null) {
    return (
      <Panel title={t('dashboard.score.title')} icon="dashboard" aside={<StatusChip tone="neutral" label={t('status.notCalculated')} />} className="score-now">
        <div className="score-now__empty">
          <span className="score-now__dial" aria-hidden="true" />
          <p className="prose">{t('dashboard.score.none')}</p>
        </div>
      </Panel>
    );
  }

  const band = scoreBand(score.value);
  // What the score does not know yet, counted as the Actions page lists it: each counts zero, never as good.
  const unchecked = summary.notChecked;
  return (
    <Panel
      title={t('dashboard.score.title')}
      icon="dashboard"
      aside={<StatusChip tone={bandTone(band)} label={t(`dashboard.score.band.${band}`)} />}
      className="score-now"
    >
      <div className="score-now__overview">
        <div className="score-now__main">
          <p className={`score-now__figure score-now__figure--${band}`}>
            <span className="score-now__value">{score.value}</span> <span className="score-now__out-of">{t('dashboard.score.outOf')}</span>
          </p>
          <p className="text-hint">{t('dashboard.score.explain')}</p>
          {unchecked > 0 ? (
            <p className="score-now__unchecked">
              <Icon name="notChecked" className="score-now__unchecked-icon" />
              <Link href={`${pathOf('actions')}?show=to-check`} className="text-link score-now__unchecked-link">
                <span>{t('dashboard.score.notChecked', { count: unchecked })}</span>
                <Icon name="arrowRight" className="text-link__icon" />
              </Link>
            </p>
          ) : null}
        </div>
        <ScoreHistory history={summary.history} />
      </div>
      <ul className="score-parts" aria-label={t('dashboard.score.componentsLabel')}>
        {score.components.map((component) => {
          const name = t(`dashboard.score.component.${component.id}`);
          const points = t('dashboard.score.points', { points: number.format(wholePoints(component.points)), weight: number.format(wholePoints(component.weight)) });
          return (
            <li key={component.id} className="score-parts__item" data-component={component.id}>
              <span className="score-parts__name">{name}</span>
              <span className="score-parts__points">{points}</span>
              <meter
                className="score-parts__meter"
                min={0}
                max={component.weight || 1}
                value={component.points}
                aria-label={name}
                aria-valuetext={points}
              />
              <span className="score-parts__items">
                {component.items === 0
                  ? t('dashboard.score.noItems')
                  : t(`dashboard.score.items.${component.id}`, { good: number.format(component.good), items: number.format(component.items) })}
              </span>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
