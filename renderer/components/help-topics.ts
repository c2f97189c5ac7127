import { PAGE_IDS } from '../app/navigation.ts';

/** Every page, the first-run setup and "Je pense être piratée" have a "?": texts under `help.topics.<topic>` (areas/help.*.json). */
export const HELP_TOPICS = [...PAGE_IDS, 'setup', 'hacked'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export function isHelpTopic(value: unknown): value is HelpTopic {
  return typeof value === 'string' && (HELP_TOPICS as readonly string[]).includes(value);
}
