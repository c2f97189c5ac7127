import { useTranslation } from 'react-i18next';
import type { EmailResult, PersonResult } from '../../../electron/core/model/schemas/breach-check.ts';
import { StatusChip } from '../../components/StatusChip.tsx';
import { EmailResultView } from './EmailResultView.tsx';
import { STATUS_TONE } from './labels.ts';
import { BreachAdvice } from './BreachAdvice.tsx';
import { StolenPasswordLine } from './StealerLogsPanel.tsx';

interface PersonResultsProps {
  person: PersonResult;
  corpusNames: ReadonlyMap<string, string>;
  onRetry?: (email: EmailResult) => void;
  /** A stealer log names one of this person's addresses: said here too, whatever the breach status. */
  stolen?: boolean;
}

/** One person: every address of theirs, and what to do when one was found in a breach. */
export function PersonResults({ person, corpusNames, onRetry, stolen = false }: PersonResultsProps) {
  const { t } = useTranslation();
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  const status =
    person.status === 'breached'
      ? t('breaches.status.personBreached')
      : person.status === 'clean'
        ? t('breaches.status.personClean')
        : t('breaches.status.personNotChecked');
  // A stolen password outranks any breach status: this person is never shown green.
  const modifier = stolen ? 'breached' : person.status;
  return (
    <li className={`result-person breach-person breach-person--${modifier}`} data-person={name}>
      <div className="split-row">
        <h3 className="result-person__name">{name}</h3>
        <StatusChip tone={stolen ? 'danger' : STATUS_TONE[person.status]} label={stolen ? t('watch.stealerLogs.personChip') : status} />
      </div>
      {stolen ? <StolenPasswordLine /> : null}
      <ul className="result-items">
        {person.emails.map((email) => (
          <EmailResultView key={email.accountId} email={email} corpusNames={corpusNames} {...(onRetry ? { onRetry } : {})} />
        ))}
      </ul>
      {person.status === 'breached' ? <BreachAdvice /> : null}
    </li>
  );
}
