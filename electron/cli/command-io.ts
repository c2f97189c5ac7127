import type { CliTexts } from './messages.ts';
import type { CliOutput } from './output.ts';

/** What a command that writes a file from the store is given (`report`, `recovery-kit`, `sheet`). */
export interface StoreCommandIo {
  output: CliOutput;
  texts: CliTexts;
  env: NodeJS.ProcessEnv;
  cwd: string;
  version: string;
  /** The clock, for tests. */
  now?: () => Date;
}
