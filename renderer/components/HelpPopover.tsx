import type { RefObject } from 'react';
import { Dialog } from 'react-aria-components/Dialog';
import { Heading } from 'react-aria-components/Heading';
import { Popover } from 'react-aria-components/Popover';
import { useTranslation } from 'react-i18next';
import type { HelpTopic } from './help-topics.ts';

const PARAGRAPHS = ['what', 'why', 'start'] as const;

/**
 * The "?"'s explanation (HelpButton.tsx): a chunk of its own, loaded when the "?" is first
 * pointed at, focused or pressed, since react-aria's popover and dialog are much of what the
 * dashboard would otherwise carry in the window's first script. Escape or a click outside
 * closes it; focus returns to the "?".
 */
export function HelpPopover({ topic, triggerRef, onClose }: { topic: HelpTopic; triggerRef: RefObject<HTMLButtonElement | null>; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Popover className="help-popover" triggerRef={triggerRef} isOpen onOpenChange={(isOpen) => (isOpen ? undefined : onClose())} placement="bottom start" offset={8}>
      <Dialog className="help-popover__dialog">
        <Heading slot="title" className="help-popover__title">
          {t(`help.topics.${topic}.title`)}
        </Heading>
        {PARAGRAPHS.map((paragraph) => (
          <p key={paragraph} className="prose">
            {t(`help.topics.${topic}.${paragraph}`)}
          </p>
        ))}
      </Dialog>
    </Popover>
  );
}
