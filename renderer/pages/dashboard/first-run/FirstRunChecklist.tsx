import { useCallback } from 'react';
import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import type { FirstRunState, FirstRunStatus, FirstRunStep } from '../../../../electron/core/model/schemas/first-run.ts';
import { api } from '../../../api/client.ts';
import { useLoad } from '../../../app/use-load.ts';
import { Icon, type IconName } from '../../../components/Icon.tsx';
import { Panel } from '../../../components/Panel.tsx';
import { StatusChip } from '../../../components/StatusChip.tsx';
import { useReloadOnJobEnd } from '../use-reload-on-job-end.ts';
import { BreachSourceChoice } from './BreachSourceChoice.tsx';
import { currentStep, STEP_HREF } from './steps.ts';

const STATE_ICON: Record<FirstRunState, IconName> = { done: 'check', todo: 'notChecked', postponed: 'clock' };

interface StepItemProps {
  step: FirstRunStep;
  number: number;
  current: boolean;
  status: FirstRunStatus;
  onChanged(status: FirstRunStatus): void;
}

function StepItem({ step, number, current, status, onChanged }: StepItemProps) {
  const { t } = useTranslation();
  const done = step.state === 'done';
  const progress = step.progress && step.progress.total > 0 && !done ? t('firstRun.progress', { count: step.progress.done, total: step.progress.total }) : null;
  // The step to do now says what it is and leads there; the later ones only name themselves and
  // their page, so the list stays short. How breaches are checked shows its choices once current,
  // or once a choice was made ("later", "lists only"), which it then reminds.
  const expanded = current || (step.id === 'breachSource' && status.breachSource.choice !== null);
  return (
    <li className={`first-run__step first-run__step--${step.state}${current ? ' first-run__step--current' : ''}`} data-step={step.id} aria-current={current ? 'step' : undefined}>
      <span className="first-run__marker" aria-hidden="true">
        {done ? <Icon name="check" /> : number}
      </span>
      <div className="first-run__content">
        <h3 className="first-run__title">{t(`firstRun.steps.${step.id}.title`)}</h3>
        <p className={`first-run__state first-run__state--${step.state}`}>
          <Icon name={STATE_ICON[step.state]} className="first-run__state-icon" />
          <span>{t(`firstRun.state.${step.state}`)}</span>
          {progress ? <span className="first-run__progress">· {progress}</span> : null}
        </p>
        {done || (!expanded && step.id === 'breachSource') ? null : step.id === 'breachSource' ? (
          <BreachSourceChoice status={status} onChanged={onChanged} current={current} />
        ) : expanded ? (
          <div className="first-run__detail">
            <p className="prose">{t(`firstRun.steps.${step.id}.body`)}</p>
            <Link href={STEP_HREF[step.id]} className="button button--primary">
              <Icon name="arrowRight" />
              <span>{t(`firstRun.steps.${step.id}.go`)}</span>
            </Link>
          </div>
        ) : (
          <Link href={STEP_HREF[step.id]} className="text-link first-run__later-link">
            <span>{t(`firstRun.steps.${step.id}.go`)}</span>
            <Icon name="arrowRight" className="text-link__icon" />
          </Link>
        )}
      </div>
    </li>
  );
}

/**
 * The first-run path on the dashboard: six steps, each ticked by what Hygie sees in its data, the
 * one to do now with the page's primary action. It stays until every step is done, and comes
 * back if one is undone (a new person who has not done the walkthrough).
 */
export function FirstRunChecklist() {
  const { t } = useTranslation();
  const fetchStatus = useCallback(() => api.firstRun.status(), []);
  const { state, reload, set } = useLoad(fetchStatus);
  useReloadOnJobEnd(reload);
  if (state.status !== 'ready' || state.value.complete) return null;
  const status = state.value;
  const current = currentStep(status);
  const done = status.steps.filter((step) => step.state === 'done').length;
  return (
    <Panel
      title={t('firstRun.title')}
      icon="walkthrough"
      className="first-run"
      aside={<StatusChip tone="info" label={t('firstRun.count', { count: done, total: status.steps.length })} />}
    >
      <p className="prose">{t('firstRun.lead')}</p>
      <ol className="first-run__steps">
        {status.steps.map((step, index) => (
          <StepItem key={step.id} step={step} number={index + 1} current={step.id === current} status={status} onChanged={set} />
        ))}
      </ol>
    </Panel>
  );
}
