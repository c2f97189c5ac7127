import { ERROR_MESSAGES } from '../model/error-messages.ts';
import { TEXTS } from '../text/messages.ts';
import { fill } from '../text/template.ts';
import type { RecoveryLanguage } from './recovery-words.ts';

// The recovery kit's words in each language (text/recovery.*.ts), with the app's button labels and
// the error the screen shows put in. French typography is in the texts (narrow no-break spaces are
// printed as no-break spaces, which Roboto has: recovery-kit-pdf.ts).

export interface KitFacts {
  practiceName: string | null;
  computerName: string;
  dataDir: string;
  backupsDir: string;
  generatedAt: string;
  generatedBy: string;
  hygieVersion: string;
}

/** The app's labels the steps name (renderer/i18n/areas/recovery.*.json). */
export const APP_LABELS = { fr: TEXTS.fr.recovery.appLabels, en: TEXTS.en.recovery.appLabels } as const;

/** A name that is safe on every system: letters, digits, spaces and dashes only. */
function safeName(name: string | null): string {
  const cleaned = (name ?? '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} -]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 60);
  return cleaned ? ` - ${cleaned}` : '';
}

/** The screen's own words where the key is missing, quoted as the user will read them. */
function firstSentence(text: string): string {
  return text.split(/\.(\s|$)/u)[0]!;
}

/** The kit's words in one language, the app's labels and the error's words put in. */
function kitTexts(language: RecoveryLanguage) {
  const { kit, appLabels } = TEXTS[language].recovery;
  const keyMissing = firstSentence(ERROR_MESSAGES['database-key-missing'].message[language]);
  return {
    ...kit,
    when: kit.when.map((line) => fill(line, { keyMissing })),
    steps: kit.steps.map((step) => fill(step, appLabels)),
    footer: (version: string) => fill(kit.footer, { version }),
    /** The save dialog's proposed file name. */
    fileName: (practiceName: string | null, day: string) => fill(kit.fileName, { practice: safeName(practiceName), day }),
  };
}

export type KitTexts = ReturnType<typeof kitTexts>;

export const KIT_TEXTS: Readonly<Record<RecoveryLanguage, KitTexts>> = { fr: kitTexts('fr'), en: kitTexts('en') };
