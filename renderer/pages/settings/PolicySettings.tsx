import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyId, Practice } from '../../../electron/core/model/schemas/practice.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAction } from '../../components/use-action.ts';
import { PolicyChoice } from './PolicyChoice.tsx';
import { inputOf, draftOf } from '../setup/practice-validation.ts';

/** The practice as saved, with another policy: the one field this section changes. */
function withPolicy(practice: Practice, policy: PolicyId) {
  return inputOf({ ...draftOf(practice), profession: practice.profession, policy });
}

/**
 * The reference policy the passwords and the report are judged against: CNIL 2022 unless the IT
 * provider chooses another. Saved as soon as it is chosen, like the language.
 */
export function PolicySettings({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const { state, reload, set } = useLoad(api.practice.get);
  const saving = useAction<PolicyId>();
  const [saved, setSaved] = useState(false);
  const headingId = useId();

  const choose = (practice: Practice, policy: PolicyId) => {
    setSaved(false);
    void saving.run(
      async () => {
        // Saved as the engine has it now, so nothing else changed meanwhile is undone.
        const current = (await api.practice.get()) ?? practice;
        set(await api.practice.save(withPolicy(current, policy)));
        setSaved(true);
        onChanged();
      },
      { label: policy },
    );
  };

  return (
    <Panel title={t('policy.label')} icon="scale" headingId={headingId}>
      {state.status === 'loading' ? (
        <p className="prose prose--muted">{t('settings.practice.loading')}</p>
      ) : state.status === 'failed' ? (
        <ErrorBanner error={state.failure} onRetry={() => void reload()} />
      ) : state.value === null ? null : (
        <>
          <PolicyChoice
            name="policy"
            labelledBy={headingId}
            value={saving.pending ?? state.value.policy}
            onChange={(policy) => {
              if (state.value) choose(state.value, policy);
            }}
          />
          {saving.failure ? <ErrorBanner error={saving.failure} /> : null}
          <SaveStatus done={saved ? t('policy.saved') : null} />
        </>
      )}
    </Panel>
  );
}
