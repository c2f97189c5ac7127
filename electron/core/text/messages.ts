import cliKeychainEn from './cli-keychain.en.ts';
import cliKeychainFr from './cli-keychain.fr.ts';
import cliPasswordEn from './cli-password.en.ts';
import cliPasswordFr from './cli-password.fr.ts';
import cliRecoveryKitEn from './cli-recovery-kit.en.ts';
import cliRecoveryKitFr from './cli-recovery-kit.fr.ts';
import cliSheetEn from './cli-sheet.en.ts';
import cliSheetFr from './cli-sheet.fr.ts';
import complianceEn from './compliance.en.ts';
import complianceFr from './compliance.fr.ts';
import cliReportEn from './cli-report.en.ts';
import cliReportFr from './cli-report.fr.ts';
import cliEn from './cli.en.ts';
import cliFr from './cli.fr.ts';
import errorsEn from './errors.en.ts';
import errorsFr from './errors.fr.ts';
import filesEn from './files.en.ts';
import filesFr from './files.fr.ts';
import labelsEn from './labels.en.ts';
import labelsFr from './labels.fr.ts';
import menuEn from './menu.en.ts';
import menuFr from './menu.fr.ts';
import notificationsEn from './notifications.en.ts';
import notificationsFr from './notifications.fr.ts';
import passwordEn from './password.en.ts';
import passwordFr from './password.fr.ts';
import pdfEn from './pdf.en.ts';
import pdfFr from './pdf.fr.ts';
import recoveryEn from './recovery.en.ts';
import recoveryFr from './recovery.fr.ts';
import reportEn from './report.en.ts';
import reportFr from './report.fr.ts';
import sheetEn from './sheet.en.ts';
import sheetFr from './sheet.fr.ts';
import walkthroughItemsEn from './walkthrough-items.en.ts';
import walkthroughItemsFr from './walkthrough-items.fr.ts';
import type { Language, Localised, Translation } from './template.ts';

// All the Node side's texts, per language: one file per area (`<area>.fr.ts`, `<area>.en.ts`, each
// holding one top-level key), merged here as renderer/i18n/messages.ts merges the interface's.
// core/model imports its areas directly (errors, labels), so the renderer's bundle carries those alone.

export const fr = {
  ...errorsFr,
  ...labelsFr,
  ...passwordFr,
  ...reportFr,
  ...pdfFr,
  ...complianceFr,
  ...recoveryFr,
  ...cliFr,
  ...cliPasswordFr,
  ...cliReportFr,
  ...cliRecoveryKitFr,
  ...cliSheetFr,
  ...cliKeychainFr,
  ...menuFr,
  ...filesFr,
  ...notificationsFr,
  ...walkthroughItemsFr,
  ...sheetFr,
};

/** The texts' type: the French file's, whose literal strings name each text's placeholders. */
export type NodeTexts = typeof fr;

export const en: Translation<NodeTexts> = {
  ...errorsEn,
  ...labelsEn,
  ...passwordEn,
  ...reportEn,
  ...pdfEn,
  ...complianceEn,
  ...recoveryEn,
  ...cliEn,
  ...cliPasswordEn,
  ...cliReportEn,
  ...cliRecoveryKitEn,
  ...cliSheetEn,
  ...cliKeychainEn,
  ...menuEn,
  ...filesEn,
  ...notificationsEn,
  ...walkthroughItemsEn,
  ...sheetEn,
};

/**
 * Both languages under the French file's type, so that `fill` knows each text's placeholders: the
 * English file is checked against it at compile time (Translation) and by text-catalogue.test.ts.
 */
export const TEXTS: Readonly<Record<Language, NodeTexts>> = { fr, en: en as unknown as NodeTexts };

/** One text in both languages, where both travel together (a policy's title sent to the UI). */
export function inBothLanguages(pick: (texts: NodeTexts) => string): Localised {
  return { fr: pick(TEXTS.fr), en: pick(TEXTS.en) };
}
