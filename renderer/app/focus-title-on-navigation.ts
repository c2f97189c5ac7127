import { useLayoutEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusPageTitle } from '../components/page-title.ts';

/** Navigation state that keeps focus where it is: a change within the page (a tab of Settings). */
export const KEEP_FOCUS = { keepFocus: true } as const;

function keepsFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { keepFocus?: unknown }).keepFocus === true;
}

/**
 * After each navigation (not the first page shown), move focus to the new page's h1 so a
 * screen reader announces where the user landed, and start reading from the top. Keyed on the
 * location's key, not its path: choosing the page you are already on also lands on its title.
 * A change the page makes to its own address (KEEP_FOCUS) leaves focus and scroll alone.
 * A layout effect: focus moves in the same task as the new page's commit, so nothing (a
 * keystroke, a screen reader, a test) can see the new page with focus still on the old link.
 */
export function useFocusTitleOnNavigation(): void {
  const { key, state } = useLocation();
  const firstRender = useRef(true);
  const keep = keepsFocus(state);
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (keep) return;
    window.scrollTo(0, 0);
    focusPageTitle();
  }, [key, keep]);
}
