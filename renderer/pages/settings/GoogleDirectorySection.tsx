import { useId, useState, type FormEvent } from 'react';
import { Button, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  ClientIdSchema,
  DEFAULT_GOOGLE_ADMIN_BASE_URL,
  DEFAULT_GOOGLE_OAUTH_BASE_URL,
  OAuthClientSecretSchema,
  OAuthTokenSchema,
  type DirectoryStatus,
} from '../../../electron/core/model/schemas/directory.ts';
import { ServiceBaseUrlSchema } from '../../../electron/core/model/schemas/services.ts';
import { api } from '../../api/client.ts';
import { accepts } from '../../api/field-rules.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';
import { DirectoryAdvancedForm } from './DirectoryAdvancedForm.tsx';
import { DirectoryConnectionActions } from './DirectoryConnectionActions.tsx';
import { DirectoryLastImport } from './DirectoryLastImport.tsx';

interface SectionProps {
  status: DirectoryStatus;
  onStatus(next: DirectoryStatus): void;
  onChanged(): void;
}

type Mode = 'access' | 'refresh';

/**
 * Google Workspace: Google's device flow refuses the Admin SDK scope, so the IT provider pastes a
 * token from their own OAuth client. It is checked against the directory, then kept in the
 * keychain; the fields are emptied at once.
 */
export function GoogleDirectorySection({ status, onStatus, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const google = status.google;
  const connected = google.connection === 'connected';
  const [mode, setMode] = useState<Mode>('access');
  const [token, setToken] = useState('');
  const [secret, setSecret] = useState('');
  const saving = useAction();
  const { busy, failure } = saving;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = mode === 'access' ? { accessToken: token.trim() } : { refreshToken: token.trim(), clientSecret: secret.trim() };
    void saving
      .run(async () => {
        const next = await api.directory.setGoogleCredential(input);
        setToken('');
        setSecret('');
        onStatus(next);
      })
      // Kept or refused, the attempt is in the audit journal.
      .then(onChanged);
  };

  const validUrl = (value: string) => (accepts(ServiceBaseUrlSchema, value) ? null : t('directory.urlInvalid'));

  return (
    <section className="settings-subsection" aria-labelledby={headingId}>
      <div className="settings-subsection__head">
        <h3 id={headingId} className="settings-subsection__title">
          {t('directory.google.title')}
        </h3>
        <StatusChip tone={connected ? 'success' : 'neutral'} label={connected ? t('directory.connected') : t('directory.notConnected')} />
        {connected ? (
          <StatusChip tone={google.renewable ? 'info' : 'warning'} label={google.renewable ? t('directory.google.renewable') : t('directory.google.notRenewable')} />
        ) : null}
      </div>
      <p className="prose">{t('directory.google.explanation')}</p>
      <p className="callout callout--info directory-notice">{t('directory.google.limitation')}</p>
      <p className="prose prose--muted">{t('directory.google.methodNote')}</p>

      {connected ? (
        <>
          <p className="prose">
            <strong>{google.account ? t('directory.connectedTo', { account: google.account }) : t('directory.connected')}</strong>{' '}
            {t('directory.tokensWhere')}
          </p>
          {google.lastImport ? <DirectoryLastImport summary={google.lastImport} /> : null}
          <DirectoryConnectionActions provider="google" onStatus={onStatus} onChanged={onChanged} />
        </>
      ) : (
        <Form className="form-stack" onSubmit={submit}>
          <RadioGroup className="choice-group" value={mode} onChange={(value) => setMode(value === 'refresh' ? 'refresh' : 'access')}>
            <Label className="form-field__label">{t('directory.google.mode')}</Label>
            <div className="choice-group__options">
              {(['access', 'refresh'] as const).map((value) => (
                <Radio key={value} value={value} className="choice">
                  <span className="choice__indicator" aria-hidden="true" />
                  <span className="choice__text">
                    <span className="choice__label">{t(value === 'access' ? 'directory.google.modeAccess' : 'directory.google.modeRefresh')}</span>
                  </span>
                </Radio>
              ))}
            </div>
          </RadioGroup>
          <TextInputField
            name="token"
            type="password"
            autoComplete="off"
            verbatim
            isRequired
            inputClassName="key-form__input"
            label={mode === 'access' ? t('directory.google.accessToken') : t('directory.google.refreshToken')}
            description={t('directory.google.tokenHint')}
            value={token}
            onChange={setToken}
            validate={(value) => (accepts(OAuthTokenSchema, value) ? null : t('directory.google.tokenInvalid'))}
          />
          {mode === 'refresh' ? (
            <TextInputField
              name="clientSecret"
              type="password"
              autoComplete="off"
              verbatim
              isRequired
              inputClassName="key-form__input"
              label={t('directory.google.clientSecret')}
              value={secret}
              onChange={setSecret}
              validate={(value) => (accepts(OAuthClientSecretSchema, value) ? null : t('directory.google.secretInvalid'))}
            />
          ) : null}
          <div className="button-row">
            <Button type="submit" className="button button--primary" isDisabled={busy}>
              {busy ? t('directory.google.connecting') : t('directory.google.connect')}
            </Button>
          </div>
        </Form>
      )}
      {failure ? <ErrorBanner error={failure} /> : null}

      <DirectoryAdvancedForm
        fields={[
          {
            name: 'clientId',
            label: t('directory.google.clientId'),
            value: google.settings.clientId,
            description: t('directory.google.clientIdHint'),
            validate: (value) => (accepts(ClientIdSchema, value) ? null : t('directory.google.clientIdInvalid')),
          },
          {
            name: 'oauthBaseUrl',
            label: t('directory.google.oauthBaseUrl'),
            value: google.settings.oauthBaseUrl,
            description: t('directory.defaultIs', { value: DEFAULT_GOOGLE_OAUTH_BASE_URL }),
            validate: validUrl,
            url: true,
          },
          {
            name: 'adminBaseUrl',
            label: t('directory.google.adminBaseUrl'),
            value: google.settings.adminBaseUrl,
            description: t('directory.defaultIs', { value: DEFAULT_GOOGLE_ADMIN_BASE_URL }),
            validate: validUrl,
            url: true,
          },
        ]}
        onSave={async (values) => {
          onStatus(
            await api.directory.saveSettings({
              google: {
                clientId: values.clientId ?? '',
                oauthBaseUrl: values.oauthBaseUrl ?? DEFAULT_GOOGLE_OAUTH_BASE_URL,
                adminBaseUrl: values.adminBaseUrl ?? DEFAULT_GOOGLE_ADMIN_BASE_URL,
              },
            }),
          );
          onChanged();
        }}
      />
    </section>
  );
}
