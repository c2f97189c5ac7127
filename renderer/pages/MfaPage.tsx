import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MfaCell, MfaMatrixRow } from '../../electron/core/model/schemas/mfa-matrix.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Icon } from '../components/Icon.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { CoveragePanel } from './mfa/CoveragePanel.tsx';
import { DeclareDialog } from './mfa/DeclareDialog.tsx';
import { DomainHygienePanel } from './mfa/DomainHygienePanel.tsx';
import { MfaMatrixTable } from './mfa/MfaMatrixTable.tsx';
import { accountText } from './mfa/mfa-status.ts';
import { displayName } from './staff/labels.ts';

/** Who has which second factor on which account, gaps first; declare a status; the e-mail domain's DNS. */
export function MfaPage() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(api.mfa.matrix);
  const [declaring, setDeclaring] = useState<{ row: MfaMatrixRow; cell: MfaCell } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <>
      <PageHeader title={t('pages.mfa.title')} lead={t('pages.mfa.lead')} />
      <SaveStatus done={announcement} collapse />

      {state.status === 'loading' ? (
        <Panel title={t('mfa.matrix.title')} icon="mfa">
          <p className="prose prose--muted" aria-busy="true">
            {t('mfa.matrix.loading')}
          </p>
        </Panel>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : state.value.rows.length === 0 ? (
        <Panel title={t('mfa.matrix.title')} icon="mfa">
          <p className="prose">{t('mfa.matrix.empty')}</p>
          <Link href="/staff" className="button button--primary empty-action">
            {t('mfa.matrix.toStaff')}
          </Link>
        </Panel>
      ) : (
        <>
          <CoveragePanel coverage={state.value.coverage} />
          <Panel title={t('mfa.matrix.title')} icon="mfa" className="mfa-matrix-panel">
            <p className="prose">{t('mfa.matrix.lead')}</p>
            <MfaMatrixTable matrix={state.value} onDeclare={(row, cell) => setDeclaring({ row, cell })} />
            <p className="mfa-legend">
              <Icon name="info" className="mfa-legend__icon" />
              <span>
                <strong>{t('mfa.legend.title')}.</strong> {t('mfa.legend.body')}
              </span>
            </p>
          </Panel>
        </>
      )}

      <DomainHygienePanel />

      {declaring ? (
        <DeclareDialog
          personName={displayName(declaring.row)}
          accountLabel={accountText(t, declaring.cell.service, declaring.cell.identifier)}
          cell={declaring.cell}
          onClose={() => setDeclaring(null)}
          onSaved={(status) => {
            const { row, cell } = declaring;
            setDeclaring(null);
            void reload();
            setAnnouncement(
              t('mfa.declare.saved', {
                name: displayName(row),
                account: accountText(t, cell.service, cell.identifier),
                status: t(`mfa.status.${status}`),
              }),
            );
          }}
        />
      ) : null}
    </>
  );
}
