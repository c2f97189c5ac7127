import itemsEn from '../text/walkthrough-items.en.ts';
import itemsFr from '../text/walkthrough-items.fr.ts';
import type { Language } from '../text/template.ts';
import type { ServiceId } from './schemas/staff.ts';
import type { WalkthroughStepId } from './schemas/walkthrough.ts';

// The walkthrough items' titles and their own "how" (text/walkthrough-items.*.ts), for the screen
// (renderer/pages/walkthrough/step-texts.ts) and the printed sheet (hardening/walkthrough-sheet-pdf.ts):
// one source, so paper and screen name an item with the same words.

type ItemTexts = (typeof itemsFr)['walkthroughItems'];

const ITEMS: Readonly<Record<Language, ItemTexts>> = { fr: itemsFr.walkthroughItems, en: itemsEn.walkthroughItems as unknown as ItemTexts };

type ServiceWithOwnMfaTitle = keyof ItemTexts['enable-mfa']['titleBy'];

function hasOwnMfaTitle(service: ServiceId | null): service is ServiceWithOwnMfaTitle {
  return service !== null && Object.hasOwn(itemsFr.walkthroughItems['enable-mfa'].titleBy, service);
}

/** An item's title; the MFA item says what it means on the services that have their own words for it. */
export function walkthroughItemTitle(language: Language, step: WalkthroughStepId, service: ServiceId | null): string {
  const items = ITEMS[language];
  if (step === 'enable-mfa' && hasOwnMfaTitle(service)) return items['enable-mfa'].titleBy[service];
  return items[step].title;
}

/** The numbered "how" of an item the services catalogue does not describe; [] for the others. */
export function walkthroughItemOwnHow(language: Language, step: WalkthroughStepId): readonly string[] {
  const item = ITEMS[language][step];
  return 'how' in item ? item.how : [];
}
