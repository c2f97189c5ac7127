import type { ReactElement } from 'react';
import { createHashRouter } from 'react-router';
import { ActionsPage } from '../pages/ActionsPage.tsx';
import { BreachesPage } from '../pages/BreachesPage.tsx';
import { DashboardPage } from '../pages/DashboardPage.tsx';
import { MfaPage } from '../pages/MfaPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PasswordsPage } from '../pages/PasswordsPage.tsx';
import { ReportsPage } from '../pages/ReportsPage.tsx';
import { RouteErrorPage } from '../pages/RouteErrorPage.tsx';
import { SettingsPage } from '../pages/SettingsPage.tsx';
import { StaffPage } from '../pages/StaffPage.tsx';
import { WalkthroughPage } from '../pages/WalkthroughPage.tsx';
import { Layout } from './Layout.tsx';
import { NAVIGATION, type PageId } from './navigation.ts';

const PAGES: Record<PageId, ReactElement> = {
  dashboard: <DashboardPage />,
  actions: <ActionsPage />,
  staff: <StaffPage />,
  breaches: <BreachesPage />,
  passwords: <PasswordsPage />,
  mfa: <MfaPage />,
  walkthrough: <WalkthroughPage />,
  reports: <ReportsPage />,
  settings: <SettingsPage />,
};

/**
 * Hash routing: the app is served as one file from `app://hygie/index.html`, so the route
 * lives after the `#` (`#/staff`) and a reload never asks the protocol for another path.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Layout />,
      children: [
        {
          // A page that throws shows RouteErrorPage inside the layout: the sidebar stays usable.
          errorElement: <RouteErrorPage />,
          children: [
            ...NAVIGATION.map((entry) =>
              entry.path === '/'
                ? { index: true, element: PAGES[entry.id] }
                : { path: entry.path, element: PAGES[entry.id] },
            ),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
