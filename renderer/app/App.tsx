import { useState, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { PreferencesProvider } from './preferences-context.tsx';
import { createAppRouter } from './routes.tsx';
import type { Startup } from './startup.ts';

/** react-aria's own locale (dates, numbers, its few built-in strings) follows the interface. */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={i18n.language === 'en' ? 'en-GB' : 'fr-FR'}>{children}</I18nProvider>;
}

export function App({ startup }: { startup: Startup }) {
  const [router] = useState(createAppRouter);
  return (
    <I18nextProvider i18n={startup.i18n}>
      <AriaLocale>
        <PreferencesProvider initial={startup.preferences} startupFailure={startup.failure}>
          <RouterProvider router={router} />
        </PreferencesProvider>
      </AriaLocale>
    </I18nextProvider>
  );
}
