import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaStatus } from '../../../electron/core/model/schemas/mfa.ts';
import type { PlanAccount, PlanStep, WalkthroughAnswerValue, WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../components/use-action.ts';

/** The MFA step's choice: a catalogue method (by kind), or none, or "I don't know". */
export type MethodChoice = string;

function initialMethod(step: PlanStep, account: PlanAccount | null): MethodChoice | null {
  const record = account?.mfa;
  if (!record) return null;
  const kind = record.methods[0];
  if (kind && step.methods.some((method) => method.kind === kind)) return kind;
  if (record.status === 'none') return 'none';
  if (record.status === 'unknown') return 'unknown';
  return null;
}

interface StepAnswerOptions {
  plan: WalkthroughPlan;
  step: PlanStep;
  account: PlanAccount | null;
  onSaved(plan: WalkthroughPlan, step: PlanStep): void;
  onPlan(plan: WalkthroughPlan): void;
}

/**
 * One walkthrough step's answer: what the person says (done, not possible, not applicable), the
 * MFA method they turned on, a note; checked here (an answer, and a real method for a "done" MFA
 * step), then saved. The account's provider can be changed on the way.
 */
export function useStepAnswer({ plan, step, account, onSaved, onPlan }: StepAnswerOptions) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<WalkthroughAnswerValue | null>(step.answer?.answer ?? null);
  const [method, setMethod] = useState<MethodChoice | null>(initialMethod(step, account));
  const [note, setNote] = useState(step.answer?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction<'saving' | 'provider'>();
  const isMfa = step.step === 'enable-mfa';

  const submit = async () => {
    action.reset();
    if (!answer) return setProblem(t('walkthrough.answers.required'));
    const chosen = isMfa && method ? step.methods.find((candidate) => candidate.kind === method) : undefined;
    const mfaStatus: MfaStatus | undefined = !isMfa || !method ? undefined : chosen ? chosen.strength : (method as MfaStatus);
    if (isMfa && answer === 'done' && (!mfaStatus || mfaStatus === 'none' || mfaStatus === 'unknown')) {
      return setProblem(t('walkthrough.method.required'));
    }
    setProblem(null);
    await action.run(
      async () => {
        const next = await api.walkthrough.answer({
          staffId: plan.staffId,
          accountId: step.accountId,
          step: step.step,
          answer,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(mfaStatus ? { mfaStatus } : {}),
          ...(chosen ? { mfaMethod: chosen.kind } : {}),
        });
        onSaved(next, step);
      },
      { label: 'saving' },
    );
  };

  const chooseProvider = async (provider: string) => {
    if (!account) return;
    await action.run(async () => onPlan(await api.walkthrough.chooseProvider({ staffId: plan.staffId, accountId: account.accountId, provider })), {
      label: 'provider',
    });
  };

  return {
    isMfa,
    answer,
    chooseAnswer: (value: WalkthroughAnswerValue) => {
      setAnswer(value);
      setProblem(null);
    },
    /** A password check that passed answers the check-password step. */
    markDone: () => setAnswer('done'),
    method,
    chooseMethod: (value: MethodChoice) => {
      setMethod(value);
      setProblem(null);
    },
    note,
    setNote,
    problem,
    saving: action.pending === 'saving',
    failure: action.failure,
    submit,
    chooseProvider,
  };
}
