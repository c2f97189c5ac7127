import { useId, useMemo, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { HibpApiKeyInputSchema, type HibpKeyTest, type ServicesSettings } from '../../../electron/core/model/schemas/services.ts';
import { api, ApiFailure } from '../../api/client.ts';
import { accepts } from '../../api/field-rules.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';
import { HibpTestResult } from './HibpTestResult.tsx';

interface HibpKeySectionProps {
  settings: ServicesSettings;
  onSettings(next: ServicesSettings): void;
  /** A test was made: it is in the audit log too. */
  onTested(): void;
}

type Busy = 'saving' | 'testing' | 'removing' | null;
type Done = 'saved' | 'removed' | null;

/**
 * The HIBP API key: it goes in once, into the OS keychain, and never comes back to the screen.
 * The renderer only learns whether one is set, and what HIBP says when it is tested.
 */
export function HibpKeySection({ settings, onSettings, onTested }: HibpKeySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [key, setKey] = useState('');
  // Saving and testing say why they failed under the form; removing, in its confirmation dialog.
  const keyAction = useAction<'saving' | 'testing'>();
  const removal = useAction();
  const busy: Busy = keyAction.pending ?? (removal.busy ? 'removing' : null);
  const [done, setDone] = useState<Done>(null);
  const [test, setTest] = useState<HibpKeyTest | null>(null);
  const [keyRefused, setKeyRefused] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const isSet = settings.hibpApiKey === 'set';
  // A stable object: react-aria shows a Form's server errors again whenever it gets a new one.
  const refusedErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    if (keyRefused) errors.apiKey = t('services.key.invalid');
    return errors;
  }, [keyRefused, t]);

  const run = (kind: 'saving' | 'testing', work: () => Promise<void>) => {
    setDone(null);
    removal.fail(null);
    return keyAction.run(work, {
      label: kind,
      failed: (error) => {
        if (kind === 'saving' && error instanceof ApiFailure && error.code === 'invalid-input') setKeyRefused(true);
      },
    });
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setKeyRefused(false);
    void run('saving', async () => {
      const next = await api.services.setHibpKey({ apiKey: key.trim() });
      setKey(''); // the key leaves the screen as soon as it is in the keychain
      setTest(null);
      onSettings(next);
      setDone('saved');
    });
  };

  const testKey = () =>
    void run('testing', async () => {
      setTest(null);
      setTest(await api.services.testHibpKey());
      onTested();
    });

  const remove = () => {
    setDone(null);
    keyAction.fail(null);
    void removal.run(async () => {
      const next = await api.services.removeHibpKey();
      setConfirmRemove(false);
      setTest(null);
      onSettings(next);
      setDone('removed');
    });
  };

  return (
    <section className="settings-subsection" aria-labelledby={headingId}>
      <div className="settings-subsection__head">
        <h3 id={headingId} className="settings-subsection__title">
          {t('services.key.title')}
        </h3>
        <StatusChip tone={isSet ? 'success' : 'neutral'} label={isSet ? t('services.key.set') : t('services.key.notSet')} />
      </div>
      <p className="prose">{t('services.key.explanation')}</p>

      <Form
        className="key-form"
        validationErrors={refusedErrors}
        onSubmit={save}
      >
        <TextInputField
          name="apiKey"
          className="key-form__field"
          inputClassName="key-form__input"
          type="password"
          autoComplete="off"
          verbatim
          isRequired
          label={isSet ? t('services.key.fieldReplace') : t('services.key.field')}
          description={t('services.key.fieldHint')}
          value={key}
          onChange={(value) => {
            setKey(value);
            setKeyRefused(false);
          }}
          validate={(value) => (accepts(HibpApiKeyInputSchema, { apiKey: value }) ? null : t('services.key.invalid'))}
        />
        <Button type="submit" className="button button--primary key-form__submit" isPending={busy === 'saving'}>
          {busy === 'saving' ? t('services.key.saving') : t('services.key.save')}
        </Button>
      </Form>

      {isSet ? (
        <div className="button-row">
          <Button className="button button--secondary" isPending={busy === 'testing'} onPress={testKey}>
            {busy === 'testing' ? t('services.key.testing') : t('services.key.test')}
          </Button>
          <Button
            className="button button--secondary button--danger-text"
            isDisabled={busy !== null}
            onPress={() => {
              removal.fail(null);
              setConfirmRemove(true);
            }}
          >
            {t('services.key.remove')}
          </Button>
        </div>
      ) : null}

      <div role="status" className="key-test-region">
        {busy === 'testing' ? <p className="save-status__pending">{t('services.key.testing')}</p> : null}
        {test ? <HibpTestResult test={test} hibpBaseUrl={settings.hibpBaseUrl} /> : null}
      </div>
      <SaveStatus done={done === 'saved' ? t('services.key.saved') : done === 'removed' ? t('services.key.removed') : null} />
      {keyAction.failure ? <ErrorBanner error={keyAction.failure} /> : null}

      <ConfirmDialog
        isOpen={confirmRemove}
        onOpenChange={(open) => {
          if (!open && busy !== 'removing') setConfirmRemove(false);
        }}
        title={t('services.key.confirmRemove.title')}
        confirmLabel={t('services.key.confirmRemove.confirm')}
        pendingLabel={t('services.key.confirmRemove.removing')}
        cancelLabel={t('services.key.confirmRemove.cancel')}
        onConfirm={remove}
        isPending={busy === 'removing'}
        failure={removal.failure}
        tone="danger"
      >
        <p className="prose">{t('services.key.confirmRemove.body')}</p>
      </ConfirmDialog>
    </section>
  );
}
