import { createContext } from 'react';
import type { HelpTopic } from './HelpButton.tsx';

/** The help topic of the page on screen, given by the layout from the route; null: no "?". */
export const HelpTopicContext = createContext<HelpTopic | null>(null);
