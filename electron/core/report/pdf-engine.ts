import { createRequire } from 'node:module';
import { printableContent } from './pdf-format.ts';

// pdfmake, configured once for every PDF Hygie writes (the compliance report, the recovery kit):
// the four Roboto files it ships, and no other file or address. pdfmake's Node entry is one
// shared instance, so it is set up here and nowhere else.

export type PdfMake = typeof import('pdfmake');
export type DocDefinition = Parameters<PdfMake['createPdf']>[0];

const requireHere = createRequire(import.meta.url);

/** The four Roboto files, the only files a PDF of Hygie's reads. */
export const FONT_FILES = {
  normal: requireHere.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: requireHere.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: requireHere.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: requireHere.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
};

const FONT_PATHS: ReadonlySet<string> = new Set(Object.values(FONT_FILES));

/** pdfmake's local access policy: the fonts, and no other file. */
export function isFontFile(path: string): boolean {
  return FONT_PATHS.has(path);
}

let configured: PdfMake | null = null;

/** The configured instance: Roboto, the URL policy refusing every address, the local one allowing only the fonts. */
export function pdfmake(): PdfMake {
  if (!configured) {
    const instance = requireHere('pdfmake') as PdfMake;
    instance.setFonts({ Roboto: FONT_FILES });
    instance.setUrlAccessPolicy(() => false);
    instance.setLocalAccessPolicy(isFontFile);
    configured = instance;
  }
  return configured;
}

/** The PDF of a document, every string of it (page headers and footers included) printable in Roboto. */
export function renderPdf(document: DocDefinition): Promise<Buffer> {
  return pdfmake().createPdf(printableContent(document)).getBuffer();
}
