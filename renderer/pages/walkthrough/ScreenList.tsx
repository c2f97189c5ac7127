import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import type { Screen } from './screens.ts';

/** The person's screens (one per account, then the person's own), each a button to go to it. */
export function ScreenList({ screens, current, onGo }: { screens: readonly Screen[]; current: number; onGo(index: number): void }) {
  const { t } = useTranslation();
  return (
    <nav className="wt-stepper" aria-label={t('walkthrough.stepper.label')}>
      <ol className="wt-stepper__list">
        {screens.map((screen, index) => {
          const complete = screen.settled === screen.steps.length;
          const label = screen.account ? t(`staff.services.${screen.account.service}`) : t('walkthrough.stepper.person');
          return (
            <li key={screen.key}>
              <Button
                className={`wt-stepper__step wt-stepper__step--${complete ? 'done' : 'open'}${index === current ? ' wt-stepper__step--current' : ''}`}
                aria-current={index === current ? 'step' : undefined}
                onPress={() => onGo(index)}
              >
                <Icon name={complete ? 'check' : 'notChecked'} className="wt-stepper__icon" />
                <span className="wt-stepper__title">
                  {label}
                  {screen.account?.identifier ? <span className="wt-stepper__detail">{screen.account.identifier}</span> : null}
                </span>
                <span className="wt-stepper__count">{t('walkthrough.stepper.count', { settled: screen.settled, total: screen.steps.length })}</span>
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
