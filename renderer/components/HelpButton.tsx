import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PAGE_IDS } from '../app/navigation.ts';
import { Icon } from './Icon.tsx';

/** Every page, the first-run setup and "Je pense être piratée" have a "?": texts under `help.topics.<topic>` (areas/help.*.json). */
export const HELP_TOPICS = [...PAGE_IDS, 'setup', 'hacked'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export function isHelpTopic(value: unknown): value is HelpTopic {
  return typeof value === 'string' && (HELP_TOPICS as readonly string[]).includes(value);
}

const PARAGRAPHS = ['what', 'why', 'start'] as const;

/**
 * The "?" beside a page's title: a short explanation of the page in the interface's language,
 * in a popover that Escape closes, focus returning to the "?".
 */
export function HelpButton({ topic }: { topic: HelpTopic }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="help-button" aria-label={t('help.open', { page: t(`help.topics.${topic}.title`) })}>
        <Icon name="help" className="help-button__icon" />
      </Button>
      <Popover className="help-popover" placement="bottom start" offset={8}>
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
    </DialogTrigger>
  );
}
