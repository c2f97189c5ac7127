import { StringDecoder } from 'node:string_decoder';

// Reading the one password `hygie password` checks. On a terminal: raw mode, so nothing is echoed
// (not even '*': the length would show), Enter ends, Backspace erases, Ctrl-C / Ctrl-D on an empty
// line give up. Piped: the first line only, read no further than needed. The password is never
// written anywhere by this module; the terminal is restored whatever happens.

/** The stdin this needs: a readable stream that may be a TTY (process.stdin, or a test's). */
export type PasswordStdin = Pick<NodeJS.EventEmitter, 'on' | 'off'> & {
  readonly isTTY?: boolean | undefined;
  setRawMode?(mode: boolean): unknown;
  resume(): unknown;
  pause(): unknown;
};

export type PasswordRead = { ok: true; password: string } | { ok: false; problem: 'empty' | 'cancelled' | 'unreadable' };

/** More than this before a line ends is not a password (PASSWORD_MAX_LENGTH is 256 characters). */
const MAX_LINE_BYTES = 4096;

export function readPassword(stdin: PasswordStdin, prompt: (text: string) => void, promptText: string): Promise<PasswordRead> {
  return stdin.isTTY && typeof stdin.setRawMode === 'function' ? readFromTerminal(stdin, prompt, promptText) : readFirstLine(stdin);
}

function readFromTerminal(stdin: PasswordStdin, prompt: (text: string) => void, promptText: string): Promise<PasswordRead> {
  return new Promise((resolve) => {
    const decoder = new StringDecoder('utf8');
    let typed: string[] = [];
    // Arrow, Delete, Home, function keys… arrive as escape sequences: ESC [ params final
    // (CSI, final byte 0x40–0x7E) or ESC O x (SS3). Swallowed whole, or "[D" would be typed
    // unseen into the password. A sequence may span two reads, so the state carries over.
    let escape: 'none' | 'esc' | 'csi' | 'ss3' = 'none';
    prompt(promptText);
    const finish = (result: PasswordRead) => {
      stdin.off('data', onData);
      stdin.off('error', onError);
      stdin.setRawMode!(false);
      stdin.pause();
      // Ends the prompt's line: nothing was echoed, so the cursor is still after it.
      prompt('\n');
      typed = [];
      resolve(result);
    };
    const onError = () => finish({ ok: false, problem: 'unreadable' });
    const onData = (chunk: Buffer | string) => {
      const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      for (const character of text) {
        if (escape === 'esc') {
          escape = character === '[' ? 'csi' : character === 'O' ? 'ss3' : 'none';
          if (escape !== 'none') continue;
          // ESC then anything else (Alt+key): the ESC is dropped, the key read as usual.
        } else if (escape !== 'none') {
          const code = character.codePointAt(0) ?? 0;
          // A control key (Enter, Ctrl-C) inside a sequence still acts: the sequence is abandoned.
          if (code < 0x20) escape = 'none';
          else {
            if (escape === 'ss3' || (code >= 0x40 && code <= 0x7e)) escape = 'none';
            continue;
          }
        }
        if (character === '\u001b') {
          escape = 'esc';
          continue;
        }
        if (character === '\r' || character === '\n') {
          const password = typed.join('');
          finish(password ? { ok: true, password } : { ok: false, problem: 'empty' });
          return;
        }
        if (character === '\u0003') return finish({ ok: false, problem: 'cancelled' });
        if (character === '\u0004') {
          if (typed.length === 0) return finish({ ok: false, problem: 'cancelled' });
          continue;
        }
        if (character === '\u007f' || character === '\b') {
          typed.pop();
          continue;
        }
        // Ctrl-U erases the line, as a terminal's own line editing would.
        if (character === '\u0015') {
          typed = [];
          continue;
        }
        if (character < ' ') continue;
        typed.push(character);
      }
      // A lone Escape key press comes as ESC alone in its read: it starts no sequence.
      if (escape === 'esc') escape = 'none';
    };
    stdin.setRawMode!(true);
    stdin.on('data', onData);
    stdin.on('error', onError);
    stdin.resume();
  });
}

function readFirstLine(stdin: PasswordStdin): Promise<PasswordRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: PasswordRead) => {
      if (done) return;
      done = true;
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      stdin.pause();
      chunks.length = 0;
      resolve(result);
    };
    const line = (): PasswordRead => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(0x0a);
      const text = all.subarray(0, newline === -1 ? all.length : newline).toString('utf8').replace(/\r$/u, '');
      all.fill(0);
      return text ? { ok: true, password: text } : { ok: false, problem: 'empty' };
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      chunks.push(bytes);
      size += bytes.length;
      if (bytes.includes(0x0a) || size > MAX_LINE_BYTES) finish(line());
    };
    const onEnd = () => finish(line());
    const onError = () => finish({ ok: false, problem: 'unreadable' });
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
    stdin.resume();
  });
}
