import { useEffect, useId, useRef } from 'react';
import { Button } from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanAccount, PlanStep, WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';
import { Icon } from '../../components/Icon.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { MfaStatusBadge } from '../mfa/MfaStatusBadge.tsx';
import { ChecklistItem } from './ChecklistItem.tsx';
import { NotifyMeOffer } from './NotifyMeOffer.tsx';
import type { Screen } from './screens.ts';

interface AccountScreenProps {
  plan: WalkthroughPlan;
  screen: Screen;
  index: number;
  total: number;
  focusHeading: boolean;
  onSaved(plan: WalkthroughPlan, step: PlanStep): void;
  onChooseProvider(accountId: string, provider: string): void;
  onBack(): void;
  onNext(): void;
  sittingId: string | null;
  onSittingEnded(): void;
}

/** One account on one screen: who it is with, then its items as one checklist, answered in any order. */
export function AccountScreen(props: AccountScreenProps) {
  const { plan, screen, index, total } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const account = screen.account;
  const isLast = index === total - 1;

  useEffect(() => {
    if (props.focusHeading) headingRef.current?.focus();
  }, [props.focusHeading, screen.key]);

  return (
    <article className="panel wt-step" aria-labelledby={headingId}>
      <p className="wt-step__counter">{t('walkthrough.screen.of', { current: index + 1, total })}</p>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="wt-step__title">
        {account ? t(`staff.services.${account.service}`) : t('walkthrough.stepper.person')}
        {account?.identifier ? <span className="wt-account__identifier"> {account.identifier}</span> : null}
      </h2>

      {account ? (
        <div className="wt-account">
          {account.shared ? (
            <p className="inline-row wt-account__meta wt-account__shared">
              <Icon name="staff" />
              {sharedLine(t, account)}
            </p>
          ) : null}
          <p className="inline-row wt-account__meta">
            {t('walkthrough.account.provider', { name: account.provider.name[language] })}
            {account.providerChoices.length > 0 ? <span className="wt-account__source"> — {t(`walkthrough.account.source.${account.provider.source}`)}</span> : null}
          </p>
          {account.mfa ? (
            <p className="inline-row wt-account__meta">
              {t('walkthrough.account.currentMfa')}
              <MfaStatusBadge status={account.mfa.status} />
            </p>
          ) : null}
          {account.providerChoices.length > 0 ? (
            <SelectField
              className="wt-account__provider"
              label={t('walkthrough.account.chooseProvider')}
              description={t('walkthrough.account.chooseProviderHint')}
              options={account.providerChoices.map((choice) => ({ id: choice.id, label: choice.name[language] }))}
              value={account.provider.source === 'default' ? null : account.provider.id}
              placeholder={t('walkthrough.account.choosePlaceholder')}
              onChange={(provider) => props.onChooseProvider(account.accountId, provider)}
            />
          ) : null}
          {account.service === 'mailbox' ? <NotifyMeOffer accountId={account.accountId} /> : null}
        </div>
      ) : (
        <p className="prose">{t('walkthrough.screen.personLead')}</p>
      )}

      <p className="text-hint">{t('walkthrough.screen.anyOrder')}</p>
      <ul className="wt-checklist">
        {screen.steps.map((step) => (
          <ChecklistItem
            key={step.key}
            plan={plan}
            step={step}
            account={account}
            onSaved={props.onSaved}
            sittingId={props.sittingId}
            onSittingEnded={props.onSittingEnded}
          />
        ))}
      </ul>

      <div className="split-row wt-actions">
        <Button className="button button--secondary" isDisabled={index === 0} onPress={props.onBack}>
          {t('walkthrough.actions.back')}
        </Button>
        <Button className="button button--primary" onPress={props.onNext}>
          {isLast ? t('walkthrough.actions.finish') : t('walkthrough.actions.next')}
          <Icon name="arrowRight" />
        </Button>
      </div>
    </article>
  );
}

/** "Shared mailbox “Accueil”, also used by …: you answer for it." */
function sharedLine(t: TFunction, account: PlanAccount): string {
  const shared = account.shared!;
  const users = shared.users.map((user) => user.name).join(', ');
  const mailbox = account.service === 'mailbox';
  if (shared.users.length === 0) return mailbox ? t('walkthrough.screen.shared', { name: shared.name }) : t('walkthrough.screen.sharedAccount', { name: shared.name });
  return mailbox ? t('walkthrough.screen.sharedMailboxWith', { name: shared.name, users }) : t('walkthrough.screen.sharedWith', { name: shared.name, users });
}
