import type { AuditEntry } from '../core/breach/audit-report-schema.ts';
import { notCheckedText, type CliTexts } from './messages.ts';
import { oneLine, type CliOutput } from './output.ts';

// Progress goes to stderr, so stdout holds only the summary. On a terminal, one line redrawn in
// place with the count, the percentage and the time left; piped or in CI, one plain line per
// address as it finishes, which a log keeps.

export interface AuditProgress {
  start(total: number, estimateSeconds: number | null): void;
  started(email: string): void;
  checked(entry: AuditEntry, done: number, total: number, remainingSeconds: number | null): void;
  cancelling(): void;
  end(): void;
}

function verdict(entry: AuditEntry, texts: CliTexts): string {
  const breach = entry.breach;
  if (breach.status === 'breached') return `${texts.progress.breached} (${breach.breaches.map((found) => oneLine(found.title)).join(', ')})`;
  if (breach.status === 'clean') return texts.progress.clean;
  return texts.progress.notChecked(notCheckedText(breach, texts));
}

export function createProgress(output: CliOutput, texts: CliTexts): AuditProgress {
  const terminal = output.stderrIsTerminal;
  let done = 0;
  let total = 0;
  let remaining: number | null = null;
  let drawn = false;
  const draw = (email: string) => {
    output.redrawLine(texts.progress.bar(done, total, remaining, email));
    drawn = true;
  };
  const clearLine = () => {
    if (drawn) output.eraseLine();
    drawn = false;
  };
  return {
    start(count, estimate) {
      total = count;
      remaining = estimate;
      output.err(texts.progress.starting(count, estimate));
      if (terminal) draw('');
    },
    started(email) {
      if (terminal) draw(email);
    },
    checked(entry, doneNow, count, remainingSeconds) {
      done = doneNow;
      total = count;
      remaining = remainingSeconds;
      if (terminal) {
        // Breaches and failures stay on screen above the redrawn line; clean ones just count.
        if (entry.breach.status !== 'clean') {
          clearLine();
          output.err(texts.progress.line(doneNow, count, entry.email, verdict(entry, texts)));
        }
        draw('');
      } else {
        output.err(texts.progress.line(doneNow, count, entry.email, verdict(entry, texts)));
      }
    },
    cancelling() {
      clearLine();
      output.err(texts.progress.cancelling);
    },
    end() {
      clearLine();
    },
  };
}
