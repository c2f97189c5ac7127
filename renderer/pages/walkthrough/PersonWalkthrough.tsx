import { useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PlanStep, WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { displayName } from '../staff/labels.ts';
import { ProgressLine } from './ProgressLine.tsx';
import { Stepper } from './Stepper.tsx';
import { StepView } from './StepView.tsx';
import { stepTitle } from './step-texts.ts';
import { usePasswordSitting } from './use-password-sitting.ts';

interface PersonWalkthroughProps {
  staffId: string;
  /** Leave this person: the page drops everything about them. */
  onLeave(): void;
}

/** One person's walkthrough: where they are, one step at a time, and the end. */
export function PersonWalkthrough({ staffId, onLeave }: PersonWalkthroughProps) {
  const { t } = useTranslation();
  const fetchPlan = useCallback(() => api.walkthrough.plan({ staffId }), [staffId]);
  const { state, reload, set } = useLoad(fetchPlan);
  const [index, setIndex] = useState<number | null>(null);
  const [finished, setFinished] = useState<boolean | null>(null);
  const [moved, setMoved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const sitting = usePasswordSitting(staffId);

  if (state.status === 'loading') {
    return (
      <p className="prose prose--muted" aria-busy="true">
        {t('walkthrough.person.loading')}
      </p>
    );
  }
  if (state.status === 'failed') return <ErrorBanner error={state.failure} onRetry={() => void reload()} />;

  const plan = state.value;
  const name = displayName(plan);
  // Resumes where the person left off; a finished walkthrough opens on its summary.
  const current = Math.min(index ?? plan.resumeIndex, plan.steps.length - 1);
  const showFinished = finished ?? plan.complete;

  const go = (next: number) => {
    setIndex(next);
    setFinished(false);
    setMoved(true);
  };

  const saved = (next: WalkthroughPlan, step: PlanStep) => {
    set(next);
    setAnnouncement(t('walkthrough.saved', { step: stepTitle(t, step) }));
    if (current >= next.steps.length - 1 || next.complete) {
      // The last step, or every step answered: the summary, unless steps remain open.
      const open = next.steps.findIndex((candidate) => candidate.answer === null);
      if (open === -1) {
        setFinished(true);
        setMoved(true);
        return;
      }
      if (current >= next.steps.length - 1) return go(open);
    }
    go(current + 1);
  };

  const notPossible = plan.steps.filter((step) => step.answer?.answer === 'not-possible').length;

  return (
    <div className="wt-person">
      <div className="panel wt-person__head">
        <div className="wt-person__who">
          <p className="wt-person__name">{t('walkthrough.person.heading', { name })}</p>
          <p className="wt-person__privacy">
            <Icon name="lock" />
            <span>{t('walkthrough.person.privacy', { name })}</span>
          </p>
        </div>
        <ProgressLine
          label={t('walkthrough.person.bar', { name })}
          value={plan.answered}
          max={plan.total}
          text={t('walkthrough.person.progress', { answered: plan.answered, total: plan.total })}
        />
        <Button className="button button--secondary" onPress={onLeave}>
          <Icon name="staff" />
          {t('walkthrough.person.switch')}
        </Button>
      </div>
      <SaveStatus done={announcement} collapse />
      <div className="wt-layout">
        <Stepper plan={plan} current={showFinished ? -1 : current} onGo={go} />
        <div className="wt-main">
          {showFinished ? (
            <FinishedView name={name} notPossible={notPossible} focus={moved} onReview={() => go(0)} onNext={onLeave} />
          ) : (
            <StepView
              key={plan.steps[current]!.key}
              plan={plan}
              index={current}
              focusHeading={moved}
              onSaved={saved}
              onBack={() => go(Math.max(0, current - 1))}
              onPlan={set}
              sittingId={sitting.sittingId}
              onSittingEnded={sitting.renew}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function FinishedView(props: { name: string; notPossible: number; focus: boolean; onReview(): void; onNext(): void }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('walkthrough.finished.title', { name: props.name })} icon="checkCircle" className="wt-finished">
      <p className="prose">{t('walkthrough.finished.body')}</p>
      {props.notPossible > 0 ? (
        <p className="wt-finished__open">
          <Icon name="warning" />
          <span>{t('walkthrough.finished.notPossible', { count: props.notPossible })}</span>
        </p>
      ) : null}
      <div className="split-row wt-actions">
        <Button className="button button--secondary" onPress={props.onReview}>
          {t('walkthrough.finished.review')}
        </Button>
        <Button className="button button--primary" onPress={props.onNext} autoFocus={props.focus}>
          {t('walkthrough.finished.next')}
          <Icon name="arrowRight" />
        </Button>
      </div>
    </Panel>
  );
}
