import type { CliTexts } from './messages.ts';

// A usage or configuration problem: the command stops with exit code 2 and one sentence, in the
// user's language, saying what to fix. Never a stack trace.

export class CliProblem extends Error {
  readonly explain: (texts: CliTexts) => string;

  constructor(explain: (texts: CliTexts) => string, options?: { cause?: unknown }) {
    super('cli-problem', options);
    this.name = 'CliProblem';
    this.explain = explain;
  }
}
