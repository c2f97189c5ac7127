import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MfaStatus } from '../../../electron/core/model/schemas/mfa.ts';
import type { PlanStep, WalkthroughAnswerValue, WalkthroughPlan } from '../../../electron/core/model/schemas/walkthrough.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../components/use-action.ts';

/** The MFA item's choice: a catalogue method (by kind), or none, or "I don't know". */
export type MethodChoice = string;

/** Answers that need one more thing before they are saved: why (not possible), or a day (later). */
export type PendingAnswer = Extract<WalkthroughAnswerValue, 'not-possible' | 'later'>;

const PROTECTED_CHOICE = (step: PlanStep, choice: MethodChoice | null) => step.methods.find((method) => method.kind === choice) ?? null;

/**
 * One checklist item's answer. "Fait" and "Pas concerné" save at once; "Pas possible" asks why and
 * "Plus tard" asks for a day, then save. The MFA item asks once which protection is on now: a real
 * method is "done" with that method; none or "I don't know" leaves the other answers to pick.
 */
export function useItemAnswer(plan: WalkthroughPlan, step: PlanStep, onSaved: (plan: WalkthroughPlan, step: PlanStep) => void) {
  const { t } = useTranslation();
  const saved = step.answer;
  const [pending, setPending] = useState<PendingAnswer | null>(null);
  const [note, setNote] = useState(saved?.note ?? '');
  const [until, setUntil] = useState<string | null>(saved?.until ?? null);
  const [method, setMethod] = useState<MethodChoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const action = useAction<'saving'>();

  /** `choice`: the MFA item's method, passed directly when it was just picked (state lands later). */
  const save = async (answer: WalkthroughAnswerValue, extra: { note?: string; until?: string } = {}, choice: MethodChoice | null = method) => {
    setProblem(null);
    const chosen = PROTECTED_CHOICE(step, choice);
    const status: MfaStatus | undefined = step.step !== 'enable-mfa' || !choice ? undefined : (chosen?.strength ?? (choice as MfaStatus));
    await action.run(
      async () => {
        const next = await api.walkthrough.answer({
          staffId: plan.staffId,
          accountId: step.accountId,
          step: step.step,
          answer,
          ...(extra.note ? { note: extra.note } : {}),
          ...(extra.until ? { until: extra.until } : {}),
          ...(status ? { mfaStatus: status } : {}),
          ...(chosen ? { mfaMethod: chosen.kind } : {}),
        });
        setPending(null);
        onSaved(next, step);
      },
      { label: 'saving' },
    );
  };

  return {
    pending,
    note,
    setNote,
    until,
    setUntil,
    method,
    problem,
    saving: action.pending === 'saving',
    failure: action.failure,
    /** Fait / Pas concerné: saved at once. Pas possible / Plus tard: ask for what they need. */
    choose(answer: WalkthroughAnswerValue) {
      setProblem(null);
      if (answer === 'not-possible' || answer === 'later') return setPending(answer);
      setPending(null);
      void save(answer);
    },
    /** The MFA item: a protection that is really on answers it "done" at once. */
    chooseMethod(choice: MethodChoice) {
      setMethod(choice);
      setProblem(null);
      const chosen = PROTECTED_CHOICE(step, choice);
      if (chosen && chosen.strength !== 'none' && chosen.strength !== 'unknown') {
        setPending(null);
        void save('done', {}, choice);
      }
    },
    /** Save the pending answer with its reason or its day. */
    confirm() {
      if (pending === 'not-possible') {
        if (!note.trim()) return setProblem(t('walkthrough.item.reasonRequired'));
        return void save('not-possible', { note: note.trim() });
      }
      if (pending === 'later') {
        if (!until) return setProblem(t('walkthrough.item.dateRequired'));
        return void save('later', { until, ...(note.trim() ? { note: note.trim() } : {}) });
      }
    },
    cancel() {
      setPending(null);
      setProblem(null);
    },
  };
}
