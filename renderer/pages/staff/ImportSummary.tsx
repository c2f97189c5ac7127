import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RosterImportResult } from '../../../electron/core/model/schemas/roster-import.ts';
import { Icon } from '../../components/Icon.tsx';
import { issueText } from './labels.ts';

const SUMMARY_PAGE_SIZE = 200;

interface ImportSummaryProps {
  fileName: string;
  result: RosterImportResult;
  onClose: () => void;
}

/** After an import: how many came in, and every line left out with its reasons. */
export function ImportSummary({ fileName, result, onClose }: ImportSummaryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [limit, setLimit] = useState(SUMMARY_PAGE_SIZE);
  const skipped = result.skipped;
  const visible = skipped.slice(0, limit);
  const remaining = skipped.length - visible.length;

  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [result.batchId]);

  return (
    <section className="panel staff-summary" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title staff-preview__title">
          <Icon name="checkCircle" className="panel__icon" />
          <span>{t('staff.summary.title')}</span>
        </h2>
      </div>
      <div className="panel__body">
        <p className="staff-summary__line">
          <strong>{t('staff.summary.imported', { count: result.imported })}</strong>
          {t('staff.summary.separator')}
          <strong className={skipped.length > 0 ? 'staff-summary__skipped' : undefined}>
            {t('staff.summary.skipped', { count: skipped.length })}
          </strong>
        </p>
        {result.sharedMailboxes > 0 ? <p className="staff-summary__line">{t('staff.summary.shared', { count: result.sharedMailboxes })}</p> : null}
        <p className="staff-muted">{t('staff.summary.file', { fileName })}</p>
        {skipped.length > 0 ? (
          <>
            <h3 className="staff-subtitle">{t('staff.summary.skippedTitle')}</h3>
            <ul className="staff-skipped">
              {visible.map((line) => (
                <li key={line.line} className="staff-skipped__item">
                  <span className="staff-skipped__line">{t('staff.summary.line', { line: line.line })}</span>
                  <ul className="staff-reasons">
                    {line.issues.map((issue, index) => (
                      <li key={index} className="staff-reason staff-reason--issue">
                        <Icon name="cross" className="staff-reason__icon" />
                        <span>{issueText(t, issue)}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
            {remaining > 0 ? (
              <Button className="button button--secondary" onPress={() => setLimit((current) => current + SUMMARY_PAGE_SIZE)}>
                {t('staff.summary.showMore', { count: Math.min(SUMMARY_PAGE_SIZE, remaining) })}
              </Button>
            ) : null}
          </>
        ) : null}
        <Button className="button button--secondary" onPress={onClose}>
          {t('staff.summary.close')}
        </Button>
      </div>
    </section>
  );
}
