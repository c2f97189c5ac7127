import type { Content, TableCell } from 'pdfmake';
import { formatInstant, printable, printableContent } from '../report/pdf-format.ts';
import { LOCALES } from '../text/template.ts';
import { renderPdf, type DocDefinition } from '../report/pdf-engine.ts';
import { ruledFooter } from '../report/pdf-blocks.ts';
import { KIT_TEXTS, type KitFacts } from './recovery-kit-texts.ts';
import { qrText, recoveryWords, type RecoveryLanguage } from './recovery-words.ts';

// The recovery kit as one A4 page to print: who and which computer it belongs to, the warning
// that it is a key, the 24 numbered words and a QR code of them, when to use it, the backup it
// needs, the steps to restore, and a few lines for the IT provider. The PDF is built in memory
// and handed back as bytes: writing it is the caller's (where the user chose, nowhere else).

const INK = '#1b2230';
const MUTED = '#5a6475';
const ACCENT = '#1f3a5f';
const WORD_FILL = '#f3f5f9';
const WARNING_FILL = '#fdecea';
const WARNING_INK = '#8a1c12';

const MARGIN_X = 46;
const QR_SIZE = 126;
const WORD_COLUMNS = 3;

export interface KitInput extends KitFacts {
  language: RecoveryLanguage;
  keyHex: string;
}

function heading(text: string): Content {
  return { text, style: 'h2' };
}

function paragraphs(lines: readonly string[], style = 'body'): Content[] {
  return lines.map((line) => ({ text: line, style }));
}

/** 1 to 24, left to right then down, as one reads: a number in grey, the word in large type. */
function wordGrid(words: readonly string[]): Content {
  const rows: TableCell[][] = [];
  for (let start = 0; start < words.length; start += WORD_COLUMNS) {
    rows.push(
      words.slice(start, start + WORD_COLUMNS).flatMap((word, offset): TableCell[] => [
        { text: String(start + offset + 1), style: 'wordNumber' },
        { text: word, style: 'word' },
      ]),
    );
  }
  return {
    table: { widths: Array.from({ length: WORD_COLUMNS }, () => [18, '*']).flat(), body: rows, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      fillColor: (rowIndex) => (rowIndex % 2 === 0 ? WORD_FILL : null),
      paddingTop: () => 2,
      paddingBottom: () => 2,
      paddingLeft: (column) => (column % 2 === 0 ? 6 : 2),
      paddingRight: () => 4,
    },
  };
}

function warningBox(title: string, lines: readonly string[]): Content {
  return {
    table: {
      widths: ['*'],
      body: [[{ stack: [{ text: title, style: 'warningTitle' }, ...paragraphs(lines, 'warning')], margin: [8, 6, 8, 4] }]],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 0 ? 3 : 0),
      vLineColor: () => WARNING_INK,
      fillColor: () => WARNING_FILL,
    },
    margin: [0, 6, 0, 0],
  };
}

/** Whose key this is, in three lines: the practice and the computer, when and by whom, the data folder. */
function facts(input: KitInput): Content {
  const t = KIT_TEXTS[input.language];
  const label = (text: string): TableCell => ({ text, color: MUTED });
  const rows: TableCell[][] = [
    [label(t.factLabels.practice), input.practiceName ?? t.noPractice, label(t.factLabels.computer), input.computerName],
    [label(t.factLabels.generated), formatInstant(input.generatedAt, input.language, true), label(t.factLabels.by), input.generatedBy],
    [label(t.factLabels.dataDir), { text: input.dataDir, colSpan: 3 }, {}, {}],
  ];
  return {
    table: { widths: ['auto', '*', 'auto', '*'], body: rows },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 0, paddingRight: () => 10 },
    fontSize: 8.5,
  };
}

export function recoveryKitDocument(input: KitInput): DocDefinition {
  const t = KIT_TEXTS[input.language];
  const words = recoveryWords(input.keyHex, input.language);
  const content: Content[] = printableContent([
    { text: t.documentTitle, style: 'title' },
    { text: t.subtitle, style: 'subtitle' },
    facts(input),
    warningBox(t.warningTitle, t.warning),
    heading(t.wordsTitle),
    { text: t.wordsLead, style: 'lead' },
    {
      columns: [
        { width: '*', stack: [wordGrid(words)] },
        {
          width: QR_SIZE,
          stack: [
            // Alphanumeric mode (capitals and spaces), medium error correction: it survives a crease.
            { qr: qrText(words), fit: QR_SIZE, eccLevel: 'M', mode: 'alphanumeric', foreground: INK },
            { text: t.qrCaption, style: 'caption' },
          ],
        },
      ],
      columnGap: 14,
    },
    heading(t.stepsTitle),
    { ol: t.steps, style: 'steps' },
    {
      columns: [
        { width: '*', stack: [heading(t.whenTitle), { ul: t.when, style: 'body' }] },
        {
          width: '*',
          stack: [
            heading(t.backupTitle),
            { text: t.backup.intro, style: 'body' },
            { text: input.backupsDir, style: 'path' },
            { text: t.backup.advice, style: 'body' },
          ],
        },
      ],
      columnGap: 18,
    },
    {
      stack: [{ text: t.itTitle, style: 'itTitle' }, ...paragraphs(t.it, 'it')],
      unbreakable: true,
      margin: [0, 8, 0, 0],
    },
  ] satisfies Content[]);

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, 34, MARGIN_X, 40],
    language: LOCALES[input.language],
    // The practice and the date only: never the words, in the document's properties either.
    info: {
      title: printable(t.documentTitle),
      subject: printable(t.subtitle),
      creator: `Hygie ${input.hygieVersion}`,
      producer: 'Hygie (pdfmake)',
      creationDate: new Date(input.generatedAt),
    },
    footer: ruledFooter(printable(t.footer(input.hygieVersion)), MARGIN_X, 14),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.2, color: INK },
    styles: {
      title: { fontSize: 19, bold: true, color: ACCENT },
      subtitle: { fontSize: 10.5, color: MUTED, margin: [0, 0, 0, 6] },
      h2: { fontSize: 11, bold: true, color: ACCENT, margin: [0, 8, 0, 3] },
      lead: { fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 5] },
      body: { fontSize: 8.5, margin: [0, 0, 0, 2] },
      steps: { fontSize: 9, lineHeight: 1.25 },
      warningTitle: { fontSize: 11, bold: true, color: WARNING_INK, margin: [0, 0, 0, 3] },
      warning: { fontSize: 8.5, color: INK, margin: [0, 0, 0, 2] },
      word: { fontSize: 12.5, bold: true, color: INK },
      wordNumber: { fontSize: 8, color: MUTED, alignment: 'right', margin: [0, 3, 0, 0] },
      path: { fontSize: 8.5, bold: true, margin: [0, 0, 0, 3] },
      caption: { fontSize: 7.5, color: MUTED, margin: [0, 4, 0, 0] },
      itTitle: { fontSize: 8.5, bold: true, color: MUTED, margin: [0, 0, 0, 2] },
      it: { fontSize: 7, color: MUTED, margin: [0, 0, 0, 1] },
    },
  };
}

/** The kit's PDF, in memory. */
export async function renderRecoveryKitPdf(input: KitInput): Promise<Buffer> {
  return renderPdf(recoveryKitDocument(input));
}
