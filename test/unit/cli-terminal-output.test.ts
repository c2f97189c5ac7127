import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliOutput, terminalSafe } from '../../electron/cli/output.ts';
import { CLI_TEXTS } from '../../electron/cli/messages.ts';
import { createProgress } from '../../electron/cli/progress.ts';
import type { AuditEntry } from '../../electron/core/breach/audit-report-schema.ts';
import { baseEnv, runHygie } from '../support/cli-child.ts';
import { FAKE_BREACHES, fakeBreach, PRO_KEY, startFakeHibp, type FakeHibp } from '../support/fake-hibp.ts';

// Issue 13 F4: what a roster or a breach service says must never drive the operator's terminal.
// Names, addresses, breach titles and file names reach stdout and stderr only through
// electron/cli/output.ts, which shows control characters as visible escapes (\x1B, \u202E…).
// These tests read the bytes the real child process wrote.

const ESC = '\u001b';
const BEL = '\u0007';
/** Moves the cursor up, erases the line, and writes a forged verdict over the summary. */
const REWRITE = `${ESC}[1A${ESC}[2K${ESC}[32mAll addresses clean${ESC}[0m`;
/** Changes the terminal window's title (OSC 0), and a hyperlink (OSC 8) to somewhere else. */
const TITLE = `${ESC}]0;hygie: nothing found${BEL}`;
const LINK = `${ESC}]8;;https://evil.example/${ESC}\\click here${ESC}]8;;${ESC}\\`;
/** The same moves with 8-bit C1 introducers (CSI U+009B, OSC U+009D), and a right-to-left override. */
const C1 = '\u009b2K\u009d0;title\u009c';
const RLO = '\u202egnp.exe';

const EVIL_BREACH = 'EvilBreach';
/** A line break in a title would start a line of the title's choosing. */
const FORGED_LINE = '\nSummary: 3 of 3 checked — 0 breached';
const BREACHED = `victim${'\u009b'}1A@cabinet-dupont.fr`;

/** Every character a terminal would act on rather than show (C0 but line feed and tab, DEL, C1, bidi controls). */
function controlCharacters(text: string): string[] {
  const found = text.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu) ?? [];
  return found.map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/** The bytes a process wrote: valid UTF-8 (so no lone 8-bit C1 byte), and no control character once decoded. */
function controlBytes(bytes: Buffer): string[] {
  const raw = [...bytes].filter((byte) => (byte < 0x20 && byte !== 0x0a && byte !== 0x09) || byte === 0x7f);
  if (raw.length > 0) return raw.map((byte) => `0x${byte.toString(16).padStart(2, '0')}`);
  return controlCharacters(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}

let fake: FakeHibp;
const work = mkdtempSync(join(tmpdir(), 'hygie-cli-terminal-'));
const dataDir = mkdtempSync(join(tmpdir(), 'hygie-cli-terminal-data-'));

beforeAll(async () => {
  fake = await startFakeHibp({
    breaches: [...FAKE_BREACHES, fakeBreach(EVIL_BREACH, { Title: `Evil${REWRITE}${TITLE}${FORGED_LINE}`, DataClasses: [`Passwords${LINK}`], BreachDate: '2020-01-01' })],
    accounts: { [BREACHED]: [EVIL_BREACH], 'jeanne@cabinet-dupont.fr': [EVIL_BREACH] },
  });
});

afterAll(async () => {
  await fake.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('hygie audit with a hostile roster and hostile breach titles', () => {
  it('writes no escape sequence, C1 control or bidi override to stdout or stderr, and still shows the names', async () => {
    // A file name can carry escapes too: it is printed in the summary.
    const roster = join(work, `staff${ESC}]0;owned${BEL}\nSummary: forged.csv`);
    const rows = [
      ['Nom', 'Prénom', 'E-mail'],
      [`Dupont${REWRITE}`, `Jeanne${TITLE}`, 'jeanne@cabinet-dupont.fr'],
      [`Martin${LINK}`, `Paul${C1}`, BREACHED],
      [`Durand${RLO}`, 'Alice', 'alice@cabinet-dupont.fr'],
      ['Sans', 'Adresse', `pas-une-adresse${ESC}]0;x${BEL}`],
    ];
    // Quoted cells: the escape sequences hold ';', the file's delimiter.
    writeFileSync(roster, rows.map((cells) => cells.map((cell) => `"${cell}"`).join(';')).join('\r\n'), 'utf8');
    const run = await runHygie(['audit', '--roster', roster, '--lang', 'en'], {
      env: baseEnv({ LANG: 'en_GB.UTF-8', HYGIE_DATA_DIR: dataDir, HYGIE_HIBP_BASE_URL: fake.baseUrl, HIBP_API_KEY: PRO_KEY }),
    });

    expect(run.code, run.stderr).toBe(1);
    expect(controlBytes(run.stdoutBytes)).toEqual([]);
    expect(controlBytes(run.stderrBytes)).toEqual([]);
    // Shown, as visible escapes, where they were: the operator sees that something is off.
    expect(run.stdout).toContain('Jeanne\\x1B]0;hygie: nothing found\\x07 Dupont\\x1B[1A\\x1B[2K');
    expect(run.stdout).toContain('Alice Durand\\u202Egnp.exe <alice@cabinet-dupont.fr>');
    expect(run.stdout).toContain('victim\\x9B1a@cabinet-dupont.fr');
    expect(run.stdout).toContain('Evil\\x1B[1A');
    expect(run.stdout).toContain('staff\\x1B]0;owned\\x07\\x0ASummary: forged.csv');
    expect(run.stdout).toMatch(/line 5: invalid e-mail address: "pas-une-adresse\\x1B\]0;x\\x07"/u);
    // The summary's own lines are intact.
    expect(run.stdout).toContain('Found in a breach (2)');
    expect(run.stdout).toContain('No known breach (1)');
    expect(run.stderr).toContain('Evil\\x1B[1A');
    // Data never starts a line of its own.
    expect(run.stdout.split('\n').filter((line) => line.startsWith('Summary:'))).toHaveLength(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('Summary:'))).toHaveLength(0);
    expect(run.stdout).toContain('\\x0ASummary: 3 of 3 checked — 0 breached');
  });
});

describe('the CLI output layer', () => {
  function sink(isTTY: boolean) {
    const written: string[] = [];
    return { written, sink: { isTTY, write: (text: string) => written.push(text) } };
  }

  it('keeps line breaks and tabs of its own texts, and shows every other control as a visible escape', () => {
    expect(terminalSafe('a\tb\nc')).toBe('a\tb\nc');
    expect(terminalSafe(`x${ESC}[2Ky`)).toBe('x\\x1B[2Ky');
    expect(terminalSafe('a\rb')).toBe('a\\x0Db');
    expect(terminalSafe('\u0085\u009b\u007f')).toBe('\\x85\\x9B\\x7F');
    expect(terminalSafe('\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c')).toBe(
      '\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C',
    );
    expect(terminalSafe('Hélène « Lefèvre » 😀 中文')).toBe('Hélène « Lefèvre » 😀 中文');
  });

  it('redraws the progress line on a terminal with its own erase sequence only, the address made safe', () => {
    const out = sink(true);
    const err = sink(true);
    const output = new CliOutput(out.sink, err.sink);
    const progress = createProgress(output, CLI_TEXTS.en);
    progress.start(1, 6);
    progress.started(`a${ESC}]0;t${BEL}@x.fr`);
    const entry: AuditEntry = {
      name: `Eve${ESC}[1A`,
      email: `a${ESC}]0;t${BEL}@x.fr`,
      breach: {
        status: 'breached',
        source: 'hibp-range',
        sources: [{ source: 'hibp-range', status: 'breached' }],
        breaches: [{ name: 'X', title: `X${ESC}[2K`, breachDate: null, dataClasses: [] }],
      },
    };
    progress.checked(entry, 1, 1, 0);
    progress.end();
    const text = err.written.join('');
    // Every escape in the output is the output layer's own "go to column 0, erase the line".
    expect(text.replaceAll(`\r${ESC}[2K`, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u);
    expect(text).toContain('a\\x1B]0;t\\x07@x.fr');
    expect(text).toContain('X\\x1B[2K');
  });

  it('never redraws when stderr is not a terminal', () => {
    const out = sink(false);
    const err = sink(false);
    const output = new CliOutput(out.sink, err.sink);
    const progress = createProgress(output, CLI_TEXTS.en);
    progress.start(2, 12);
    progress.started('a@x.fr');
    progress.end();
    expect(controlCharacters(err.written.join(''))).toEqual([]);
  });
});
