import { useCallback, useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  ClientIdSchema,
  DEFAULT_MICROSOFT_GRAPH_BASE_URL,
  DEFAULT_MICROSOFT_LOGIN_BASE_URL,
  DEFAULT_MICROSOFT_TENANT,
  TenantSchema,
  type DirectoryStatus,
  type SignInStart,
} from '../../../electron/core/model/schemas/directory.ts';
import { ServiceBaseUrlSchema } from '../../../electron/core/model/schemas/services.ts';
import { api } from '../../api/client.ts';
import { accepts } from '../../api/field-rules.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { useAction } from '../../components/use-action.ts';
import { DeviceCodeSignIn, type SignInOutcome } from './DeviceCodeSignIn.tsx';
import { DirectoryAdvancedForm } from './DirectoryAdvancedForm.tsx';
import { DirectoryConnectionActions } from './DirectoryConnectionActions.tsx';
import { DirectoryLastImport } from './DirectoryLastImport.tsx';

interface SectionProps {
  status: DirectoryStatus;
  onStatus(next: DirectoryStatus): void;
  onChanged(): void;
}

/** Microsoft 365: device-code sign-in, then the import of Entra ID's MFA registration report. */
export function MicrosoftDirectorySection({ status, onStatus, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const microsoft = status.microsoft;
  const connected = microsoft.connection === 'connected';
  const [signIn, setSignIn] = useState<SignInStart | null>(null);
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null);
  const action = useAction<'starting' | 'status'>();
  const { run, failure } = action;
  const starting = action.pending === 'starting';

  const begin = () => {
    setOutcome(null);
    void run(async () => setSignIn(await api.directory.signInStart({ provider: 'microsoft' })), { label: 'starting' });
  };

  const finished = useCallback(
    (result: SignInOutcome) => {
      setSignIn(null);
      setOutcome(result === 'cancelled' ? null : result);
      onChanged();
      void run(async () => onStatus(await api.directory.status()), { label: 'status' });
    },
    [onStatus, onChanged, run],
  );

  const validUrl = (value: string) => (accepts(ServiceBaseUrlSchema, value) ? null : t('directory.urlInvalid'));

  return (
    <section className="settings-subsection" aria-labelledby={headingId}>
      <div className="settings-subsection__head">
        <h3 id={headingId} className="settings-subsection__title">
          {t('directory.microsoft.title')}
        </h3>
        <StatusChip tone={connected ? 'success' : 'neutral'} label={connected ? t('directory.connected') : t('directory.notConnected')} />
      </div>
      <p className="prose">{t('directory.microsoft.explanation')}</p>

      {connected ? (
        <>
          <p className="prose">
            <strong>{microsoft.account ? t('directory.connectedAs', { account: microsoft.account }) : t('directory.connected')}</strong>{' '}
            {t('directory.tokensWhere')}
          </p>
          {microsoft.lastImport ? <DirectoryLastImport summary={microsoft.lastImport} /> : null}
          <DirectoryConnectionActions provider="microsoft" onStatus={onStatus} onChanged={onChanged} />
        </>
      ) : signIn ? (
        <DeviceCodeSignIn provider="microsoft" start={signIn} onDone={finished} />
      ) : (
        <>
          {microsoft.settings.clientId === '' ? <p className="prose prose--muted">{t('directory.microsoft.notConfigured')}</p> : null}
          <div className="button-row">
            <Button className="button button--primary" isDisabled={starting || microsoft.settings.clientId === ''} onPress={begin}>
              {starting ? t('directory.microsoft.starting') : t('directory.microsoft.signIn')}
            </Button>
          </div>
        </>
      )}
      <SaveStatus
        done={
          outcome === 'connected' ? t('directory.device.connected') : null
        }
      />
      {outcome === 'denied' || outcome === 'expired' ? (
        <p role="alert" className="callout callout--warning directory-notice">
          {t(`directory.device.${outcome}`)}
        </p>
      ) : null}
      {failure ? <ErrorBanner error={failure} /> : null}

      <DirectoryAdvancedForm
        fields={[
          {
            name: 'tenant',
            label: t('directory.microsoft.tenant'),
            value: microsoft.settings.tenant,
            description: `${t('directory.microsoft.tenantHint')} ${t('directory.defaultIs', { value: DEFAULT_MICROSOFT_TENANT })}`,
            validate: (value) => (accepts(TenantSchema, value) ? null : t('directory.microsoft.tenantInvalid')),
          },
          {
            name: 'clientId',
            label: t('directory.microsoft.clientId'),
            value: microsoft.settings.clientId,
            description: t('directory.microsoft.clientIdHint'),
            validate: (value) => (accepts(ClientIdSchema, value) ? null : t('directory.microsoft.clientIdInvalid')),
          },
          {
            name: 'loginBaseUrl',
            label: t('directory.microsoft.loginBaseUrl'),
            value: microsoft.settings.loginBaseUrl,
            description: t('directory.defaultIs', { value: DEFAULT_MICROSOFT_LOGIN_BASE_URL }),
            validate: validUrl,
            url: true,
          },
          {
            name: 'graphBaseUrl',
            label: t('directory.microsoft.graphBaseUrl'),
            value: microsoft.settings.graphBaseUrl,
            description: t('directory.defaultIs', { value: DEFAULT_MICROSOFT_GRAPH_BASE_URL }),
            validate: validUrl,
            url: true,
          },
        ]}
        onSave={async (values) => {
          onStatus(
            await api.directory.saveSettings({
              microsoft: {
                tenant: values.tenant || DEFAULT_MICROSOFT_TENANT,
                clientId: values.clientId ?? '',
                loginBaseUrl: values.loginBaseUrl ?? DEFAULT_MICROSOFT_LOGIN_BASE_URL,
                graphBaseUrl: values.graphBaseUrl ?? DEFAULT_MICROSOFT_GRAPH_BASE_URL,
              },
            }),
          );
          onChanged();
        }}
      />
    </section>
  );
}
