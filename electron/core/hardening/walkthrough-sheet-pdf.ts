import type { Content, TableCell } from 'pdfmake';
import { SERVICE_LABELS } from '../model/service-labels.ts';
import type { PlanAccount, PlanStep, SavedAnswer, WalkthroughPlan } from '../model/schemas/walkthrough.ts';
import { walkthroughItemOwnHow, walkthroughItemTitle } from '../model/walkthrough-item-texts.ts';
import { renderPdf, type DocDefinition } from '../report/pdf-engine.ts';
import { ACCENT, HEAD_FILL, INK, MUTED, RULE, ruledFooter } from '../report/pdf-blocks.ts';
import { formatDay, formatInstant, printable } from '../report/pdf-format.ts';
import { TEXTS } from '../text/messages.ts';
import { fill, LOCALES, plural, type Language } from '../text/template.ts';

// One person's walkthrough as a sheet to print (issue 17, item 4): the same plan the screen shows
// (walkthrough.ts: their accounts in risk order, shared ones they answer for included, the items
// their role gets), one table per account, each item with its provider's "how" and tick boxes for
// the four answers, a line for the reason or the day planned, and the date. Read without the app:
// it says how to fill it in and where the answers go in Hygie. Built in memory, in a worker thread
// (walkthrough-sheet-thread.ts); writing it is walkthrough-sheet.ts's.

export interface SheetInput {
  plan: WalkthroughPlan;
  language: Language;
  practiceName: string | null;
  /** ISO instant the sheet is printed at. */
  generatedAt: string;
  hygieVersion: string;
}

type SheetTexts = (typeof TEXTS)['fr']['sheet'];

const BOX = 7;
const ANSWER_WIDTH = 190;
/** Narrower margins than the report's: two pages hold a GP's four accounts. */
const MARGIN_X = 36;
const SMALL = 7;
const BLANK_DATE = '___ / ___ / ______';
const BLANK_REASON = '______________';

/** The person's name as the sheet prints it. */
export function sheetPersonName(plan: Pick<WalkthroughPlan, 'firstName' | 'lastName'>): string {
  return [plan.firstName, plan.lastName].filter(Boolean).join(' ');
}

/** An empty square to tick with a pen, then its word. */
function tick(label: string): Content {
  return {
    columns: [
      { width: BOX + 3, canvas: [{ type: 'rect', x: 0, y: 1, w: BOX, h: BOX, lineWidth: 0.8, lineColor: INK }] },
      { width: 'auto', text: label },
    ],
    columnGap: 0,
  };
}

function tickRow(...cells: Content[]): Content {
  return { columns: cells.map((cell) => ({ width: 'auto', stack: [cell] })), columnGap: 10, margin: [0, 0, 0, 2], fontSize: SMALL };
}

/** The four answers, a line for why / which day, and the date: what Hygie asks on the screen. */
function answerCell(t: SheetTexts, step: PlanStep, language: Language): TableCell {
  const lines: Content[] = [
    tickRow(tick(t.answers.done), tick(t.answers.notApplicable), { text: `${t.answers.date} ${BLANK_DATE}`, color: MUTED }),
    tickRow(tick(`${t.answers.notPossible} ${BLANK_REASON}`)),
    tickRow(tick(`${t.answers.later} ${BLANK_DATE}`)),
  ];
  if (step.answer) lines.push({ text: recordedText(t, step.answer, language), color: MUTED, italics: true, margin: [0, 2, 0, 0] });
  return { stack: lines, fontSize: SMALL };
}

function recordedText(t: SheetTexts, answer: SavedAnswer, language: Language): string {
  const word =
    answer.answer === 'later'
      ? fill(t.recordedAnswers.later, { until: answer.until ? formatDay(answer.until, language) : '?' })
      : t.recordedAnswers[answer.answer];
  return fill(t.recorded, { answer: `${word}, ${formatInstant(answer.answeredAt, language)}` });
}

/** The item's "how": the provider's own steps, else the item's; on paper, the password check says where it happens. */
function howOf(t: SheetTexts, step: PlanStep, language: Language): readonly string[] {
  if (step.step === 'check-password') return t.checkPasswordHow;
  if (step.how) return step.how[language];
  return walkthroughItemOwnHow(language, step.step);
}

function itemCell(t: SheetTexts, step: PlanStep, language: Language): TableCell {
  const how = howOf(t, step, language);
  const stack: Content[] = [{ text: walkthroughItemTitle(language, step.step, step.service), bold: true, fontSize: 8.5, margin: [0, 0, 0, 1] }];
  if (step.step === 'password-changed-since-breach') {
    stack.push({ text: step.breachDate ? fill(t.breachDate, { date: formatDay(step.breachDate, language) }) : t.breachNoDate, fontSize: SMALL, margin: [0, 0, 0, 1] });
  }
  if (how.length > 0) stack.push({ ol: [...how], fontSize: SMALL, color: INK, lineHeight: 1, markerColor: MUTED });
  if (step.step === 'enable-mfa' && step.methods.length > 0) {
    const labels = [...step.methods.map((method) => method.label[language]), t.mfaNone];
    stack.push({ text: t.mfaNow, fontSize: SMALL, bold: true, margin: [0, 2, 0, 1] });
    // Two a row: a provider offers up to six methods, and each label is short.
    for (let start = 0; start < labels.length; start += 2) stack.push(tickRow(...labels.slice(start, start + 2).map((label) => tick(label))));
  }
  return { stack };
}

function accountHeading(t: SheetTexts, account: PlanAccount, language: Language): Content {
  const service = SERVICE_LABELS[account.service][language];
  const name = account.identifier ? `${service} · ${account.identifier}` : service;
  const details: string[] = [];
  if (!account.provider.generic && account.provider.name[language] !== service) details.push(fill(t.account.provider, { name: account.provider.name[language] }));
  if (account.shared) {
    const users = account.shared.users.map((user) => user.name).join(', ');
    details.push(users ? fill(t.account.sharedWith, { name: account.shared.name, users }) : fill(t.account.shared, { name: account.shared.name }));
  }
  return {
    stack: [{ text: name, style: 'account' }, ...(details.length ? [{ text: details.join(' — '), style: 'accountDetails' } as Content] : [])],
  };
}

/** One account's items (or the person's own), its heading kept with the first rows. */
function itemsTable(t: SheetTexts, heading: Content, steps: readonly PlanStep[], language: Language): Content {
  const rows: TableCell[][] = steps.map((step) => [itemCell(t, step, language), answerCell(t, step, language)]);
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', ANSWER_WIDTH],
      body: [[{ stack: [heading], colSpan: 2, fillColor: HEAD_FILL }, {}], ...rows],
    },
    layout: {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => RULE,
      paddingLeft: () => 5,
      paddingRight: () => 5,
      paddingTop: () => 2.5,
      paddingBottom: () => 2,
    },
    margin: [0, 0, 0, 5],
  };
}

function introduction(t: SheetTexts, plan: WalkthroughPlan, name: string, input: SheetInput): Content[] {
  const open = plan.steps.filter((step) => step.answer === null || step.answer.answer === 'later').length;
  const count = plural(t.itemCount, open, input.language);
  return [
    { text: fill(t.title, { name }), style: 'title' },
    { text: t.subtitle, style: 'subtitle' },
    {
      text: [
        { text: `${t.facts.practice} `, color: MUTED },
        input.practiceName ?? t.noPractice,
        { text: `      ${t.facts.printed} `, color: MUTED },
        formatDay(input.generatedAt.slice(0, 10), input.language),
        { text: `      ${t.facts.items} `, color: MUTED },
        fill(count, { count: open, minutes: plan.minutesLeft }),
      ],
      fontSize: 8.5,
      margin: [0, 0, 0, 6],
    },
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: t.howToUse.title, style: 'boxTitle' },
            { ol: [...t.howToUse.steps], fontSize: 8, lineHeight: 1.15 },
            { text: t.howToUse.never, bold: true, fontSize: 8, margin: [0, 3, 0, 0] },
          ],
        },
        {
          width: 190,
          stack: [
            { text: t.record.title, style: 'boxTitle' },
            { text: fill(t.record.text, { name }), fontSize: 8, lineHeight: 1.15 },
          ],
        },
      ],
      columnGap: 14,
      margin: [0, 0, 0, 7],
    },
  ];
}

export function walkthroughSheetDocument(input: SheetInput): DocDefinition {
  const { plan, language } = input;
  const t = TEXTS[language].sheet;
  const name = sheetPersonName(plan);
  const content: Content[] = introduction(t, plan, name, input);
  for (const account of plan.accounts) {
    const steps = plan.steps.filter((step) => step.accountId === account.accountId);
    if (steps.length > 0) content.push(itemsTable(t, accountHeading(t, account, language), steps, language));
  }
  const own = plan.steps.filter((step) => step.accountId === null);
  if (own.length > 0) content.push(itemsTable(t, { text: t.account.personTitle, style: 'account' }, own, language));
  const footer = fill(t.footer, { name, version: input.hygieVersion, date: formatDay(input.generatedAt.slice(0, 10), language) });

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, 28, MARGIN_X, 34],
    language: LOCALES[language],
    info: {
      title: printable(fill(t.title, { name })),
      creator: `Hygie ${input.hygieVersion}`,
      producer: 'Hygie (pdfmake)',
      creationDate: new Date(input.generatedAt),
    },
    footer: ruledFooter(footer, MARGIN_X, 12),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.15, color: INK },
    styles: {
      title: { fontSize: 15, bold: true, color: ACCENT },
      subtitle: { fontSize: 9.5, color: MUTED, margin: [0, 0, 0, 3] },
      boxTitle: { fontSize: 9.5, bold: true, color: ACCENT, margin: [0, 0, 0, 2] },
      account: { fontSize: 10, bold: true, color: ACCENT },
      accountDetails: { fontSize: 7.5, color: MUTED, margin: [0, 1, 0, 0] },
    },
  };
}

/** The sheet's PDF, in memory. */
export function renderWalkthroughSheetPdf(input: SheetInput): Promise<Buffer> {
  return renderPdf(walkthroughSheetDocument(input));
}
