import { createRequire } from 'node:module';
import type { Content, ContentTable, CustomTableLayout, DynamicLayout, Margins, TableCell } from 'pdfmake/interfaces';
import { FONT_FILES, isFontFile, type DocDefinition } from './pdf-engine.ts';
import { printableContent } from './pdf-format.ts';

// A long PDF drawn part by part, with the pages pdfmake would have drawn in one go. pdfmake lays
// a whole document out in memory before it draws a page: 3.7 GB for a 10,000-person practice's
// report, and its garbage collection on that heap made the time grow faster than the practice.
// Here the content is laid out a part at a time (a few hundred rows or blocks) into one PDF: each
// part's pages are drawn, then forgotten, except its last page, whose content goes back to the
// start of the next part; so every part starts at the top of a page, where pdfmake had started
// that same content, and the pages come out as one layout would have made them.
//
// Two things pdfmake does over the whole document are done differently:
// - a big table (its title and column headers repeated on every page) is cut between rows; the
//   next part's piece repeats the header at the top of its page, as pdfmake does on a new page,
//   and its layout is told the rows' places in the whole table (zebra stripes, rules);
// - "Page 3 / 40" is unknown until the last part is laid out: each page gets a small content
//   stream of its own, written last, that prints its number (the PDF allows a page several).
//
// It uses pdfmake's own layout and drawing classes (pdfmake 0.3.11, pinned in package.json, with
// its fonts and access policies): test/unit/paged-pdf.test.ts draws a report in one part and in
// many and compares the pages' images, so an update that changed them would be seen.

const requireHere = createRequire(import.meta.url);

/** Where and how each page's number is printed: the text, right-aligned. */
export interface PageNumbering {
  text(current: number, total: number): string;
  fontSize: number;
  bold: boolean;
  color: string;
  /** From the page's right edge to the end of the text, in points. */
  right: number;
  /** From the page's bottom edge to the top of the text's line, in points. */
  top: number;
}

/** A document for renderPagedPdf: pdfmake's, with headers and footers given the page alone, and the numbering apart. */
export type PagedDocument = Omit<DocDefinition, 'content' | 'header' | 'footer' | 'background' | 'watermark' | 'pageBreakBefore' | 'images'> & {
  content: Content[];
  header?: (page: number) => Content | null;
  footer?: (page: number) => Content | null;
  pageNumbers: PageNumbering;
};

export interface PagedPdfOptions {
  /** About how many blocks or table rows are laid out at a time (tests use a few, to cut often). */
  partSize?: number;
  /** Called after each part is drawn, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/** Rows or blocks per part: a few hundred pages, a few hundred MB at most, one extra page laid out per part. */
export const DEFAULT_PART_SIZE = 400;

// ── pdfmake's classes (untyped) ───────────────────────────────────────────────────────────

interface PdfReference {
  id: number;
  data: Record<string, unknown>;
  write(chunk: string | Uint8Array): void;
  end(): void;
}
interface PdfFont {
  id: string;
  ref(): PdfReference;
  /** pdfkit's measures of every word it has met, kept for the document's life unless emptied. */
  layoutCache?: Record<string, unknown>;
}
interface PdfPage {
  content: PdfReference;
  dictionary: PdfReference;
  fonts: Record<string, PdfReference>;
  width: number;
  height: number;
}
interface PdfKitDocument {
  page: PdfPage;
  /** pdfmake's fonts, by family and face. */
  fontCache: Record<string, Record<string, PdfFont>>;
  _font: PdfFont;
  ref(data?: Record<string, unknown>): PdfReference;
  provideFont(family: string, bold: boolean, italics: boolean): PdfFont;
  fontSize(size: number): PdfKitDocument;
  fillColor(color: string): PdfKitDocument;
  widthOfString(text: string): number;
  text(text: string, x: number, y: number, options: Record<string, unknown>): PdfKitDocument;
  save(): PdfKitDocument;
  restore(): PdfKitDocument;
  addContent(content: string): PdfKitDocument;
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'pageAdded', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
}
interface Position {
  pageNumber: number;
}
interface LaidOutPage {
  items: unknown[];
}
interface LayoutBuilder {
  /** Every node laid out; each can put back the places pdfmake wrote into it (a canvas's points). */
  linearNodeList: { resetXY(): void }[];
  /** Filled with the part's blocks before the layout: the page each is begun on after it. */
  blockStarts: Map<unknown, number>;
  registerTableLayouts(layouts: unknown): void;
  layoutDocument(
    content: unknown,
    pdf: PdfKitDocument,
    styles: unknown,
    defaultStyle: unknown,
    background: undefined,
    header: ((page: number, count: number) => unknown) | undefined,
    footer: ((page: number, count: number) => unknown) | undefined,
    watermark: undefined,
    pageBreakBefore: undefined,
  ): LaidOutPage[];
}
interface PdfMakeInternals {
  PDFDocument: new (
    fonts: Record<string, typeof FONT_FILES>,
    images: object,
    patterns: object,
    attachments: object,
    options: Record<string, unknown>,
    virtualfs: null,
    localAccessPolicy: (path: string) => boolean,
  ) => PdfKitDocument;
  LayoutBuilder: new (pageSize: unknown, pageMargins: unknown, svgMeasure: unknown) => LayoutBuilder;
  Renderer: new (pdf: PdfKitDocument, progress: undefined) => { renderPages(pages: LaidOutPage[]): void };
  SVGMeasure: new () => unknown;
  tableLayouts: unknown;
  normalizePageSize(size: unknown, orientation: unknown): { width: number; height: number };
  normalizePageMargin(margins: unknown): unknown;
}

interface LineBuilder {
  buildNextLine(node: unknown): { _node?: unknown } | null;
  processNode(node: unknown, ...rest: unknown[]): void;
  writer: { context(): { page: number } };
}

/**
 * pdfmake's layout, with every line knowing its text node. pdfmake notes where each node is laid
 * out, but when it moves a block that did not fit to the next page (a table row, a block kept in
 * one piece) it corrects that note only for lines that know their node (those with an id): without
 * this, a row moved to a new page would still say it is on the page before, and a part would be
 * cut in the wrong place.
 */
function placingLayoutBuilder(Base: new (...args: unknown[]) => LineBuilder) {
  return class PlacingLayoutBuilder extends Base {
    /** The part's blocks and table pieces, and the page (from 1) each was begun on; see startOnNewPage. */
    blockStarts = new Map<unknown, number>();

    override buildNextLine(node: unknown) {
      const line = super.buildNextLine(node);
      if (line && !line._node) line._node = node;
      return line;
    }

    override processNode(node: unknown, ...rest: unknown[]) {
      if (this.blockStarts.has(node)) this.blockStarts.set(node, this.writer.context().page + 1);
      super.processNode(node, ...rest);
    }
  };
}

let internals: PdfMakeInternals | null = null;

function pdfmakeInternals(): PdfMakeInternals {
  if (!internals) {
    const load = (name: string) => requireHere(`pdfmake/js/${name}.js`) as Record<string, unknown>;
    const pageSize = load('PageSize');
    internals = {
      PDFDocument: load('PDFDocument').default as PdfMakeInternals['PDFDocument'],
      LayoutBuilder: placingLayoutBuilder(load('LayoutBuilder').default as new (...args: unknown[]) => LineBuilder) as unknown as PdfMakeInternals['LayoutBuilder'],
      Renderer: load('Renderer').default as PdfMakeInternals['Renderer'],
      SVGMeasure: load('SVGMeasure').default as PdfMakeInternals['SVGMeasure'],
      tableLayouts: load('tableLayouts').tableLayouts,
      normalizePageSize: pageSize.normalizePageSize as PdfMakeInternals['normalizePageSize'],
      normalizePageMargin: pageSize.normalizePageMargin as PdfMakeInternals['normalizePageMargin'],
    };
  }
  return internals;
}

// ── What is laid out: blocks, and the rows of the tables that may be cut ───────────────────

/** A table cut between rows: its header and its settings, shared by its pieces. */
interface CutTable {
  shell: ContentTable;
  widths: NonNullable<ContentTable['table']['widths']>;
  header: TableCell[][];
  headerRows: number;
  rowCount: number;
  layout: CustomTableLayout | undefined;
}

type Unit =
  | { kind: 'block'; node: Content; printable: boolean }
  | { kind: 'row'; table: CutTable; index: number; cells: TableCell[]; printable: boolean };

type Node = Record<string, unknown> & { positions?: Position[] };

/**
 * A table can be cut between rows when its header repeats (pdfmake repeats it on each new page),
 * no row spans another, and its column widths do not depend on its rows (no 'auto' column).
 */
function cuttable(node: Content): node is ContentTable {
  if (typeof node !== 'object' || node === null || Array.isArray(node) || !('table' in node)) return false;
  const { table, layout } = node as ContentTable;
  if (!table.headerRows || table.headerRows < 1 || !Array.isArray(table.widths)) return false;
  if (table.widths.some((width) => width === 'auto')) return false;
  if (layout !== undefined && (typeof layout !== 'object' || layout === null)) return false;
  return table.body.every((row) => row.every((cell) => !(typeof cell === 'object' && cell !== null && 'rowSpan' in cell && (cell.rowSpan ?? 1) > 1)));
}

function unitsOf(content: Content[]): Unit[] {
  const units: Unit[] = [];
  for (let index = 0; index < content.length; index += 1) {
    const node = content[index]!;
    if (cuttable(node)) {
      const { table, layout } = node;
      const headerRows = table.headerRows!;
      const cut: CutTable = {
        shell: { ...node, table: { ...table, body: [] } },
        widths: [...table.widths!],
        header: printableContent(table.body.slice(0, headerRows)),
        headerRows,
        rowCount: table.body.length - headerRows,
        layout: layout as CustomTableLayout | undefined,
      };
      table.body.slice(headerRows).forEach((cells, row) => units.push({ kind: 'row', table: cut, index: row, cells, printable: false }));
    } else {
      units.push({ kind: 'block', node: typeof node === 'string' ? { text: node } : node, printable: false });
    }
  }
  return units;
}

/** Functions of a row's index, and of a horizontal rule's (rule i is above row i). */
const ROW_INDEXED: (keyof CustomTableLayout)[] = ['fillColor', 'fillOpacity', 'paddingTop', 'paddingBottom'];
const RULE_INDEXED: (keyof CustomTableLayout)[] = ['hLineWidth', 'hLineColor', 'hLineStyle'];

/**
 * The layout of a piece of a table that starts at body row `first`: its row-indexed functions are
 * asked about the rows' places in the whole table, and see a table of the whole's length.
 */
function pieceLayout(cut: CutTable, first: number, piece: ContentTable): CustomTableLayout | undefined {
  const { layout, headerRows } = cut;
  if (!layout || first === 0) return layout;
  const whole = { ...piece, table: { ...piece.table, body: new Array<TableCell[]>(headerRows + cut.rowCount) } };
  const shifted: CustomTableLayout = {};
  for (const [key, value] of Object.entries(layout) as [keyof CustomTableLayout, unknown][]) {
    if (typeof value !== 'function') {
      (shifted as Record<string, unknown>)[key] = value;
      continue;
    }
    const original = value as (index: number, node: ContentTable, ...rest: unknown[]) => unknown;
    // A body row keeps its place in the whole table; so does a rule between body rows. The rule
    // under the header is the header's, as on the pages where pdfmake repeats it.
    const from = ROW_INDEXED.includes(key) ? headerRows : RULE_INDEXED.includes(key) ? headerRows + 1 : Infinity;
    (shifted as Record<string, DynamicLayout<unknown>>)[key] = ((index: number, _node: ContentTable, ...rest: unknown[]) =>
      original(index >= from ? index + first : index, whole, ...rest)) as DynamicLayout<unknown>;
  }
  return shifted;
}

/** The content one part lays out: blocks as they are, consecutive rows of one table as one piece of it. */
/** Where each row unit of a part was put: its table piece and its row there. */
type PieceOf = Map<Unit, { piece: ContentTable; row: number }>;

function partContent(units: readonly Unit[]): { content: Content[]; pieceOf: PieceOf } {
  const content: Content[] = [];
  const pieceOf: PieceOf = new Map();
  for (let start = 0; start < units.length; ) {
    const unit = units[start]!;
    if (unit.kind === 'block') {
      content.push(unit.node);
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < units.length) {
      const next = units[end]!;
      if (next.kind !== 'row' || next.table !== unit.table) break;
      end += 1;
    }
    const rows = units.slice(start, end) as Extract<Unit, { kind: 'row' }>[];
    const cut = unit.table;
    const piece: ContentTable = {
      ...cut.shell,
      // Fresh copies: pdfmake writes its measures into a table's widths and header rows.
      table: { ...cut.shell.table, widths: [...cut.widths], body: [...cut.header.map((row) => [...row]), ...rows.map((row) => row.cells)] },
    };
    const layout = pieceLayout(cut, unit.index, piece);
    if (layout) piece.layout = layout;
    content.push(piece);
    rows.forEach((row, index) => pieceOf.set(row, { piece, row: cut.headerRows + index }));
    start = end;
  }
  return { content, pieceOf };
}

function printed(unit: Unit): Unit {
  if (unit.printable) return unit;
  return unit.kind === 'block'
    ? { ...unit, node: printableContent(unit.node), printable: true }
    : { ...unit, cells: printableContent(unit.cells), printable: true };
}

/**
 * Every part after the first starts on a new page, so a page break asked before its first block
 * is already made. Its top margin is where pdfmake had put it: a block begun at the foot of a
 * page and moved to the next starts at the top without its margin (a table's piece cut between
 * rows too, its header where pdfmake repeats it); a block begun on the new page (the one before
 * ended it) keeps its margin, as after a page break.
 */
function startOnNewPage(node: Content, keepTopMargin: boolean): void {
  const block = node as unknown as Node;
  if (block.pageBreak === 'before') {
    delete block.pageBreak;
    return;
  }
  if (keepTopMargin) return;
  if (block.margin !== undefined) {
    const margin = block.margin as Margins;
    const [left, , right, bottom] = typeof margin === 'number' ? [margin, margin, margin, margin] : margin.length === 2 ? [margin[0], margin[1], margin[0], margin[1]] : margin;
    block.margin = [left, 0, right, bottom];
  } else {
    block.marginTop = 0;
  }
}

/** The pages a unit was laid out on (none for an empty block). */
function pagesOf(unit: Unit, pieceOf: PieceOf): { first: number; last: number } | null {
  const nodes: unknown[] = [];
  if (unit.kind === 'block') nodes.push(unit.node);
  else {
    const where = pieceOf.get(unit);
    if (where) nodes.push(...(where.piece.table.body[where.row] ?? []));
  }
  // A node's first place is corrected when its block moves (see placingLayoutBuilder); its
  // later ones may still name the page the block was tried on, which is never after the right one.
  let first = Infinity;
  let last = -Infinity;
  for (const node of nodes) {
    const positions = (node as Node | null)?.positions ?? [];
    if (positions[0]) first = Math.min(first, positions[0].pageNumber);
    for (const position of positions) last = Math.max(last, position.pageNumber);
  }
  return first === Infinity ? null : { first, last };
}

/**
 * Where the next part starts: the last page, after the first, whose first content is a unit that
 * starts there (nothing before it reaches that page). Its pages and every unit from that one on
 * are laid out again with the next part. Null when there is no such page.
 */
function cutPoint(units: readonly Unit[], pieceOf: PieceOf, blockStarts: ReadonlyMap<unknown, number>): Cut | null {
  let reached = 0;
  let best: Cut | null = null;
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index]!;
    const pages = pagesOf(unit, pieceOf);
    if (!pages) continue;
    // Unit 0 never: the next part would start with the same content, and never end.
    if (index > 0 && pages.first > reached && pages.first >= 2) {
      // The block, or the table piece whose first row this is, begun on this page already.
      const where = pieceOf.get(unit);
      const block = unit.kind === 'block' ? unit.node : where && where.row === unit.table.headerRows ? where.piece : null;
      best = { page: pages.first, unit: index, keepTopMargin: block !== null && blockStarts.get(block) === pages.first };
    }
    reached = Math.max(reached, pages.last);
  }
  return best;
}

/** Where a part is cut: the first page not drawn, the first unit laid out again, and how it starts (startOnNewPage). */
interface Cut {
  page: number;
  unit: number;
  keepTopMargin: boolean;
}

// ── The document ───────────────────────────────────────────────────────────────────────────

function pdfKitOptions(document: PagedDocument, size: { width: number; height: number }): Record<string, unknown> {
  // What pdfmake's Printer gives pdfkit, for the settings a report uses.
  const info: Record<string, unknown> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(document.info ?? {})) {
    if (value) info[key.charAt(0).toUpperCase() + key.slice(1)] = value;
  }
  return {
    size: [size.width, size.height],
    pdfVersion: document.version ?? '1.3',
    subset: undefined,
    tagged: false,
    displayTitle: false,
    compress: document.compress ?? true,
    lang: document.language,
    fontLayoutCache: true,
    bufferPages: false,
    autoFirstPage: false,
    info,
    font: null,
  };
}

/** The PDF of a long document, drawn part by part (see the top of this file). Takes the document's content over. */
export async function renderPagedPdf(document: PagedDocument, options: PagedPdfOptions = {}): Promise<Buffer> {
  const partSize = Math.max(1, options.partSize ?? DEFAULT_PART_SIZE);
  const pdfmake = pdfmakeInternals();
  const pageSize = pdfmake.normalizePageSize(document.pageSize, document.pageOrientation);
  const pageMargins = pdfmake.normalizePageMargin(document.pageMargins ?? 40);
  const pdf = new pdfmake.PDFDocument({ Roboto: { ...FONT_FILES } }, {}, {}, {}, pdfKitOptions(document, pageSize), null, isFontFile);
  // pdfkit writes the PDF in small pieces (a line of an object at a time): each part's are joined
  // into one buffer once it is drawn, so that a long document is not held as a million small ones.
  const output: Buffer[] = [];
  let written: Buffer[] = [];
  const join = () => {
    if (written.length > 0) output.push(Buffer.concat(written));
    written = [];
  };
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk) => written.push(chunk));
    pdf.on('end', () => {
      join();
      resolve(Buffer.concat(output));
    });
    pdf.on('error', reject);
  });

  // Each page's number, in a stream of its own drawn first (so nothing of the page's state
  // reaches it), written once the number of pages is known.
  const numbering = document.pageNumbers;
  const numberFont = pdf.provideFont('Roboto', numbering.bold, false);
  const numberStreams: PdfReference[] = [];
  pdf.on('pageAdded', () => {
    const stream = pdf.ref();
    numberStreams.push(stream);
    pdf.page.dictionary.data.Contents = [stream, pdf.page.content];
    pdf.page.fonts[numberFont.id] = numberFont.ref();
  });

  const units = unitsOf(document.content);
  document.content = [];
  let pending: Unit[] = [];
  let next = 0;
  let size = partSize;
  let pagesDrawn = 0;
  let keepTopMargin = true;
  while (next < units.length || pending.length > 0) {
    const fresh = units.slice(next, next + Math.max(0, size - pending.length));
    units.fill(undefined as unknown as Unit, next, next + fresh.length); // what is drawn is forgotten
    next += fresh.length;
    const partUnits = [...pending, ...fresh].map(printed);
    const last = next >= units.length;
    const { content, pieceOf } = partContent(partUnits);
    if (pagesDrawn > 0 && content[0] !== undefined) startOnNewPage(content[0], keepTopMargin);
    const offset = pagesDrawn;
    const { header, footer } = document;
    const builder = new pdfmake.LayoutBuilder(pageSize, pageMargins, new pdfmake.SVGMeasure());
    builder.registerTableLayouts(pdfmake.tableLayouts);
    for (const node of content) builder.blockStarts.set(node, 0);
    const pages = builder.layoutDocument(
      content,
      pdf,
      document.styles ?? {},
      document.defaultStyle ?? {},
      undefined,
      header ? (page) => printableContent(header(offset + page)) : undefined,
      footer ? (page) => printableContent(footer(offset + page)) : undefined,
      undefined,
      undefined,
    );
    const cut = last ? null : cutPoint(partUnits, pieceOf, builder.blockStarts);
    // Units laid out again with the next part get back the coordinates pdfmake moved (as its
    // own second layouts do), once the pages that used them are drawn.
    const forget = () => builder.linearNodeList.forEach((node) => node.resetXY());
    if (!last && !cut) {
      forget();
      // Not one page could be finished (the part fits on one page, or one block fills all of
      // it): laid out again with more, so that no page ends where one layout would not end it.
      pending = partUnits;
      size = pending.length + partSize;
      continue;
    }
    const kept = cut ? pages.slice(0, cut.page - 1) : pages;
    new pdfmake.Renderer(pdf, undefined).renderPages(kept);
    forget();
    pagesDrawn += kept.length;
    pending = cut ? partUnits.slice(cut.unit) : [];
    keepTopMargin = cut?.keepTopMargin ?? true;
    size = partSize;
    options.onProgress?.(units.length === 0 ? 1 : (next - pending.length) / units.length);
    // Let the process answer its parent (progress, a cancel) between parts.
    await new Promise((resolve) => setImmediate(resolve));
  }

  for (const [index, stream] of numberStreams.entries()) writePageNumber(pdf, stream, numbering, index + 1, numberStreams.length);
  pdf.end();
  return finished;
}

/**
 * pdfkit keeps the shape of every word it has drawn (a name, an address, a reference: tens of
 * thousands in a large practice's report) for the whole document. Emptied after each part, it
 * holds a part's words, not the document's.
 */
function forgetWords(pdf: PdfKitDocument): void {
  for (const faces of Object.values(pdf.fontCache)) {
    for (const font of Object.values(faces)) if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}

/**
 * Draws "Page n / total" into a page's own number stream, right-aligned, through pdfkit's text
 * drawing (what pdfmake calls for every line) pointed at that stream for the time of the call.
 */
function writePageNumber(pdf: PdfKitDocument, stream: PdfReference, numbering: PageNumbering, current: number, total: number): void {
  const text = printableContent(numbering.text(current, total));
  const page = pdf.page;
  const drawing = Object.create(Object.getPrototypeOf(page) as object, {
    document: { value: pdf },
    width: { value: page.width },
    height: { value: page.height },
    margins: { value: { top: 0, left: 0, bottom: 0, right: 0 } },
    content: { value: stream },
    resources: { value: { data: {} } },
    dictionary: { value: { data: {} } },
  }) as PdfPage;
  pdf.page = drawing;
  pdf._font = pdf.provideFont('Roboto', numbering.bold, false);
  pdf.fontSize(numbering.fontSize);
  const width = pdf.widthOfString(text);
  // The stream comes first on its page, in PDF's own space (origin at the bottom left): pdfkit's
  // drawing expects the top-left origin it sets at the start of every page.
  pdf.addContent('q');
  pdf.addContent(`1 0 0 -1 0 ${page.height} cm`);
  pdf.fillColor(numbering.color);
  pdf.text(text, page.width - numbering.right - width, page.height - numbering.top, { lineBreak: false, textWidth: width, wordCount: 1 });
  pdf.addContent('Q');
  pdf.page = page;
  stream.end();
}
