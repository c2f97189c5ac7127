import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import type { PrintSheet } from './use-print-sheet.ts';

/** The person's sheet on paper: the button in the walkthrough's head. */
export function PrintSheetButton({ sheet }: { sheet: PrintSheet }) {
  const { t } = useTranslation();
  return (
    <Button className="button button--secondary" isPending={sheet.save.busy} onPress={sheet.print}>
      <Icon name="file" />
      {sheet.save.busy ? t('walkthrough.sheet.saving') : t('walkthrough.sheet.print')}
    </Button>
  );
}

/** What became of it: saved (then open it to print), cancelled, or why it could not be written. */
export function PrintSheetStatus({ sheet }: { sheet: PrintSheet }) {
  const { t } = useTranslation();
  const { saved } = sheet;
  const status = saved?.saved ? t('walkthrough.sheet.saved', { fileName: saved.fileName }) : saved ? t('walkthrough.sheet.cancelled') : '';
  return (
    <>
      <div className="wt-sheet" hidden={!status}>
        <p role="status" className="wt-sheet__status">
          {status}
        </p>
        {saved?.saved ? (
          <>
            <p className="wt-sheet__hint">{t('walkthrough.sheet.hint')}</p>
            <Button className="button button--secondary" isPending={sheet.open.busy} onPress={sheet.openSheet}>
              <Icon name="file" />
              {t('walkthrough.sheet.open')}
            </Button>
            <p role="status" className="wt-sheet__status">
              {sheet.opened ? t('walkthrough.sheet.opened') : ''}
            </p>
          </>
        ) : null}
      </div>
      {sheet.save.failure ? <ErrorBanner error={sheet.save.failure} /> : null}
      {sheet.open.failure ? <ErrorBanner error={sheet.open.failure} /> : null}
    </>
  );
}
