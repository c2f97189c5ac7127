import { useId, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_HIBP_BASE_URL,
  DEFAULT_PWNED_PASSWORDS_BASE_URL,
  ServiceBaseUrlSchema,
  type ServicesSettings,
} from '../../../electron/core/model/schemas/services.ts';
import { api, ApiFailure } from '../../api/client.ts';
import { accepts, asKept } from '../../api/field-rules.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';
import { fieldsOfInvalidInput } from '../setup/practice-validation.ts';

interface ServiceUrlsSectionProps {
  settings: ServicesSettings;
  onSettings(next: ServicesSettings): void;
}

/** Where breach checks are sent: HIBP and Pwned Passwords, or a practice group's own mirror. */
export function ServiceUrlsSection({ settings, onSettings }: ServiceUrlsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [hibp, setHibp] = useState(settings.hibpBaseUrl);
  const [pwned, setPwned] = useState(settings.pwnedPasswordsBaseUrl);
  const sending = useAction<'saving' | 'restoring'>();
  const { pending: busy, failure } = sending;
  const [done, setDone] = useState<'saved' | 'restored' | null>(null);
  const [refused, setRefused] = useState<Record<string, string>>({});

  // Nothing to restore when both the saved addresses and the fields already hold the defaults.
  const isDefault =
    settings.hibpBaseUrl === DEFAULT_HIBP_BASE_URL &&
    settings.pwnedPasswordsBaseUrl === DEFAULT_PWNED_PASSWORDS_BASE_URL &&
    asKept(ServiceBaseUrlSchema, hibp) === DEFAULT_HIBP_BASE_URL &&
    asKept(ServiceBaseUrlSchema, pwned) === DEFAULT_PWNED_PASSWORDS_BASE_URL;

  const send = (kind: 'saving' | 'restoring', hibpBaseUrl: string, pwnedPasswordsBaseUrl: string) =>
    sending.run(
      async () => {
        setDone(null);
        setRefused({});
        const next = await api.services.set({ hibpBaseUrl, pwnedPasswordsBaseUrl });
        setHibp(next.hibpBaseUrl);
        setPwned(next.pwnedPasswordsBaseUrl);
        onSettings(next);
        setDone(kind === 'saving' ? 'saved' : 'restored');
      },
      {
        label: kind,
        failed: (error) => {
          // The engine names the fields it refused: each is marked, beside the banner.
          if (error instanceof ApiFailure && error.code === 'invalid-input') {
            const fields = fieldsOfInvalidInput(error.error.details);
            setRefused(Object.fromEntries(fields.map((field) => [field, t('services.urls.invalid')])));
          }
        },
      },
    );

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send('saving', asKept(ServiceBaseUrlSchema, hibp), asKept(ServiceBaseUrlSchema, pwned));
  };

  const validate = (value: string) => (accepts(ServiceBaseUrlSchema, value) ? null : t('services.urls.invalid'));

  return (
    <section className="settings-subsection" aria-labelledby={headingId}>
      <div className="settings-subsection__head">
        <h3 id={headingId} className="settings-subsection__title">
          {t('services.urls.title')}
        </h3>
      </div>
      <p className="prose">{t('services.urls.explanation')}</p>
      <Form className="form-stack urls-form" validationErrors={refused} onSubmit={save}>
        <TextInputField
          name="hibpBaseUrl"
          inputMode="url"
          verbatim
          isRequired
          label={t('services.urls.hibp')}
          description={t('services.urls.defaultIs', { url: DEFAULT_HIBP_BASE_URL })}
          value={hibp}
          onChange={(value) => {
            setHibp(value);
            setDone(null);
          }}
          validate={validate}
        />
        <TextInputField
          name="pwnedPasswordsBaseUrl"
          inputMode="url"
          verbatim
          isRequired
          label={t('services.urls.pwnedPasswords')}
          description={t('services.urls.defaultIs', { url: DEFAULT_PWNED_PASSWORDS_BASE_URL })}
          value={pwned}
          onChange={(value) => {
            setPwned(value);
            setDone(null);
          }}
          validate={validate}
        />
        <div className="button-row">
          <Button type="submit" className="button button--primary" isPending={busy === 'saving'} isDisabled={busy === 'restoring'}>
            {busy === 'saving' ? t('services.urls.saving') : t('services.urls.save')}
          </Button>
          <Button
            className="button button--secondary"
            isPending={busy === 'restoring'}
            isDisabled={busy === 'saving' || isDefault}
            onPress={() => void send('restoring', DEFAULT_HIBP_BASE_URL, DEFAULT_PWNED_PASSWORDS_BASE_URL)}
          >
            {busy === 'restoring' ? t('services.urls.saving') : t('services.urls.restoreDefaults')}
          </Button>
        </div>
      </Form>
      <SaveStatus done={done === 'saved' ? t('services.urls.saved') : done === 'restored' ? t('services.urls.restored') : null} />
      {failure ? <ErrorBanner error={failure} /> : null}
    </section>
  );
}
