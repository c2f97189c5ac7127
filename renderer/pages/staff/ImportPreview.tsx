import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button, Cell, Checkbox, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ShowMore } from './ShowMore.tsx';
import { useTranslation } from 'react-i18next';
import {
  ROSTER_FIELDS,
  type ColumnMapping,
  type Encoding,
  type PreviewRow,
  type RosterField,
  type RosterPreview,
} from '../../../electron/core/model/schemas/roster-import.ts';
import type { FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { ENCODINGS, assignColumn, delimiterKey, fieldOfColumn } from './catalog.ts';
import { ChipList, EmailList } from './EmailList.tsx';
import { displayName, issueText, noticeText, roleText } from './labels.ts';

/** Lines drawn at once: a 10,000-line file previews without freezing the page. */
export const PREVIEW_PAGE_SIZE = 200;

type MappingChoice = RosterField | 'ignore';

interface ImportPreviewProps {
  preview: RosterPreview;
  /** 'auto' while the encoding is the detected one. */
  encodingChoice: Encoding | 'auto';
  busy: null | 'updating' | 'committing';
  failure: FailureText | null;
  onEncoding: (encoding: Encoding) => void;
  onMapping: (mapping: ColumnMapping) => void;
  /** Lines proposed as shared mailboxes that the user said are people. */
  keptAsPeople: readonly number[];
  /** This line is a person, not a shared mailbox (false: propose it as a shared mailbox again). */
  onKeepAsPerson: (line: number, person: boolean) => void;
  onCommit: () => void;
  onCancel: () => void;
}

interface PreviewLineProps {
  row: PreviewRow;
  rows: readonly PreviewRow[];
  /** The user said this line, proposed as a shared mailbox, is a person. */
  kept: boolean;
  disabled: boolean;
  onKeepAsPerson: (line: number, person: boolean) => void;
}

/** The choice on a generic address's line: a person after all, or back to a shared mailbox. */
function SharedChoice({ row, kept, disabled, onKeepAsPerson }: Omit<PreviewLineProps, 'rows'>) {
  const { t } = useTranslation();
  const address = row.person.emails[0] ?? '';
  return kept ? (
    <span className="inline-row staff-shared">
      <span className="data-table__hint">{t('staff.preview.shared.keptAsPerson')}</span>
      <Button
        className="button button--secondary button--small staff-shared__choice"
        isDisabled={disabled}
        aria-label={t('staff.preview.shared.proposeAgainFor', { line: row.line, address })}
        onPress={() => onKeepAsPerson(row.line, false)}
      >
        {t('staff.preview.shared.proposeAgain')}
      </Button>
    </span>
  ) : (
    <Button
      className="button button--secondary button--small staff-shared__choice"
      isDisabled={disabled}
      aria-label={t('staff.preview.shared.isPersonFor', { line: row.line, address })}
      onPress={() => onKeepAsPerson(row.line, true)}
    >
      <Icon name="staff" />
      {t('staff.preview.shared.isPerson')}
    </Button>
  );
}

function PreviewLine({ row, rows, kept, disabled, onKeepAsPerson }: PreviewLineProps) {
  const { t } = useTranslation();
  const name = displayName(row.person);
  // A generic address (accueil@…) is proposed as a shared mailbox of the person who answers for it.
  const owner = row.shared?.ownerLine ? rows.find((other) => other.line === row.shared!.ownerLine) : undefined;
  return (
    <Row id={row.line} className={`staff-table__row staff-table__row--${row.status}`}>
      <Cell className="staff-table__cell staff-table__cell--line">{row.line}</Cell>
      <Cell className="staff-table__cell">
        {row.status === 'ready' ? (
          <StatusChip tone="success" label={t('staff.preview.status.ready')} />
        ) : (
          <StatusChip tone="danger" label={t('staff.preview.status.error')} />
        )}
      </Cell>
      <Cell className="staff-table__cell staff-table__cell--person">
        <span className={name ? 'data-table__name' : 'data-table__name staff-muted'}>
          {name || t('staff.preview.noName')}
        </span>
        {row.shared ? (
          <span className="inline-row staff-shared">
            <StatusChip tone="info" label={t('staff.preview.shared.label', { name: row.shared.name })} />
            {owner ? <span className="data-table__hint">{t('staff.preview.shared.owner', { name: displayName(owner.person) })}</span> : null}
          </span>
        ) : (
          <span className="data-table__hint">{roleText(t, row.person)}</span>
        )}
        {row.shared || kept ? <SharedChoice row={row} kept={kept} disabled={disabled} onKeepAsPerson={onKeepAsPerson} /> : null}
        {!row.shared && row.person.services.length > 0 ? (
          <ChipList labels={row.person.services.map((service) => t(`staff.services.${service}`))} />
        ) : null}
      </Cell>
      <Cell className="staff-table__cell">
        {row.person.emails.length === 0 ? (
          <span className="staff-muted">{t('staff.preview.noEmail')}</span>
        ) : (
          <EmailList emails={row.person.emails} />
        )}
      </Cell>
      <Cell className="staff-table__cell">
        {row.issues.length + row.notices.length === 0 ? (
          <span className="staff-muted">{t('staff.preview.noDetails')}</span>
        ) : (
          <ul className="staff-reasons">
            {row.issues.map((issue, index) => (
              <li key={`issue-${index}`} className="staff-reason staff-reason--issue">
                <Icon name="cross" className="staff-reason__icon" />
                <span>
                  <span className="visually-hidden">{t('staff.preview.issueLabel')} : </span>
                  {issueText(t, issue)}
                </span>
              </li>
            ))}
            {row.notices.map((notice, index) => (
              <li key={`notice-${index}`} className="staff-reason staff-reason--notice">
                <Icon name="info" className="staff-reason__icon" />
                <span>
                  <span className="visually-hidden">{t('staff.preview.noticeLabel')} : </span>
                  {noticeText(t, notice)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Cell>
    </Row>
  );
}

/** The import as it will happen: file facts, columns, problems, every line; then import or cancel. */
export function ImportPreview(props: ImportPreviewProps) {
  const { preview, encodingChoice, busy, failure, onEncoding, onMapping, keptAsPeople, onKeepAsPerson, onCommit, onCancel } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [limit, setLimit] = useState(PREVIEW_PAGE_SIZE);

  // A new file's preview takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [preview.fileName]);

  const { totals } = preview;
  const errorsShown = onlyErrors && totals.errors > 0;
  const rows = useMemo(
    () => (errorsShown ? preview.rows.filter((row) => row.status === 'error') : preview.rows),
    [preview.rows, errorsShown],
  );
  const visible = rows.slice(0, limit);
  const remaining = rows.length - visible.length;

  const fieldOptions = [
    ...ROSTER_FIELDS.map((field) => ({ id: field as MappingChoice, label: t(`staff.preview.mapping.fields.${field}`) })),
    { id: 'ignore' as MappingChoice, label: t('staff.preview.mapping.fields.ignore') },
  ];
  const encodingOptions = ENCODINGS.map((encoding) => ({ id: encoding, label: t(`staff.preview.encodings.${encoding}`) }));

  return (
    <section className="panel staff-preview" aria-labelledby={headingId} aria-busy={busy !== null}>
      <div className="panel__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title staff-preview__title">
          <Icon name="file" className="panel__icon" />
          <span>{t('staff.preview.title')}</span>
        </h2>
        {busy === 'updating' ? <span className="staff-muted">{t('staff.preview.updating')}</span> : null}
      </div>
      <div className="panel__body">
        <p className="prose prose--muted">{t('staff.preview.lead')}</p>

        <div className="staff-preview__facts">
          <dl className="staff-facts">
            <div className="staff-facts__item">
              <dt>{t('staff.preview.file')}</dt>
              <dd className="staff-facts__file">{preview.fileName}</dd>
            </div>
            <div className="staff-facts__item">
              <dt>{t('staff.preview.delimiter')}</dt>
              <dd>{t(`staff.preview.delimiters.${delimiterKey(preview.delimiter)}`)}</dd>
            </div>
          </dl>
          <SelectField
            className="staff-preview__encoding"
            label={t('staff.preview.encoding')}
            description={encodingChoice === 'auto' ? t('staff.preview.encodingDetected') : t('staff.preview.encodingChosen')}
            options={encodingOptions}
            value={preview.encoding}
            isDisabled={busy === 'committing'}
            onChange={(encoding) => {
              if (encoding !== preview.encoding) onEncoding(encoding);
            }}
          />
        </div>

        <div className="staff-mapping">
          <h3 className="staff-subtitle">{t('staff.preview.mapping.title')}</h3>
          <p className="staff-hint">{t('staff.preview.mapping.lead')}</p>
          <div className="staff-mapping__grid">
            {preview.headers.map((header, column) => {
              const number = column + 1;
              const title = header.trim() || t('staff.preview.mapping.untitled', { number });
              return (
                <SelectField<MappingChoice>
                  key={column}
                  className="staff-mapping__column"
                  label={title}
                  description={t('staff.preview.mapping.columnNumber', { number })}
                  options={fieldOptions}
                  value={fieldOfColumn(preview.mapping, column) ?? 'ignore'}
                  isDisabled={busy === 'committing'}
                  onChange={(choice) =>
                    onMapping(assignColumn(preview.mapping, column, choice === 'ignore' ? null : choice))
                  }
                />
              );
            })}
          </div>
        </div>

        {preview.fileIssues.length > 0 ? (
          <ul className="staff-file-issues">
            {preview.fileIssues.map((issue) => (
              <li key={issue} className="staff-file-issue">
                <Icon name="warning" className="staff-file-issue__icon" />
                <span>{t(`staff.preview.fileIssues.${issue}`)}</span>
              </li>
            ))}
          </ul>
        ) : null}

        <div className="staff-totals">
          <h3 className="staff-subtitle">{t('staff.preview.totalsTitle')}</h3>
          <p className="staff-totals__line">
            <span className="staff-totals__rows">{t('staff.preview.rows', { count: totals.rows })}</span>
            <StatusChip tone="success" label={t('staff.preview.ready', { count: totals.ready })} />
            <StatusChip
              tone={totals.errors > 0 ? 'danger' : 'neutral'}
              label={t('staff.preview.errors', { count: totals.errors })}
            />
          </p>
          {totals.errors > 0 ? <p className="staff-hint">{t('staff.preview.errorsNote')}</p> : null}
        </div>

        <Checkbox
          className="checkbox"
          isSelected={errorsShown}
          isDisabled={totals.errors === 0}
          onChange={(selected) => {
            setOnlyErrors(selected);
            setLimit(PREVIEW_PAGE_SIZE);
          }}
        >
          <span className="checkbox__box" aria-hidden="true">
            <Icon name="check" className="checkbox__tick" />
          </span>
          <span>{t('staff.preview.onlyErrors')}</span>
        </Checkbox>

        <div className="staff-table-wrap">
          <Table className="staff-table staff-table--preview" aria-label={t('staff.preview.rowsTable')}>
            <TableHeader className="staff-table__head">
              <Column id="line" isRowHeader className="staff-table__column staff-table__column--line">
                {t('staff.preview.columns.line')}
              </Column>
              <Column id="status" className="staff-table__column">
                {t('staff.preview.columns.status')}
              </Column>
              <Column id="person" className="staff-table__column">
                {t('staff.preview.columns.person')}
              </Column>
              <Column id="emails" className="staff-table__column">
                {t('staff.preview.columns.emails')}
              </Column>
              <Column id="details" className="staff-table__column">
                {t('staff.preview.columns.details')}
              </Column>
            </TableHeader>
            <TableBody
              items={visible}
              dependencies={[keptAsPeople, busy]}
              className="staff-table__body"
              renderEmptyState={() => <p className="staff-table__empty">{t('staff.preview.noRows')}</p>}
            >
              {(row) => (
                <PreviewLine
                  key={row.line}
                  row={row}
                  rows={preview.rows}
                  kept={keptAsPeople.includes(row.line)}
                  disabled={busy !== null}
                  onKeepAsPerson={onKeepAsPerson}
                />
              )}
            </TableBody>
          </Table>
        </div>
        {remaining > 0 ? (
          <ShowMore
            status={t('staff.preview.showing', { shown: visible.length, count: rows.length })}
            label={t('staff.preview.showMore', { count: Math.min(PREVIEW_PAGE_SIZE, remaining) })}
            onMore={() => setLimit((current) => current + PREVIEW_PAGE_SIZE)}
          />
        ) : null}

        {failure ? <ErrorBanner error={failure} /> : null}

        <div className="staff-preview__actions">
          <Button
            className="button button--primary"
            isDisabled={totals.ready === 0 || busy !== null}
            onPress={onCommit}
          >
            {busy === 'committing' ? t('staff.preview.committing') : t('staff.preview.commit', { count: totals.ready })}
          </Button>
          <Button className="button button--secondary" isDisabled={busy === 'committing'} onPress={onCancel}>
            {t('staff.preview.cancel')}
          </Button>
        </div>
      </div>
    </section>
  );
}
