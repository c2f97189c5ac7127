import { useTranslation } from 'react-i18next';
import type { Practice } from '../../../electron/core/model/schemas/practice.ts';
import { usePreferences } from '../../app/preferences-context.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PracticeForm } from './PracticeForm.tsx';
import { RestoreEntry } from './RestoreEntry.tsx';
import { StandaloneScreen } from './StandaloneScreen.tsx';

/**
 * First run: the store is ready but empty. Present the practice, then the app opens; or, on a new
 * computer with the recovery kit, restore the practice's data instead (`onRestore`).
 */
export function PracticeSetupScreen({ onDone, onRestore }: { onDone(practice: Practice): void; onRestore(): void }) {
  const { t } = useTranslation();
  const { startupFailure } = usePreferences();
  return (
    <StandaloneScreen className="setup">
      <PageHeader title={t('setup.title')} lead={t('setup.lead')} />
      {startupFailure ? <ErrorBanner error={startupFailure} /> : null}
      <p className="setup__privacy">
        <Icon name="lock" className="setup__privacy-icon" />
        <span>{t('setup.privacy')}</span>
      </p>
      <RestoreEntry title={t('recovery.restore.entryTitle')} lead={t('recovery.restore.entryLead')} onRestore={onRestore} />
      <div className="panel setup__card">
        <PracticeForm initial={null} submitLabel={t('setup.submit')} onSaved={onDone} />
      </div>
    </StandaloneScreen>
  );
}
