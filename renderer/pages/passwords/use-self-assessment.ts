import { useState } from 'react';
import {
  DECLARATION_QUESTIONS,
  type DeclarationAnswers,
  type DeclarationQuestion,
  type StoredPasswordDeclaration,
} from '../../../electron/core/model/schemas/password.ts';
import { api } from '../../api/client.ts';
import { useAction } from '../../components/use-action.ts';

type Draft = Partial<Record<DeclarationQuestion, 'yes' | 'no'>>;

/**
 * One account's self-assessment: four yes/no answers kept in this hook until "Save", then stored
 * as declared evidence (password.declare). Nothing typed, nothing about the password itself.
 */
export function useSelfAssessment(staffId: string, accountId: string, onSaved: (declaration: StoredPasswordDeclaration) => void) {
  const [draft, setDraft] = useState<Draft>({});
  const [saved, setSaved] = useState<StoredPasswordDeclaration | null>(null);
  const saving = useAction();
  const complete = DECLARATION_QUESTIONS.every((question) => draft[question] !== undefined);

  const answer = (question: DeclarationQuestion, value: 'yes' | 'no') => {
    setDraft((current) => ({ ...current, [question]: value }));
    setSaved(null);
  };

  const save = () =>
    saving.run(async () => {
      if (!complete) return;
      const declaration = await api.password.declare({ staffId, accountId, answers: draft as DeclarationAnswers });
      setSaved(declaration);
      onSaved(declaration);
    });

  return { draft, complete, saved, answer, save, busy: saving.busy, failure: saving.failure };
}
