import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PasswordCheckResult, PasswordResults } from '../../../electron/core/model/schemas/password.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { displayName } from '../staff/labels.ts';
import { accountName } from './labels.ts';
import { PasswordChecker } from './PasswordChecker.tsx';
import { StoredVerdictDetails, VerdictChip } from './StoredVerdictView.tsx';
import { IDLE_CLEAR_MS, SITTING_IDLE_MS, useIdleWithoutActivity } from './use-idle-clear.ts';

interface SittingViewProps {
  person: PasswordResults['persons'][number];
  sittingId: string;
  openAccountId: string | null;
  onOpen(accountId: string | null): void;
  onChecked(result: PasswordCheckResult): void;
  onSittingEnded(): void;
  onNext(): void;
  /** No key pressed and no pointer used on the page for `SITTING_IDLE_MS`: the host ends the sitting. */
  onIdle(): void;
}

/**
 * The person at the desk: their accounts only (mailbox first), one checker open at a time. It goes
 * after `SITTING_IDLE_MS` without activity, as with "Next person", so nobody's accounts stay on a
 * front-desk screen once they have walked away.
 */
export function SittingView({ person, sittingId, openAccountId, onOpen, onChecked, onSittingEnded, onNext, onIdle }: SittingViewProps) {
  const { t } = useTranslation();
  useIdleWithoutActivity(onIdle, SITTING_IDLE_MS);
  const name = displayName(person);
  // password.results lists them in risk order already: mailbox first, then the hardest hit.
  const accounts = person.accounts;
  return (
    <>
      <div className="panel pw-sitting" data-person={name}>
        <div className="split-row">
          <p className="pw-sitting__name">{t('passwords.sitting.heading', { name })}</p>
          <Button className="button button--primary" onPress={onNext}>
            <Icon name="staff" />
            {t('passwords.sitting.next')}
          </Button>
        </div>
        <p className="pw-sitting__privacy">
          <Icon name="lock" />
          <span>{t('passwords.sitting.privacy', { name, seconds: IDLE_CLEAR_MS / 1000, minutes: SITTING_IDLE_MS / 60_000 })}</span>
        </p>
      </div>

      <Panel title={t('passwords.sitting.accountsTitle', { name })} icon="passwords">
        {accounts.length === 0 ? (
          <>
            <p className="prose">{t('passwords.sitting.noAccounts')}</p>
            <Link href="/staff" className="button button--secondary empty-action">
              {t('passwords.sitting.toStaff')}
            </Link>
          </>
        ) : (
          <>
            <p className="prose prose--muted">{t('passwords.sitting.accountsLead')}</p>
            <ul className="result-items">
              {accounts.map((account) => {
                const label = accountName(t, account);
                const open = account.accountId === openAccountId;
                return (
                  <li key={account.accountId} className={open ? 'result-item pw-account pw-account--open' : 'result-item pw-account'} data-account={account.accountId}>
                    <div className="split-row">
                      <p className="result-item__name">{label}</p>
                      <span className="inline-row">
                        <VerdictChip account={account} />
                        {open ? null : (
                          <Button
                            className="button button--secondary button--small pw-account__check"
                            aria-label={t('passwords.sitting.checkFor', { account: label })}
                            onPress={() => onOpen(account.accountId)}
                          >
                            <Icon name="passwords" />
                            {t('passwords.sitting.check')}
                          </Button>
                        )}
                      </span>
                    </div>
                    {open ? null : <StoredVerdictDetails account={account} />}
                    {open ? (
                      <PasswordChecker
                        key={`${sittingId}:${account.accountId}`}
                        staffId={person.staffId}
                        account={account}
                        sittingId={sittingId}
                        onChecked={onChecked}
                        onSittingEnded={onSittingEnded}
                        onClose={() => {
                          onOpen(null);
                          // Back to the button that opened it, for the keyboard; unless focus
                          // has already moved on (a fast keyboard user opening another account).
                          requestAnimationFrame(() => {
                            const active = document.activeElement;
                            if (active && active !== document.body) return;
                            const selector = `.pw-account[data-account="${CSS.escape(account.accountId)}"] .pw-account__check`;
                            document.querySelector<HTMLElement>(selector)?.focus();
                          });
                        }}
                      />
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Panel>
    </>
  );
}
