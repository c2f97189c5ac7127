import iconv from 'iconv-lite';
import { MAX_IMPORT_BYTES, type Encoding } from '../model/schemas/roster-import.ts';
import { HygieError } from '../model/hygie-error.ts';

// Practices' rosters come from Excel (Windows-1252 or UTF-8 with a BOM), LibreOffice (UTF-8),
// "Unicode text" exports (UTF-16 with a BOM) or hand-made files. The bytes decide, not a guess
// made by the browser.

export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string;
  encoding: Encoding;
  /** Some bytes did not fit the encoding and became U+FFFD (�). */
  replacementCharacters: boolean;
}

const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip: .xlsx, .ods, .docx
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE compound file: old .xls, .doc
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** The encoding the bytes announce (BOM), else UTF-8 if they are valid UTF-8, else Windows-1252. */
function detectEncoding(bytes: Uint8Array): Encoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      // TextDecoder drops a leading BOM itself; not fatal: a forced encoding shows � instead.
      return new TextDecoder('utf-8').decode(bytes);
    case 'utf-16le':
      return new TextDecoder('utf-16le').decode(bytes);
    case 'utf-16be':
      return new TextDecoder('utf-16be').decode(bytes);
    case 'windows-1252':
      return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  }
}

/**
 * Decodes a roster file. Whole-file failures throw HygieError: too large, empty, or not text
 * (a workbook, a PDF, binary data).
 */
export function decodeRoster(bytes: Uint8Array, forced?: Encoding | 'auto'): DecodedText {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new HygieError('import-too-large');
  if (bytes.byteLength === 0) throw new HygieError('import-empty-file');
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) throw new HygieError('import-unreadable');

  const auto = forced === undefined || forced === 'auto';
  const encoding = auto ? detectEncoding(bytes) : forced;
  let text = decodeAs(bytes, encoding);
  // A stray BOM left by a forced or doubled encoding is never part of the first header.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new HygieError('import-empty-file');

  let replacementCharacters = text.includes('\uFFFD');
  if (text.includes('\u0000')) {
    // No CSV holds NUL characters. Detected: the file is binary. Forced: the chosen encoding is
    // wrong (UTF-16 read as 8 bits), which the user can fix by choosing another one.
    if (auto) throw new HygieError('import-unreadable');
    text = text.replaceAll('\u0000', '\uFFFD');
    replacementCharacters = true;
  }
  return { text, encoding, replacementCharacters };
}
