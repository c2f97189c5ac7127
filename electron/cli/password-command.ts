import { ERROR_MESSAGES } from '../core/model/error-messages.ts';
import { HygieError } from '../core/model/hygie-error.ts';
import { PASSWORD_MAX_LENGTH, type PasswordAssessment, type RuleOutcome } from '../core/model/schemas/password.ts';
import { DEFAULT_POLICY, type PolicyId } from '../core/model/schemas/practice.ts';
import type { PwnedPasswordOutcome } from '../core/model/schemas/pwned-passwords.ts';
import { createPwnedPasswordsClient } from '../core/breach/pwned-range.ts';
import { assessPassword } from '../core/password/assess-password.ts';
import { warmUpStrength } from '../core/password/strength.ts';
import type { PasswordContext } from '../core/password/context-words.ts';
import { servicesSettings } from '../core/settings/services-settings.ts';
import { cliUserAgent } from './app-version.ts';
import { configurationFrom, type CliConfiguration } from './configuration.ts';
import { EXIT } from './exit-codes.ts';
import { withKeychainCause } from './keychain-messages.ts';
import { openExistingStore } from './local-store.ts';
import type { CliTexts } from './messages.ts';
import type { CliOutput } from './output.ts';
import type { PasswordCommand } from './password-arguments.ts';
import { readPassword, type PasswordStdin } from './password-input.ts';
import { PASSWORD_TEXTS } from './password-messages.ts';

// `hygie password`: one password from stdin, its strength, the chosen policy's rules with their
// explanations, and the Pwned Passwords answer. Exit 0: passes the policy and is not pwned;
// 1: fails (pwned included); 3: passes as far as could be judged but the pwned lookup could not
// answer; 2: usage or configuration. No reuse check here: one password has nothing to be compared
// with, so the not-reused rule passes and the output says why. Nothing is written anywhere.

export interface PasswordIo {
  output: CliOutput;
  texts: CliTexts;
  env: NodeJS.ProcessEnv;
  version: string;
  stdin: PasswordStdin;
  onInterrupt(cancel: () => void): () => void;
}

/** Ctrl-C at the prompt or during the lookup: the shell's convention for "interrupted". */
const EXIT_INTERRUPTED = 130;

interface PracticeData {
  context: PasswordContext['practice'];
  policy: PolicyId | null;
  pwnedBaseUrl: string | null;
  mirrorDir: string | null;
}

/** The practice's words and settings when Hygie's data folder has them; otherwise say so and go on. */
async function practiceData(configuration: CliConfiguration, io: PasswordIo): Promise<PracticeData | null> {
  const texts = PASSWORD_TEXTS[io.texts.language];
  try {
    const store = await openExistingStore(configuration.dataDir, configuration.secrets, configuration.legacyDataDir);
    if (!store) {
      io.output.err(texts.noPracticeData(configuration.dataDir));
      return null;
    }
    try {
      const practice = store.practice.get();
      const settings = servicesSettings(store, null);
      return {
        context: practice ? { name: practice.name, city: practice.address.city, profession: practice.profession } : null,
        policy: practice?.policy ?? null,
        pwnedBaseUrl: settings.pwnedPasswordsBaseUrl,
        mirrorDir: settings.pwnedPasswordsMirrorDir,
      };
    } finally {
      store.close();
    }
  } catch (error) {
    const message = error instanceof HygieError ? ERROR_MESSAGES[error.code].message[io.texts.language] : io.texts.unexpected('');
    io.output.err(withKeychainCause(io.texts.language, texts.practiceDataUnreadable(message), error));
    return null;
  }
}

/** The lookup's answer, or 'interrupted' when Ctrl-C came while it ran. */
async function pwnedOutcome(
  password: string,
  configuration: CliConfiguration,
  practice: PracticeData | null,
  io: PasswordIo,
): Promise<PwnedPasswordOutcome | 'interrupted'> {
  // HYGIE_PWNED_BASE_URL wins over the app's settings, a local copy included.
  const fromEnv = configuration.pwnedPasswordsBaseUrl;
  const baseUrl = fromEnv ?? practice?.pwnedBaseUrl ?? null;
  const client = createPwnedPasswordsClient({
    ...(baseUrl ? { baseUrl } : {}),
    mirrorDir: fromEnv ? null : (practice?.mirrorDir ?? null),
    userAgent: cliUserAgent(io.version),
  });
  const controller = new AbortController();
  const stopListening = io.onInterrupt(() => controller.abort());
  try {
    const outcome = await client.checkPassword(password, controller.signal);
    // Ctrl-C ends the lookup as 'cancelled': the person gave up, as at the prompt (not exit 3).
    return controller.signal.aborted ? 'interrupted' : outcome;
  } catch {
    return controller.signal.aborted ? 'interrupted' : { status: 'not-checked', source: client.source, reason: 'network' };
  } finally {
    stopListening();
    await client.close();
  }
}

const MARK: Record<RuleOutcome, string> = { pass: '✓', fail: '✗', pending: '?', 'not-checked': '?' };

function printText(assessment: PasswordAssessment, pwned: PwnedPasswordOutcome, io: PasswordIo): void {
  const { output, texts: cli } = io;
  const language = cli.language;
  const texts = PASSWORD_TEXTS[language];
  const [chosen, ...others] = assessment.policies;
  output.out(texts.title(io.version));
  output.out(texts.privacy);
  output.out();
  output.out(texts.verdictLine(texts.verdict[assessment.verdict]));
  if (chosen) output.out(texts.policyLine(chosen.title[language], chosen.source.citation, chosen.source.url, chosen.cnilCase));
  output.out(texts.strength(assessment.strength.score, assessment.strength.estimatedBits, assessment.strength.theoreticalBits));
  output.out();
  output.out(texts.rulesHeading);
  for (const rule of chosen?.rules ?? []) output.out(`  ${MARK[rule.outcome]} ${rule.explanation[language]}`);
  output.out();
  if (pwned.status === 'pwned') output.out(texts.pwnedFound(pwned.count));
  else if (pwned.status === 'not-pwned') output.out(texts.pwnedAbsent);
  else output.out(texts.pwnedNotChecked(cli.reason[pwned.reason]));
  output.out(texts.reuse);
  const advice = [assessment.strength.warning, ...assessment.strength.suggestions].filter((text) => text !== null);
  if (advice.length > 0) {
    output.out(texts.advice);
    for (const text of advice) output.out(`  ${text[language]}`);
  }
  if (others.length > 0) {
    output.out();
    output.out(texts.othersHeading);
    for (const policy of others) output.out(texts.otherPolicy(policy.title[language], texts.verdict[policy.verdict]));
  }
  if (assessment.verdict !== 'pass') {
    output.out();
    output.out(assessment.verdict === 'fail' ? texts.nextFail : texts.nextNotChecked);
  }
}

/**
 * For scripts, whose output ends up in logs: the verdicts, the score and each rule's outcome.
 * Not the explanations (they quote the length and the context words found), nor the bit
 * estimates (a random password's are its length × log2 10), nor the length.
 */
function jsonResult(assessment: PasswordAssessment, pwned: PwnedPasswordOutcome, practiceContext: boolean, exitCode: number): unknown {
  const { strength } = assessment;
  return {
    verdict: assessment.verdict,
    exitCode,
    policy: assessment.policy,
    strength: {
      score: strength.score,
      contextKinds: [...new Set(strength.contextWords.map((word) => word.kind))],
      warning: strength.warning,
      suggestions: strength.suggestions,
    },
    policies: assessment.policies.map((policy) => ({
      policy: policy.policy,
      cnilCase: policy.cnilCase,
      title: policy.title,
      source: policy.source,
      verdict: policy.verdict,
      rules: policy.rules.map((rule) => ({ kind: rule.kind, outcome: rule.outcome })),
    })),
    pwned,
    reuse: 'not-applicable',
    practiceContext,
  };
}

function exitCodeOf(assessment: PasswordAssessment): number {
  if (assessment.verdict === 'pass') return EXIT.allClean;
  if (assessment.verdict === 'fail') return EXIT.breached;
  return EXIT.incomplete;
}

export async function passwordCommand(command: PasswordCommand, io: PasswordIo): Promise<number> {
  const texts = PASSWORD_TEXTS[io.texts.language];
  // A wrong setting stops before the password is even asked for.
  const configuration = configurationFrom(io.env);
  const practice = await practiceData(configuration, io);

  const reading = readPassword(io.stdin, (text) => io.output.errRaw(text), texts.prompt);
  // The dictionaries are ranked while the password is typed (or its pipe read): at a terminal
  // the person does not wait for them after Enter. Same estimates either way.
  warmUpStrength();
  const read = await reading;
  if (!read.ok) {
    if (read.problem === 'cancelled') {
      io.output.err(texts.usage.cancelled);
      return EXIT_INTERRUPTED;
    }
    io.output.err(read.problem === 'empty' ? texts.usage.noPassword : texts.usage.unreadable);
    return EXIT.usage;
  }
  const password = read.password;
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    io.output.err(texts.usage.tooLong(PASSWORD_MAX_LENGTH));
    return EXIT.usage;
  }

  const pwned = await pwnedOutcome(password, configuration, practice, io);
  if (pwned === 'interrupted') {
    io.output.err(texts.usage.cancelled);
    return EXIT_INTERRUPTED;
  }
  const policy = command.policy ?? practice?.policy ?? DEFAULT_POLICY;
  let assessment: PasswordAssessment;
  try {
    assessment = assessPassword(password, {
      context: { practice: practice?.context ?? null, person: null },
      facts: { mfa: false, admin: false, lockout: false },
      policy,
      pwned,
      // Nothing to compare with: the rule passes without claiming the password differs.
      reusedWith: [],
      comparedWith: 0,
    });
  } catch {
    // The engine's own message could quote the password: never pass it on.
    io.output.err(io.texts.unexpected('password assessment'));
    return EXIT.internal;
  }
  const code = exitCodeOf(assessment);
  if (command.json) io.output.out(JSON.stringify(jsonResult(assessment, pwned, practice?.context != null, code), null, 2));
  else printText(assessment, pwned, io);
  return code;
}
