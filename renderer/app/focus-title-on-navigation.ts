import { useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPageTitle } from '../components/page-title.ts';

/**
 * After each navigation (not the first page shown), move focus to the new page's h1 so a
 * screen reader announces where the user landed, and start reading from the top. Keyed on the
 * location's key, not its path: choosing the page you are already on also lands on its title.
 * A layout effect: focus moves in the same task as the new page's commit, so nothing (a
 * keystroke, a screen reader, a test) can see the new page with focus still on the old link.
 */
export function useFocusTitleOnNavigation(): void {
  const { key } = useLocation();
  const firstRender = useRef(true);
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    focusPageTitle();
  }, [key]);
}
