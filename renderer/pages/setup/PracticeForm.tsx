import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DEFAULT_POLICY, PROFESSIONS, type Practice } from '../../../electron/core/model/schemas/practice.ts';
import { api, ApiFailure } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';
import { setPracticeType } from '../../i18n/place-words.ts';
import {
  checkField,
  draftOf,
  emptyDraft,
  fieldsOfInvalidInput,
  FIELD_PATHS,
  inputOf,
  isRequiredField,
  type DraftField,
  type FieldProblem,
  type PracticeDraft,
} from './practice-validation.ts';

interface PracticeFormProps {
  /** The saved practice, or null on first run. */
  initial: Practice | null;
  submitLabel: string;
  /** Said under the button once saved; omit when saving leaves the screen (first run). */
  savedMessage?: string;
  onSaved(practice: Practice): void;
}

/**
 * The practice profile: who the report is about and who to tell. Used by the first-run setup and
 * by Settings. Each field is checked as the engine will check it, and what the engine still
 * refuses is shown at the field it names. The reference policy is not asked here: CNIL 2022 by
 * default, changed in Settings › IT provider (PolicySettings), so saving keeps the saved one.
 */
export function PracticeForm({ initial, submitLabel, savedMessage, onSaved }: PracticeFormProps) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<PracticeDraft>(() => (initial ? draftOf(initial) : emptyDraft(DEFAULT_POLICY)));
  const saving = useAction();
  const { busy: pending, failure } = saving;
  // Saved, until a field changes again.
  const [saved, setSaved] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});

  const change = <K extends keyof PracticeDraft>(key: K, value: PracticeDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setSaved(false);
  };

  const problemText = (problem: FieldProblem): string => {
    switch (problem.code) {
      case 'tooLong':
        return t('practice.errors.tooLong', { max: problem.max });
      default:
        return t(`practice.errors.${problem.code}`);
    }
  };

  const field = (key: DraftField) => ({
    name: FIELD_PATHS[key],
    value: draft[key],
    onChange: (value: string) => change(key, value),
    isRequired: isRequiredField(key),
    validate: (value: string) => {
      const problem = checkField(key, value);
      return problem ? problemText(problem) : null;
    },
    labelNote: isRequiredField(key) ? undefined : t('practice.optional'),
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { profession } = draft;
    if (!profession) return; // the Select's own check has said so at the field
    setSaved(false);
    setServerErrors({});
    await saving.run(
      async () => {
        // The policy as saved now (another tab may have changed it since this form was filled).
        const policy = (await api.practice.get())?.policy ?? draft.policy;
        const practice = await api.practice.save(inputOf({ ...draft, profession, policy }));
        setDraft(draftOf(practice));
        setPracticeType(i18n, practice.profession);
        setSaved(true);
        onSaved(practice);
      },
      {
        failed: (error) => {
          // What the engine still refuses is shown at the field it names.
          if (error instanceof ApiFailure && error.code === 'invalid-input') {
            const refused = fieldsOfInvalidInput(error.error.details);
            setServerErrors(Object.fromEntries(refused.map((path) => [path, t('practice.errors.server')])));
          }
        },
      },
    );
  };

  return (
    <Form className="practice-form" validationErrors={serverErrors} onSubmit={(event) => void submit(event)}>
      <fieldset className="form-section">
        <legend className="form-section__title">{t('practice.sections.practice')}</legend>
        <div className="form-grid">
          <TextInputField
            {...field('name')}
            className="form-grid__wide"
            label={t('practice.fields.name.label')}
            description={t('practice.fields.name.description')}
            autoComplete="organization"
          />
          <SelectField
            name={FIELD_PATHS.profession}
            className="form-grid__wide"
            label={t('practice.fields.profession.label')}
            placeholder={t('practice.fields.profession.placeholder')}
            options={PROFESSIONS.map((profession) => ({ id: profession, label: t(`practice.professions.${profession}`) }))}
            value={draft.profession}
            onChange={(value) => {
              change('profession', value);
              // On first run the form's own words follow at once ("Nom de la pharmacie"); in
              // Settings, once saved, so an unsaved choice never renames the practice elsewhere.
              if (!initial && value) setPracticeType(i18n, value);
            }}
            isRequired
            requiredMessage={t('practice.errors.professionRequired')}
          />
          <TextInputField
            {...field('street')}
            className="form-grid__wide"
            label={t('practice.fields.street.label')}
            autoComplete="street-address"
          />
          <TextInputField
            {...field('postalCode')}
            className="form-grid__third"
            label={t('practice.fields.postalCode.label')}
            autoComplete="postal-code"
            inputMode="numeric"
          />
          <TextInputField
            {...field('city')}
            className="form-grid__two-thirds"
            label={t('practice.fields.city.label')}
            autoComplete="address-level2"
          />
          <TextInputField
            {...field('emailDomain')}
            className="form-grid__wide"
            label={t('practice.fields.emailDomain.label')}
            description={t('practice.fields.emailDomain.description')}
            placeholder={t('practice.fields.emailDomain.placeholder')}
            verbatim
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('practice.sections.identifiers')}</legend>
        <p className="form-section__lead">{t('practice.sections.identifiersLead')}</p>
        <div className="form-grid">
          <TextInputField
            {...field('finess')}
            className="form-grid__third"
            label={t('practice.fields.finess.label')}
            description={t('practice.fields.finess.description')}
            verbatim
          />
          <TextInputField
            {...field('rpps')}
            className="form-grid__third"
            label={t('practice.fields.rpps.label')}
            description={t('practice.fields.rpps.description')}
            inputMode="numeric"
            verbatim
          />
          <TextInputField
            {...field('siret')}
            className="form-grid__third"
            label={t('practice.fields.siret.label')}
            description={t('practice.fields.siret.description')}
            inputMode="numeric"
            verbatim
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('practice.sections.referent')}</legend>
        <p className="form-section__lead">{t('practice.sections.referentLead')}</p>
        <div className="form-grid">
          <TextInputField
            {...field('referentName')}
            className="form-grid__wide"
            label={t('practice.fields.referentName.label')}
            autoComplete="name"
          />
          <TextInputField
            {...field('referentEmail')}
            className="form-grid__half"
            inputMode="email"
            label={t('practice.fields.referentEmail.label')}
            autoComplete="email"
            verbatim
          />
          <TextInputField
            {...field('referentPhone')}
            className="form-grid__half"
            type="tel"
            label={t('practice.fields.referentPhone.label')}
            autoComplete="tel"
          />
        </div>
      </fieldset>

      {failure ? <ErrorBanner error={failure} /> : null}
      <div className="form-actions">
        <Button type="submit" className="button button--primary" isPending={pending}>
          {pending ? t('practice.saving') : submitLabel}
        </Button>
        <SaveStatus done={saved ? savedMessage : null} />
      </div>
    </Form>
  );
}
