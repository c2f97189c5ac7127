import { useTranslation } from 'react-i18next';
import type { PasswordResults } from '../../../electron/core/model/schemas/password.ts';
import { Panel } from '../../components/Panel.tsx';
import { displayName } from '../staff/labels.ts';
import { accountName } from './labels.ts';
import { StoredVerdictDetails, VerdictChip } from './StoredVerdictView.tsx';

/** Per person × account, the latest verdict: what the store keeps, never a password. */
export function ResultsOverview({ results }: { results: PasswordResults }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('passwords.overview.title')} icon="staff">
      <p className="prose prose--muted">{t('passwords.overview.lead')}</p>
      <ul className="result-people">
        {results.persons.map((person) => {
          const name = displayName(person);
          return (
            <li key={person.staffId} className="result-person" data-person={name}>
              <h3 className="result-person__name">{name}</h3>
              {person.accounts.length === 0 ? (
                <p className="text-hint">{t('passwords.overview.noAccounts')}</p>
              ) : (
                <ul className="result-items">
                  {person.accounts.map((account) => (
                    <li key={account.accountId} className="result-item pw-account" data-account={account.accountId}>
                      <div className="split-row">
                        <p className="result-item__name">{accountName(t, account)}</p>
                        <VerdictChip account={account} />
                      </div>
                      <StoredVerdictDetails account={account} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
