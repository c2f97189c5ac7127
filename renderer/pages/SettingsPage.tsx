import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader.tsx';
import { AboutSection } from './settings/AboutSection.tsx';
import { AuditJournal } from './settings/AuditJournal.tsx';
import { LanguageSetting } from './settings/LanguageSetting.tsx';
import { PracticeSettings } from './settings/PracticeSettings.tsx';
import { ServicesSettings } from './settings/ServicesSettings.tsx';
import { LocalSourcesSettings } from './settings/LocalSourcesSettings.tsx';
import { DirectorySettings } from './settings/DirectorySettings.tsx';
import { DataFolderSection } from './settings/DataFolderSection.tsx';
import { RecoveryKitSection } from './settings/RecoveryKitSection.tsx';
import { WatchSettingsSection } from './settings/WatchSettingsSection.tsx';

/** The practice, the breach services, the directory, the recovery kit, the language, the journal of what was done, and About. */
export function SettingsPage() {
  const { t } = useTranslation();
  // Each change made here is also a line in the journal: re-read it after one.
  const [journalKey, setJournalKey] = useState(0);
  const changed = useCallback(() => setJournalKey((key) => key + 1), []);
  return (
    <>
      <PageHeader title={t('pages.settings.title')} lead={t('pages.settings.lead')} />
      <div className="stack">
        <PracticeSettings onChanged={changed} />
        <WatchSettingsSection onChanged={changed} />
        <ServicesSettings onChanged={changed} />
        <LocalSourcesSettings onChanged={changed} refreshKey={journalKey} />
        <DirectorySettings onChanged={changed} />
        <RecoveryKitSection onChanged={changed} />
        <LanguageSetting />
        <AuditJournal refreshKey={journalKey} />
        <DataFolderSection />
        <AboutSection />
      </div>
    </>
  );
}
