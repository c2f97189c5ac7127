import { useMemo, useState } from 'react';
import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MfaCell, MfaMatrix, MfaMatrixRow } from '../../electron/core/model/schemas/mfa-matrix.ts';
import { api } from '../api/client.ts';
import { useLoad } from '../app/use-load.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Icon } from '../components/Icon.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { SaveStatus } from '../components/SaveStatus.tsx';
import { CoveragePanel } from './mfa/CoveragePanel.tsx';
import { DeclareDialog } from './mfa/DeclareDialog.tsx';
import { DomainNotice } from './mfa/DomainNotice.tsx';
import { MfaFilters } from './mfa/MfaFilters.tsx';
import { MfaMatrixTable } from './mfa/MfaMatrixTable.tsx';
import { accountText } from './mfa/mfa-status.ts';
import { filterMatrix, isFiltered, rowHaystack, useMfaFilters } from './mfa/use-mfa-filters.ts';
import { displayName, roleText } from './staff/labels.ts';

/** The matrix under its filters: search, person, service (kept in the address), and how many rows show. */
function FilteredMatrix({ matrix, onDeclare }: { matrix: MfaMatrix; onDeclare(row: MfaMatrixRow, cell: MfaCell): void }) {
  const { t } = useTranslation();
  const [filters, change] = useMfaFilters(matrix);
  // Folded once per matrix and language: typing filters without re-reading every row's words.
  const haystacks = useMemo(
    () => new Map(matrix.rows.map((row) => [row.staffId, rowHaystack(row, roleText(t, row), (service) => t(`staff.services.${service}`))])),
    [matrix, t],
  );
  const { rows, services } = filterMatrix(matrix, filters, (row) => haystacks.get(row.staffId) ?? '');
  return (
    <Panel
      title={t('mfa.matrix.title')}
      icon="mfa"
      className="mfa-matrix-panel"
      aside={
        <span className="staff-count" aria-live="polite">
          {isFiltered(filters) ? t('mfa.filters.countFiltered', { matches: rows.length, count: matrix.rows.length }) : t('mfa.filters.count', { count: matrix.rows.length })}
        </span>
      }
    >
      <p className="prose">{t('mfa.matrix.lead')}</p>
      <MfaFilters matrix={matrix} filters={filters} onChange={change} />
      {rows.length === 0 ? (
        <p className="prose mfa-matrix__none">{t('mfa.filters.none')}</p>
      ) : (
        <MfaMatrixTable rows={rows} services={services} onDeclare={onDeclare} />
      )}
      <p className="mfa-legend">
        <Icon name="info" className="mfa-legend__icon" />
        <span>
          <strong>{t('mfa.legend.title')}.</strong> {t('mfa.legend.body')}
        </span>
      </p>
    </Panel>
  );
}

/** Who has which second factor on which account, gaps first, searched and filtered; declare a status. The e-mail domain's checks are in Settings (one sentence here when they need a look). */
export function MfaPage() {
  const { t } = useTranslation();
  const { state, reload } = useLoad(api.mfa.matrix);
  const [declaring, setDeclaring] = useState<{ row: MfaMatrixRow; cell: MfaCell } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <>
      <PageHeader title={t('pages.mfa.title')} lead={t('pages.mfa.lead')} />
      <SaveStatus done={announcement} collapse />
      <DomainNotice />

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
          <FilteredMatrix matrix={state.value} onDeclare={(row, cell) => setDeclaring({ row, cell })} />
        </>
      )}

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
