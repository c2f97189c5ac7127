import { useCallback, useEffect, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { KEEP_FOCUS } from '../app/focus-title-on-navigation.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { AboutSection } from './settings/AboutSection.tsx';
import { AuditJournal } from './settings/AuditJournal.tsx';
import { DataFolderSection } from './settings/DataFolderSection.tsx';
import { DirectorySettings } from './settings/DirectorySettings.tsx';
import { LanguageSetting } from './settings/LanguageSetting.tsx';
import { LocalSourcesSettings } from './settings/LocalSourcesSettings.tsx';
import { PolicySettings } from './settings/PolicySettings.tsx';
import { PracticeSettings } from './settings/PracticeSettings.tsx';
import { RecoveryKitSection } from './settings/RecoveryKitSection.tsx';
import { WatchSettingsSection } from './settings/WatchSettingsSection.tsx';
import { ServicesSettings } from './settings/ServicesSettings.tsx';
import { DomainHygienePanel } from './settings/DomainHygienePanel.tsx';
import { isSettingsTab, SETTINGS_SECTIONS, SETTINGS_TABS, settingsSectionId, type SettingsTab } from './settings/settings-tabs.ts';

/**
 * Settings in tabs: the practice, the language and the journal for everyone; the IT provider's
 * tab for the breach services, the local lists, the directory, the reference policy, the e-mail
 * domain's checks and mailbox providers, the recovery kit and the data. Arrow keys move between tabs (react-aria); the tab is in the address.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const asked = params.get('tab');
  const tab: SettingsTab = isSettingsTab(asked) ? asked : 'practice';
  // Each change made here is also a line in the journal: re-read it after one.
  const [journalKey, setJournalKey] = useState(0);
  const changed = useCallback(() => setJournalKey((key) => key + 1), []);
  // A link to a section (the MFA page's "see the details"): bring it into view and put the focus on
  // it, after the navigation has focused the page's title.
  const section = SETTINGS_SECTIONS.find((known) => known === params.get('section')) ?? null;
  useEffect(() => {
    if (!section) return;
    const element = document.getElementById(settingsSectionId(section));
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [section, tab]);
  const choose = (key: unknown) => {
    if (isSettingsTab(key) && key !== tab) void navigate({ search: `?tab=${key}` }, { replace: true, state: KEEP_FOCUS });
  };

  return (
    <>
      <PageHeader title={t('pages.settings.title')} lead={t('pages.settings.lead')} />
      <Tabs className="settings-tabs" selectedKey={tab} onSelectionChange={choose}>
        <TabList className="settings-tabs__list" aria-label={t('settings.tabs.label')}>
          {SETTINGS_TABS.map((id) => (
            <Tab key={id} id={id} className={id === 'provider' ? 'settings-tabs__tab settings-tabs__tab--provider' : 'settings-tabs__tab'}>
              {t(`settings.tabs.${id}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="practice" className="settings-tabs__panel stack">
          <PracticeSettings onChanged={changed} />
          <WatchSettingsSection onChanged={changed} />
        </TabPanel>
        <TabPanel id="language" className="settings-tabs__panel stack">
          <LanguageSetting />
        </TabPanel>
        <TabPanel id="journal" className="settings-tabs__panel stack">
          <AuditJournal refreshKey={journalKey} />
        </TabPanel>
        <TabPanel id="provider" className="settings-tabs__panel stack">
          <p className="prose prose--muted settings-tabs__lead">{t('settings.tabs.providerLead')}</p>
          <ServicesSettings onChanged={changed} />
          <LocalSourcesSettings onChanged={changed} refreshKey={journalKey} />
          <DirectorySettings onChanged={changed} />
          <PolicySettings onChanged={changed} />
          <div id={settingsSectionId('domain')} tabIndex={-1} className="stack settings-section">
            <DomainHygienePanel />
          </div>
          <RecoveryKitSection onChanged={changed} />
          <DataFolderSection />
          <AboutSection />
        </TabPanel>
      </Tabs>
    </>
  );
}
