import type { ComponentType } from 'react';
import { createHashRouter } from 'react-router';
import { DashboardPage } from '../pages/DashboardPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { RouteErrorPage } from '../pages/RouteErrorPage.tsx';
import { Layout } from './Layout.tsx';
import { lazyComponent } from './lazy-component.ts';
import { HACKED_PATH, NAVIGATION, type PageId } from './navigation.ts';

/**
 * Each page's component. The dashboard, the first page shown, comes with the start of the app;
 * every other page is loaded the first time it is shown (a chunk of its own), under Layout's
 * <Suspense>. A new page: its id in navigation.ts, then one line here.
 */
const PAGES: Record<PageId, ComponentType> = {
  dashboard: DashboardPage,
  actions: lazyComponent(async () => (await import('../pages/ActionsPage.tsx')).ActionsPage),
  staff: lazyComponent(async () => (await import('../pages/StaffPage.tsx')).StaffPage),
  breaches: lazyComponent(async () => (await import('../pages/BreachesPage.tsx')).BreachesPage),
  passwords: lazyComponent(async () => (await import('../pages/PasswordsPage.tsx')).PasswordsPage),
  mfa: lazyComponent(async () => (await import('../pages/MfaPage.tsx')).MfaPage),
  walkthrough: lazyComponent(async () => (await import('../pages/WalkthroughPage.tsx')).WalkthroughPage),
  reports: lazyComponent(async () => (await import('../pages/ReportsPage.tsx')).ReportsPage),
  settings: lazyComponent(async () => (await import('../pages/SettingsPage.tsx')).SettingsPage),
};

/** "Je pense être piratée": reached from the sidebar's own link, not a navigation entry. */
const HackedPage = lazyComponent(async () => (await import('../pages/HackedPage.tsx')).HackedPage);

/**
 * Hash routing: the app is served as one file from `app://hygie/index.html`, so the route
 * lives after the `#` (`#/staff`) and a reload never asks the protocol for another path.
 * (Its chunks are files of the build like any other: the protocol serves them.)
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Layout />,
      children: [
        {
          // A page that throws (or whose code cannot be loaded) shows RouteErrorPage inside the
          // layout: the sidebar stays usable.
          errorElement: <RouteErrorPage />,
          children: [
            ...NAVIGATION.map((entry) => {
              const Page = PAGES[entry.id];
              return entry.path === '/' ? { index: true, element: <Page /> } : { path: entry.path, element: <Page /> };
            }),
            { path: HACKED_PATH, element: <HackedPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
