import type { ReactNode } from 'react';
import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../electron/core/model/schemas/report.ts';
import { pathOf, type PageId } from '../../app/navigation.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { StatusFlags, StatusTiles } from '../../components/StatusTiles.tsx';

// One panel per area of the audit, each with its counts and a link to its page. What was not
// checked is always its own count, grey, never added to a good one.

function AreaPanel({ page, title, link, children }: { page: PageId; title: string; link: string; children: ReactNode }) {
  return (
    <Panel title={title} icon={page} className="dashboard-area">
      {children}
      <Link href={pathOf(page)} className="text-link dashboard-area__link">
        <span>{link}</span>
        <Icon name="arrowRight" className="text-link__icon" />
      </Link>
    </Panel>
  );
}

function BreachesArea({ breaches }: { breaches: DashboardSummary['breaches'] }) {
  const { t } = useTranslation();
  const title = t('dashboard.breaches.title');
  return (
    <AreaPanel page="breaches" title={title} link={t('dashboard.breaches.link')}>
      <StatusTiles
        label={title}
        scope={t('dashboard.breaches.scope', { count: breaches.mailboxes })}
        tiles={[
          // Open breaches only; a mailbox whose password was changed since is "fixed", its own tile.
          { status: 'breached', tone: 'danger', label: t('dashboard.breaches.breached'), value: breaches.breached },
          ...(breaches.remediated > 0
            ? [{ status: 'remediated', tone: 'success' as const, icon: 'lock' as const, label: t('dashboard.breaches.remediated'), value: breaches.remediated }]
            : []),
          { status: 'clean', tone: 'success', label: t('dashboard.breaches.clean'), value: breaches.clean },
          { status: 'not-checked', tone: 'neutral', label: t('dashboard.breaches.notChecked'), value: breaches.notChecked },
        ]}
      />
    </AreaPanel>
  );
}

function PasswordsArea({ passwords }: { passwords: DashboardSummary['passwords'] }) {
  const { t } = useTranslation();
  const title = t('dashboard.passwords.title');
  return (
    <AreaPanel page="passwords" title={title} link={t('dashboard.passwords.link')}>
      <StatusTiles
        label={title}
        scope={t('dashboard.passwords.scope', { count: passwords.accounts })}
        tiles={[
          { status: 'fail', tone: 'danger', label: t('dashboard.passwords.fail'), value: passwords.fail },
          { status: 'pass', tone: 'success', label: t('dashboard.passwords.pass'), value: passwords.pass },
          { status: 'not-checked', tone: 'neutral', label: t('dashboard.passwords.notChecked'), value: passwords.notChecked },
        ]}
      >
        <StatusFlags
          flags={[
            ...(passwords.pwned > 0 ? [{ flag: 'pwned', label: t('dashboard.passwords.pwned', { count: passwords.pwned }) }] : []),
            ...(passwords.reused > 0 ? [{ flag: 'reused', label: t('dashboard.passwords.reused', { count: passwords.reused }) }] : []),
          ]}
        />
      </StatusTiles>
    </AreaPanel>
  );
}

function MfaArea({ coverage }: { coverage: DashboardSummary['mfaCoverage'] }) {
  const { t } = useTranslation();
  return (
    <AreaPanel page="mfa" title={t('dashboard.mfa.title')} link={t('dashboard.mfa.link')}>
      {coverage.length === 0 ? (
        <p className="prose prose--muted">{t('dashboard.mfa.empty')}</p>
      ) : (
        <ul className="dashboard-mfa" aria-label={t('dashboard.mfa.title')}>
          {coverage.map((item) => {
            // A factor the report counts as a finding (e-mail code; SMS on a mailbox or amelipro)
            // is "weak", not protected: the meter and the figure count the others only.
            const strong = Math.max(0, item.protected - item.weak);
            const share = item.accounts === 0 ? 0 : strong / item.accounts;
            const level = share === 1 ? 'full' : share >= 0.5 ? 'partial' : 'low';
            const service = t(`staff.services.${item.service}`);
            const figure = t('dashboard.mfa.protected', { protected: strong, accounts: item.accounts });
            return (
              <li key={item.service} className="dashboard-mfa__item" data-service={item.service}>
                <span className="dashboard-mfa__service">{service}</span>
                <span className="dashboard-mfa__figure">{figure}</span>
                <meter
                  className={`dashboard-mfa__meter dashboard-mfa__meter--${level}`}
                  min={0}
                  max={Math.max(item.accounts, 1)}
                  value={strong}
                  aria-label={service}
                  aria-valuetext={figure}
                />
                {item.weak > 0 ? (
                  <span className="dashboard-mfa__weak">
                    <Icon name="warning" className="dashboard-mfa__weak-icon" />
                    {t('dashboard.mfa.weak', { count: item.weak })}
                  </span>
                ) : null}
                {item.none > 0 || item.unknown > 0 ? (
                  <span className="dashboard-mfa__gaps">
                    {[
                      item.none > 0 ? t('dashboard.mfa.none', { count: item.none }) : null,
                      item.unknown > 0 ? t('dashboard.mfa.unknown', { count: item.unknown }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </AreaPanel>
  );
}

function WalkthroughArea({ walkthrough }: { walkthrough: DashboardSummary['walkthrough'] }) {
  const { t } = useTranslation();
  const title = t('dashboard.walkthrough.title');
  // "started" counts everyone who answered a step, finished or not (the report's summary).
  const inProgress = Math.max(0, walkthrough.started - walkthrough.complete);
  const notStarted = Math.max(0, walkthrough.people - walkthrough.complete - inProgress);
  return (
    <AreaPanel page="walkthrough" title={title} link={t('dashboard.walkthrough.link')}>
      <StatusTiles
        label={title}
        scope={t('dashboard.walkthrough.scope', { count: walkthrough.people })}
        tiles={[
          { status: 'complete', tone: 'success', label: t('dashboard.walkthrough.complete'), value: walkthrough.complete },
          { status: 'started', tone: 'info', label: t('dashboard.walkthrough.started'), value: inProgress },
          { status: 'not-started', tone: 'neutral', label: t('dashboard.walkthrough.notStarted'), value: notStarted },
        ]}
      />
    </AreaPanel>
  );
}

export function AreaPanels({ summary }: { summary: DashboardSummary }) {
  return (
    <div className="dashboard-areas">
      <BreachesArea breaches={summary.breaches} />
      <MfaArea coverage={summary.mfaCoverage} />
      <PasswordsArea passwords={summary.passwords} />
      <WalkthroughArea walkthrough={summary.walkthrough} />
    </div>
  );
}
