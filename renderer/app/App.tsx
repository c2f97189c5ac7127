import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components/I18nProvider';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { uiLocale } from '../components/format.ts';
import { PreferencesProvider } from './preferences-context.tsx';
import type { Startup } from './startup.ts';
import { StoreGate } from './StoreGate.tsx';

/** react-aria's own locale (dates, numbers, its few built-in strings) follows the interface. */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={uiLocale(i18n.language)}>{children}</I18nProvider>;
}

/** Language first (saved or the system's), then the store gate: problem screen, first-run setup, or the app. */
export function App({ startup }: { startup: Startup }) {
  return (
    <I18nextProvider i18n={startup.i18n}>
      <AriaLocale>
        <PreferencesProvider initial={startup.preferences} startupFailure={startup.failure}>
          <StoreGate />
        </PreferencesProvider>
      </AriaLocale>
    </I18nextProvider>
  );
}
