// Where the CLI writes: the summary on stdout, progress and problems on stderr. Every line goes
// through this one place, which does two things whatever the message holds (a roster's names and
// addresses, a breach title from the service, a file name, an error's text):
// - it blanks the HIBP key, so that it can never reach a terminal or a log;
// - it shows control characters as visible escapes (`\x1B`, `\u202E`), so that text from a file
//   or a server cannot drive the operator's terminal: move the cursor and rewrite the summary,
//   change the window title, plant a hyperlink (OSC 8), or reverse the order of what is shown.
// The only control sequence ever written is this module's own "erase the line" for the progress
// line, and only on a terminal.

export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

/**
 * Controls (C0 but line feed and tab, DEL, C1), format characters (bidi embeddings, overrides
 * and isolates, marks, zero-width spaces, BOM…) and line/paragraph separators. Zero-width
 * (non-)joiners stay: emoji and some scripts are made with them, and they move nothing.
 */
const UNSAFE = /(?![\n\t\u200c\u200d])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

function visibleEscape(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = code.toString(16).toUpperCase();
  if (code <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
}

/** The text as a terminal should show it: every control or invisible format character as a visible escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visibleEscape);
}

/**
 * A value from a file or a server (a name, a breach title, a file name) inside one line of ours:
 * its own line breaks and tabs are shown as escapes too, so it cannot start a line of its choosing.
 */
export function oneLine(value: string): string {
  return terminalSafe(value).replace(/[\n\t]/gu, visibleEscape);
}

/** Back to the start of the line and erase it (CR, then CSI 2K). */
const ERASE_LINE = '\r\u001b[2K';

export class CliOutput {
  readonly #stdout: TextSink;
  readonly #stderr: TextSink;
  readonly #secrets = new Set<string>();

  constructor(stdout: TextSink, stderr: TextSink) {
    this.#stdout = stdout;
    this.#stderr = stderr;
  }

  /** Progress can redraw one line only on a terminal; elsewhere it prints a line per e-mail. */
  get stderrIsTerminal(): boolean {
    return this.#stderr.isTTY === true;
  }

  hide(secret: string): void {
    if (secret.length >= 8) this.#secrets.add(secret);
  }

  redact(text: string): string {
    let safe = text;
    for (const secret of this.#secrets) {
      safe = safe.split(secret).join('[…]').split(secret.toUpperCase()).join('[…]');
    }
    return safe;
  }

  #safe(text: string): string {
    return terminalSafe(this.redact(text));
  }

  out(line = ''): void {
    this.#stdout.write(`${this.#safe(line)}\n`);
  }

  err(line = ''): void {
    this.#stderr.write(`${this.#safe(line)}\n`);
  }

  /** Stderr without a line end (a prompt). */
  errRaw(text: string): void {
    this.#stderr.write(this.#safe(text));
  }

  /** On a terminal, replaces the current stderr line with `text` (the progress line); elsewhere nothing. */
  redrawLine(text: string): void {
    if (this.stderrIsTerminal) this.#stderr.write(`${ERASE_LINE}${this.#safe(text)}`);
  }

  /** On a terminal, erases the line redrawLine drew. */
  eraseLine(): void {
    if (this.stderrIsTerminal) this.#stderr.write(ERASE_LINE);
  }
}
