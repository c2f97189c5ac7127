// Where the CLI writes: the summary on stdout, progress and problems on stderr. Every line goes
// through one redaction, so that the HIBP key can never reach a terminal or a log, whatever
// message (an error's text included) happens to contain it.

export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

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

  out(line = ''): void {
    this.#stdout.write(`${this.redact(line)}\n`);
  }

  err(line = ''): void {
    this.#stderr.write(`${this.redact(line)}\n`);
  }

  /** Raw stderr write (progress redraws with \r). */
  errRaw(text: string): void {
    this.#stderr.write(this.redact(text));
  }
}
