import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';
import { Icon, type IconName } from '../../components/Icon.tsx';
import { stepTitle } from './step-texts.ts';

const ANSWER_ICONS: Record<string, IconName> = {
  done: 'check',
  'not-possible': 'cross',
  'not-applicable': 'arrowRight',
  open: 'notChecked',
};

/** The steps, grouped by account in the plan's order; each one a button to go back to it. */
export function Stepper({ plan, current, onGo }: { plan: WalkthroughPlan; current: number; onGo(index: number): void }) {
  const { t } = useTranslation();
  const groups: { key: string; label: string; detail: string; items: number[] }[] = [];
  plan.steps.forEach((step, index) => {
    const key = step.accountId ?? 'person';
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      const account = plan.accounts.find((candidate) => candidate.accountId === step.accountId);
      group = {
        key,
        label: account ? t(`staff.services.${account.service}`) : t('walkthrough.stepper.person'),
        detail: account?.identifier ?? '',
        items: [],
      };
      groups.push(group);
    }
    group.items.push(index);
  });
  return (
    <nav className="wt-stepper" aria-label={t('walkthrough.stepper.label')}>
      {groups.map((group) => (
        <div key={group.key} className="wt-stepper__group">
          <p className="wt-stepper__account">
            {group.label}
            {group.detail ? <span className="wt-stepper__detail">{group.detail}</span> : null}
          </p>
          <ol className="wt-stepper__list">
            {group.items.map((index) => {
              const step = plan.steps[index]!;
              const state = step.answer?.answer ?? 'open';
              const label = t(`walkthrough.stepper.answer.${state}`);
              return (
                <li key={step.key}>
                  <Button
                    className={`wt-stepper__step wt-stepper__step--${state}${index === current ? ' wt-stepper__step--current' : ''}`}
                    aria-current={index === current ? 'step' : undefined}
                    onPress={() => onGo(index)}
                  >
                    <Icon name={ANSWER_ICONS[state] ?? 'notChecked'} className="wt-stepper__icon" />
                    <span className="wt-stepper__title">{stepTitle(t, step)}</span>
                    <span className="visually-hidden">, {label}</span>
                  </Button>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </nav>
  );
}
