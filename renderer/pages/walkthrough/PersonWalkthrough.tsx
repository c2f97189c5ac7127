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
import { useAction } from '../../components/use-action.ts';
import { AccountScreen } from './AccountScreen.tsx';
import { PrintSheetButton, PrintSheetStatus } from './PrintSheet.tsx';
import { ProgressLine } from './ProgressLine.tsx';
import { ScreenList } from './ScreenList.tsx';
import { resumeScreen, screensOf } from './screens.ts';
import { stepTitle } from './step-texts.ts';
import { usePasswordSitting } from './use-password-sitting.ts';
import { usePrintSheet } from './use-print-sheet.ts';

interface PersonWalkthroughProps {
  staffId: string;
  /** Leave this person: the page drops everything about them. */
  onLeave(): void;
}

/** One person's walkthrough: one screen per account, then their own; the time left; the end. */
export function PersonWalkthrough({ staffId, onLeave }: PersonWalkthroughProps) {
  const { t, i18n } = useTranslation();
  const fetchPlan = useCallback(() => api.walkthrough.plan({ staffId }), [staffId]);
  const { state, reload, set } = useLoad(fetchPlan);
  const [index, setIndex] = useState<number | null>(null);
  const [finished, setFinished] = useState<boolean | null>(null);
  const [moved, setMoved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const provider = useAction();
  const sitting = usePasswordSitting(staffId);
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const sheet = usePrintSheet(staffId, language);

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
  const screens = screensOf(plan);
  // Resumes on the first screen with an item left; a finished walkthrough opens on its summary.
  const current = Math.min(index ?? resumeScreen(screens), screens.length - 1);
  const showFinished = finished ?? plan.complete;

  const go = (next: number) => {
    setIndex(next);
    setFinished(false);
    setMoved(true);
  };

  const saved = (next: WalkthroughPlan, step: PlanStep) => {
    // Stay on this screen: the resume point moves as items get answers, the person does not.
    if (index === null) setIndex(current);
    set(next);
    setAnnouncement(t('walkthrough.saved', { step: stepTitle(step, language) }));
  };

  const next = () => {
    if (current < screens.length - 1) return go(current + 1);
    setFinished(true);
    setMoved(true);
  };

  const notPossible = plan.steps.filter((step) => step.answer?.answer === 'not-possible').length;
  const open = plan.total - plan.answered - plan.later;

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
        <div className="wt-person__progress">
          <ProgressLine
            label={t('walkthrough.person.bar', { name })}
            value={plan.answered}
            max={plan.total}
            text={t('walkthrough.person.progress', { answered: plan.answered, total: plan.total })}
          />
          <p className="wt-person__time">
            <Icon name="clock" />
            <span>{plan.minutesLeft > 0 ? t('walkthrough.person.timeLeft', { count: plan.minutesLeft }) : t('walkthrough.person.noTimeLeft')}</span>
          </p>
        </div>
        <div className="wt-person__actions">
          <PrintSheetButton sheet={sheet} />
          <Button className="button button--secondary" onPress={onLeave}>
            <Icon name="staff" />
            {t('walkthrough.person.switch')}
          </Button>
        </div>
      </div>
      <PrintSheetStatus sheet={sheet} />
      <SaveStatus done={announcement} collapse />
      {provider.failure ? <ErrorBanner error={provider.failure} /> : null}
      <div className="wt-layout">
        <ScreenList screens={screens} current={showFinished ? -1 : current} onGo={go} />
        <div className="wt-main">
          {showFinished ? (
            <FinishedView name={name} notPossible={notPossible} later={plan.later} open={open} focus={moved} onReview={() => go(0)} onNext={onLeave} />
          ) : (
            <AccountScreen
              key={screens[current]!.key}
              plan={plan}
              screen={screens[current]!}
              index={current}
              total={screens.length}
              focusHeading={moved}
              onSaved={saved}
              onChooseProvider={(accountId, chosen) =>
                void provider.run(async () => set(await api.walkthrough.chooseProvider({ staffId: plan.staffId, accountId, provider: chosen })))
              }
              onBack={() => go(Math.max(0, current - 1))}
              onNext={next}
              sittingId={sitting.sittingId}
              onSittingEnded={sitting.renew}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function FinishedView(props: { name: string; notPossible: number; later: number; open: number; focus: boolean; onReview(): void; onNext(): void }) {
  const { t } = useTranslation();
  return (
    <Panel title={t(props.open > 0 ? 'walkthrough.finished.titleOpen' : 'walkthrough.finished.title', { name: props.name })} icon="checkCircle" className="wt-finished">
      <p className="prose">{props.open > 0 ? t('walkthrough.finished.open', { count: props.open }) : t('walkthrough.finished.body')}</p>
      {props.later > 0 ? (
        <p className="wt-finished__later">
          <Icon name="clock" />
          <span>{t('walkthrough.finished.later', { count: props.later })}</span>
        </p>
      ) : null}
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
