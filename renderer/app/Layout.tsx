import { Suspense, type MouseEvent } from 'react';
// react-aria's own module for it: the packages' index modules would bring every component into this first script.
import { RouterProvider as AriaRouterProvider } from 'react-aria/private/utils/openLink';
import { useTranslation } from 'react-i18next';
import { Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { isHelpTopic, type HelpTopic } from '../components/HelpButton.tsx';
import { HelpTopicContext } from '../components/help-topic-context.ts';
import { focusPageTitle } from '../components/page-title.ts';
import { useFocusTitleOnNavigation } from './focus-title-on-navigation.ts';
import { HACKED_PATH, NAVIGATION } from './navigation.ts';
import { usePreferences } from './preferences-context.tsx';
import { Sidebar } from './Sidebar.tsx';

const MAIN_ID = 'main-content';

/**
 * A native link, not a router link: with hash routing, `href="#main-content"` would be read as
 * a route. The click moves focus to the page title (or <main>) without touching the URL.
 */
function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    if (!focusPageTitle()) document.getElementById(MAIN_ID)?.focus();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      {t('app.skipToContent')}
    </a>
  );
}

/** The "?" of the page at this path: the page's own id, or null for a page without one. */
function helpTopicOf(pathname: string): HelpTopic | null {
  if (pathname === HACKED_PATH) return 'hacked';
  const id = NAVIGATION.find((entry) => entry.path === pathname)?.id;
  return isHelpTopic(id) ? id : null;
}

/** Sidebar on the left, the current page on the right. */
export function Layout() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { startupFailure } = usePreferences();
  useFocusTitleOnNavigation();

  return (
    // react-aria-components' Links navigate through react-router, and render hash hrefs.
    <AriaRouterProvider navigate={(path) => void navigate(path)} useHref={useHref}>
      <div className="shell">
        <SkipLink />
        <Sidebar />
        <main id={MAIN_ID} className="shell__main" tabIndex={-1}>
          <div className="shell__content">
            {startupFailure ? <ErrorBanner error={startupFailure} /> : null}
            <HelpTopicContext value={helpTopicOf(pathname)}>
              {/* A page's code loads the first time it is shown (routes.tsx). Moving between pages keeps
                  the current one until the next is ready (the router's navigations are transitions), so
                  this shows only when the app opens on a page not loaded yet. */}
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </HelpTopicContext>
          </div>
        </main>
      </div>
    </AriaRouterProvider>
  );
}
