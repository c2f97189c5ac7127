/**
 * react-aria's usePress adds a <style id="react-aria-pressable-style"> to <head> on first use
 * (a `touch-action` rule). Our CSP (`style-src 'self'`) refuses inline styles, which would log a
 * violation. It skips the injection when an element with that id already exists, so we put a
 * marker there and ship the same rule in our own stylesheet (styles/base.css).
 */
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

export function preventReactAriaStyleInjection(): void {
  if (document.getElementById(PRESSABLE_STYLE_ID)) return;
  const marker = document.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  marker.name = 'hygie-csp-note';
  marker.content = 'react-aria pressable rule lives in the bundled stylesheet';
  document.head.prepend(marker);
}
