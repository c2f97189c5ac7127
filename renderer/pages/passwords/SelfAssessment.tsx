import { useId } from 'react';
import { Button, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DECLARATION_QUESTIONS, standingOf, type PasswordResults } from '../../../electron/core/model/schemas/password.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { displayName } from '../staff/labels.ts';
import { accountName, standingLabel } from './labels.ts';
import { StoredVerdictDetails, VerdictChip } from './StoredVerdictView.tsx';
import { useSelfAssessment } from './use-self-assessment.ts';

type Person = PasswordResults['persons'][number];
type Account = Person['accounts'][number];

interface SelfAssessmentProps {
  person: Person;
  onSaved(): void;
  onClose(): void;
}

/**
 * The no-typing alternative for a shared computer: per account, four questions answered yes or no,
 * saved as "declared" evidence. It says, before and after, that a declaration counts less than a
 * checked password.
 */
export function SelfAssessment({ person, onSaved, onClose }: SelfAssessmentProps) {
  const { t } = useTranslation();
  const name = displayName(person);
  return (
    <Panel title={t('passwords.declare.heading', { name })} icon="staff" className="pw-declare" data-person={name}>
      <p className="prose">{t('passwords.declare.lead')}</p>
      <ul className="result-items">
        {person.accounts.map((account) => (
          <DeclarationForm key={account.accountId} staffId={person.staffId} account={account} onSaved={onSaved} />
        ))}
      </ul>
      <div className="button-row">
        <Button className="button button--secondary" onPress={onClose}>
          <Icon name="close" />
          {t('passwords.declare.close')}
        </Button>
      </div>
    </Panel>
  );
}

function DeclarationForm({ staffId, account, onSaved }: { staffId: string; account: Account; onSaved(): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const label = accountName(t, account);
  const form = useSelfAssessment(staffId, account.accountId, onSaved);
  const savedStanding = form.saved ? standingOf('never-checked', form.saved.answers) : null;
  return (
    <li className="result-item pw-declare__account" data-account={account.accountId} aria-labelledby={titleId}>
      <div className="split-row">
        <h3 id={titleId} className="result-item__name">
          {label}
        </h3>
        <VerdictChip account={account} />
      </div>
      <StoredVerdictDetails account={account} />
      <form
        className="pw-declare__form"
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        {DECLARATION_QUESTIONS.map((question) => (
          <RadioGroup
            key={question}
            className="pw-declare__question"
            orientation="horizontal"
            aria-label={`${t(`passwords.declare.questions.${question}`)} — ${label}`}
            value={form.draft[question] ?? null}
            onChange={(value) => form.answer(question, value as 'yes' | 'no')}
            data-question={question}
          >
            <span className="pw-declare__label" aria-hidden="true">
              {t(`passwords.declare.questions.${question}`)}
            </span>
            <span className="pw-declare__options">
              {(['yes', 'no'] as const).map((value) => (
                <Radio key={value} value={value} className="choice pw-declare__choice">
                  <span className="choice__indicator" aria-hidden="true" />
                  <span className="choice__label">{t(`passwords.declare.${value}`)}</span>
                </Radio>
              ))}
            </span>
          </RadioGroup>
        ))}
        <div className="button-row">
          <Button type="submit" className="button button--primary" isDisabled={!form.complete || form.busy}>
            <Icon name="check" />
            {form.busy ? t('passwords.declare.saving') : t('passwords.declare.save')}
          </Button>
          {form.complete ? null : <span className="text-hint">{t('passwords.declare.incomplete')}</span>}
        </div>
      </form>
      {form.failure ? <ErrorBanner error={form.failure} /> : null}
      <p role="status" className="save-status pw-declare__saved">
        {form.saved && savedStanding ? t('passwords.declare.saved', { account: label, standing: standingLabel(t, savedStanding, true) }) : ''}
      </p>
    </li>
  );
}
