import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';

export interface AdvancedField {
  name: string;
  label: string;
  value: string;
  description: string;
  validate(value: string): string | null;
  url?: boolean;
}

interface DirectoryAdvancedFormProps {
  fields: AdvancedField[];
  /** Sends the edited values; resolves once saved. */
  onSave(values: Record<string, string>): Promise<void>;
}

/**
 * The settings an IT provider fills in once (tenant, client id, base URLs), folded away under a
 * native <details>: keyboard and screen readers know it, and the front desk never needs it.
 */
export function DirectoryAdvancedForm({ fields, onSave }: DirectoryAdvancedFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((field) => [field.name, field.value])));
  const saving = useAction();
  const { busy, failure } = saving;
  // Saved, until a field changes again.
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value.trim().replace(/\/+$/u, '')]));
    setDone(false);
    void saving.run(async () => {
      await onSave(trimmed);
      setDone(true);
    });
  };

  return (
    <details className="disclosure directory-advanced">
      <summary className="disclosure__summary directory-advanced__summary">{t('directory.advanced')}</summary>
      <Form className="disclosure__body directory-advanced__form" onSubmit={submit}>
        <p className="prose prose--muted">{t('directory.settingsChangeNote')}</p>
        {fields.map((field) => (
          <TextInputField
            key={field.name}
            name={field.name}
            label={field.label}
            description={field.description}
            verbatim
            {...(field.url ? { inputMode: 'url' as const } : {})}
            value={values[field.name] ?? ''}
            onChange={(value) => {
              setValues((current) => ({ ...current, [field.name]: value }));
              setDone(false);
            }}
            validate={field.validate}
          />
        ))}
        <div className="button-row">
          <Button type="submit" className="button button--secondary" isPending={busy}>
            {busy ? t('directory.savingSettings') : t('directory.saveSettings')}
          </Button>
        </div>
        <SaveStatus done={done ? t('directory.settingsSaved') : null} />
        {failure ? <ErrorBanner error={failure} /> : null}
      </Form>
    </details>
  );
}
