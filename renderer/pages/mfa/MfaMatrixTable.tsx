import { useId } from 'react';
import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { MfaCell, MfaMatrixRow } from '../../../electron/core/model/schemas/mfa-matrix.ts';
import type { ServiceId } from '../../../electron/core/model/schemas/staff.ts';
import { formatShortDate, formatShortDateTime } from '../../components/format.ts';
import { Icon } from '../../components/Icon.tsx';
import { displayName } from '../staff/labels.ts';
import { EmailAddress } from '../../components/EmailAddress.tsx';
import { MfaStatusBadge } from './MfaStatusBadge.tsx';
import { accountText, recordedByText } from './mfa-status.ts';

interface MfaMatrixTableProps {
  /** The rows and service columns to show (the page's filters applied), in the engine's order. */
  rows: readonly MfaMatrixRow[];
  services: readonly ServiceId[];
  onDeclare(row: MfaMatrixRow, cell: MfaCell): void;
}

/**
 * People × services, in the order the engine gives (gaps first). A cell holds each account of
 * that service (a person may have several mailboxes): its status, how and when it is known, and
 * a small button to declare it. Four services fit a 1280 px window; more scroll sideways inside
 * the panel, the person column staying in place.
 */
export function MfaMatrixTable({ rows, services, onDeclare }: MfaMatrixTableProps) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll mfa-matrix__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table mfa-matrix">
        <caption id={captionId} className="visually-hidden">
          {t('mfa.matrix.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('mfa.matrix.person')}</th>
            {services.map((service) => (
              <th key={service} scope="col">
                {t(`staff.services.${service}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = displayName(row);
            return (
              <tr key={row.staffId} className={row.criticalGap ? 'mfa-matrix__row mfa-matrix__row--gap' : 'mfa-matrix__row'}>
                <th scope="row">
                  <span className="data-table__name">{name}</span>
                  {row.criticalGap ? (
                    <span className="mfa-matrix__flag mfa-matrix__flag--critical">
                      <Icon name="warning" />
                      {t('mfa.matrix.criticalGap')}
                    </span>
                  ) : row.gaps > 0 ? (
                    <span className="mfa-matrix__flag">{t('mfa.matrix.gaps', { count: row.gaps })}</span>
                  ) : (
                    <span className="mfa-matrix__flag mfa-matrix__flag--ok">
                      <Icon name="check" />
                      {t('mfa.matrix.allProtected')}
                    </span>
                  )}
                  <Link
                    href={`/walkthrough?person=${encodeURIComponent(row.staffId)}`}
                    className="text-link mfa-matrix__walkthrough"
                    aria-label={t('mfa.matrix.walkthroughFor', { name })}
                  >
                    <Icon name="walkthrough" className="text-link__icon" />
                    {t('mfa.matrix.walkthrough')}
                  </Link>
                </th>
                {services.map((service) => {
                  const cells = row.cells.filter((cell) => cell.service === service);
                  return (
                    <td key={service} className="mfa-matrix__cell">
                      {cells.length === 0 ? (
                        <span className="mfa-matrix__unused">{t('mfa.matrix.notUsed')}</span>
                      ) : (
                        cells.map((cell) => {
                          const account = accountText(t, cell.service, cell.identifier);
                          // Short on screen ("Déclarée · 23/11/2026"); the whole sentence (time, who)
                          // for screen readers and as the hover text.
                          const meta = cell.record
                            ? t('mfa.cellMetaShort', {
                                evidence: t(`mfa.evidence.${cell.record.evidence}`),
                                date: formatShortDate(cell.record.checkedAt, i18n.language),
                              })
                            : t('mfa.cellNever');
                          const metaFull = cell.record
                            ? `${t('mfa.cellMeta', {
                                evidence: t(`mfa.evidence.${cell.record.evidence}`),
                                date: formatShortDateTime(cell.record.checkedAt, i18n.language),
                              })} ${t('mfa.cellBy', { who: recordedByText(cell.record.recordedBy) })}`
                            : meta;
                          return (
                            <div key={cell.accountId} className="mfa-matrix__account">
                              {cell.identifier ? (
                                <EmailAddress address={cell.identifier} className="mfa-matrix__identifier" />
                              ) : null}
                              <MfaStatusBadge status={cell.status} />
                              <Button
                                className="button button--secondary mfa-matrix__declare"
                                aria-label={t('mfa.matrix.declareFor', { name, account })}
                                onPress={() => onDeclare(row, cell)}
                              >
                                <Icon name="pencil" />
                              </Button>
                              <span className="mfa-matrix__meta" title={metaFull}>
                                <span aria-hidden="true">{meta}</span>
                                <span className="visually-hidden">{metaFull}</span>
                              </span>
                            </div>
                          );
                        })
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
