import { Button } from 'react-aria-components/Button';
import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import type { BreachSourceChoice as Choice, FirstRunStatus } from '../../../../electron/core/model/schemas/first-run.ts';
import { api } from '../../../api/client.ts';
import { ErrorBanner } from '../../../components/ErrorBanner.tsx';
import { formatDate } from '../../../components/format.ts';
import { Icon } from '../../../components/Icon.tsx';
import { ProviderDetails } from '../../../components/ProviderDetails.tsx';
import { useAction } from '../../../components/use-action.ts';
import { HELP_LINKS } from '../../help-links.ts';
import { STEP_HREF } from './steps.ts';


/** What the IT provider needs to know to buy a key: the plans, what each sends, what they cost. */
function PlanDetails() {
  const { t } = useTranslation();
  return (
    <ProviderDetails>
      <p className="prose">{t('firstRun.breachSource.details.intro')}</p>
      <ul className="plain-list">
        <li>{t('firstRun.breachSource.details.core')}</li>
        <li>{t('firstRun.breachSource.details.pro')}</li>
        <li>{t('firstRun.breachSource.details.local')}</li>
      </ul>
      <p className="text-hint">{t('firstRun.breachSource.details.prices')}</p>
      <p>
        <a className="text-link" href={HELP_LINKS.hibpKey} target="_blank" rel="noopener noreferrer">
          {t('firstRun.breachSource.details.buy')}
        </a>
      </p>
    </ProviderDetails>
  );
}

interface BreachSourceChoiceProps {
  status: FirstRunStatus;
  /** The status as the engine gives it back after a choice. */
  onChanged(status: FirstRunStatus): void;
  /** This step is the one to do now: its way forward is the page's primary action. */
  current: boolean;
}

/**
 * How breaches will be checked, in the secretary's words: a key the IT provider buys and enters,
 * or lists of breached addresses only, or later. A key or a list, once there, ticks the step by
 * itself; the two choices are recorded because nothing else would show them.
 */
export function BreachSourceChoice({ status, onChanged, current }: BreachSourceChoiceProps) {
  // The choice buttons are disabled, not "pending", while a choice saves: it takes a blink, and the
  // button a pending state would announce is gone by then.
  const { t, i18n } = useTranslation();
  const choosing = useAction();
  const { choice, choiceAt } = status.breachSource;
  const choose = (next: Choice | null) => void choosing.run(async () => onChanged(await api.firstRun.chooseBreachSource({ choice: next })));

  if (choice === 'later') {
    return (
      <div className="first-run__detail">
        <p className="prose">{t('firstRun.breachSource.postponed', { date: choiceAt ? formatDate(choiceAt, i18n.language) : '' })}</p>
        <Button className="button button--secondary button--small" isDisabled={choosing.busy} onPress={() => choose(null)}>
          {t('firstRun.breachSource.chooseNow')}
        </Button>
        {choosing.failure ? <ErrorBanner error={choosing.failure} /> : null}
      </div>
    );
  }

  if (choice === 'local-only') {
    return (
      <div className="first-run__detail">
        <p className="prose">{t('firstRun.breachSource.localChosen')}</p>
        <div className="button-row">
          <Link href={STEP_HREF.breachSource} className={current ? 'button button--primary' : 'button button--secondary'}>
            <Icon name="arrowRight" />
            {t('firstRun.breachSource.toLists')}
          </Link>
          <Button className="button button--secondary" isDisabled={choosing.busy} onPress={() => choose(null)}>
            {t('firstRun.breachSource.changeMind')}
          </Button>
        </div>
        {choosing.failure ? <ErrorBanner error={choosing.failure} /> : null}
        <PlanDetails />
      </div>
    );
  }

  return (
    <div className="first-run__detail">
      <p className="prose">{t('firstRun.breachSource.explain')}</p>
      <p className="prose">{t('firstRun.breachSource.askProvider')}</p>
      <div className="button-row">
        <Link href={STEP_HREF.breachSource} className={current ? 'button button--primary' : 'button button--secondary'}>
          <Icon name="arrowRight" />
          {t('firstRun.breachSource.toKey')}
        </Link>
        <Button className="button button--secondary" isDisabled={choosing.busy} onPress={() => choose('local-only')}>
          {t('firstRun.breachSource.localOnly')}
        </Button>
        <Button className="button button--secondary" isDisabled={choosing.busy} onPress={() => choose('later')}>
          {t('firstRun.breachSource.later')}
        </Button>
      </div>
      {choosing.failure ? <ErrorBanner error={choosing.failure} /> : null}
      <PlanDetails />
    </div>
  );
}
