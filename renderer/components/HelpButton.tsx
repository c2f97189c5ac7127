import { lazy, Suspense, useRef, useState } from 'react';
import { Button } from 'react-aria-components/Button';
import { useTranslation } from 'react-i18next';
import type { HelpTopic } from './help-topics.ts';
import { Icon } from './Icon.tsx';

export { HELP_TOPICS, isHelpTopic, type HelpTopic } from './help-topics.ts';

/** The popover's code, fetched once: as the "?" is pointed at or focused, so that it is there when pressed. */
let popoverCode: Promise<typeof import('./HelpPopover.tsx')> | null = null;
function loadPopover() {
  popoverCode ??= import('./HelpPopover.tsx');
  popoverCode.catch(() => (popoverCode = null));
  return popoverCode;
}
const HelpPopover = lazy(async () => ({ default: (await loadPopover()).HelpPopover }));

/**
 * The "?" beside a page's title: a short explanation of the page in the interface's language,
 * in a popover that Escape closes, focus returning to the "?" (HelpPopover.tsx, loaded when first
 * needed).
 */
export function HelpButton({ topic }: { topic: HelpTopic }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={triggerRef}
        className="help-button"
        aria-label={t('help.open', { page: t(`help.topics.${topic}.title`) })}
        aria-haspopup="dialog"
        aria-expanded={open}
        onHoverStart={() => void loadPopover()}
        onFocus={() => void loadPopover()}
        onPress={() => setOpen((wasOpen) => !wasOpen)}
      >
        <Icon name="help" className="help-button__icon" />
      </Button>
      {open ? (
        // Nothing while its code comes (from the local disk, at once): no flash of a loading line.
        <Suspense fallback={null}>
          <HelpPopover topic={topic} triggerRef={triggerRef} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
