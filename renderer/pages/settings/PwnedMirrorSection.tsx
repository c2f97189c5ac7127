import { useId, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AbsolutePathSchema } from '../../../electron/core/model/schemas/pwned-passwords.ts';
import type { ServicesSettings } from '../../../electron/core/model/schemas/services.ts';
import { api } from '../../api/client.ts';
import { accepts, asKept } from '../../api/field-rules.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';

interface PwnedMirrorSectionProps {
  settings: ServicesSettings;
  onSettings(next: ServicesSettings): void;
}

/**
 * A folder holding the official downloader's `{PREFIX}.txt` files: password checks read it and
 * send nothing. The engine refuses a folder that does not exist or holds no such file.
 */
export function PwnedMirrorSection({ settings, onSettings }: PwnedMirrorSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [dir, setDir] = useState(settings.pwnedPasswordsMirrorDir ?? '');
  const sending = useAction<'saving' | 'clearing'>();
  const { pending: busy, failure } = sending;
  const [done, setDone] = useState<'saved' | 'cleared' | null>(null);

  const send = (kind: 'saving' | 'clearing', pwnedPasswordsMirrorDir: string | null) =>
    sending.run(
      async () => {
        setDone(null);
        const next = await api.services.set({ pwnedPasswordsMirrorDir });
        setDir(next.pwnedPasswordsMirrorDir ?? '');
        onSettings(next);
        setDone(kind === 'saving' ? 'saved' : 'cleared');
      },
      { label: kind },
    );

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send('saving', asKept(AbsolutePathSchema, dir));
  };

  const current = settings.pwnedPasswordsMirrorDir
    ? t('sources.mirror.usingFolder', { dir: settings.pwnedPasswordsMirrorDir })
    : t('sources.mirror.usingService', { url: settings.pwnedPasswordsBaseUrl });

  return (
    <section className="settings-subsection" aria-labelledby={headingId}>
      <div className="settings-subsection__head">
        <h3 id={headingId} className="settings-subsection__title">
          {t('sources.mirror.title')}
        </h3>
      </div>
      <p className="prose">{t('sources.mirror.explanation')}</p>
      <p className="prose corpus-mirror__current">{t('sources.mirror.current', { where: current })}</p>
      <Form className="form-stack urls-form" onSubmit={save}>
        <TextInputField
          name="pwnedPasswordsMirrorDir"
          verbatim
          isRequired
          label={t('sources.mirror.field')}
          description={t('sources.mirror.fieldHint')}
          value={dir}
          onChange={(value) => {
            setDir(value);
            setDone(null);
          }}
          validate={(value) => (accepts(AbsolutePathSchema, value) ? null : t('sources.mirror.invalid'))}
        />
        <div className="button-row">
          <Button type="submit" className="button button--primary" isPending={busy === 'saving'} isDisabled={busy === 'clearing'}>
            {busy === 'saving' ? t('sources.mirror.saving') : t('sources.mirror.save')}
          </Button>
          <Button
            className="button button--secondary"
            isPending={busy === 'clearing'}
            isDisabled={busy === 'saving' || settings.pwnedPasswordsMirrorDir === null}
            onPress={() => void send('clearing', null)}
          >
            {busy === 'clearing' ? t('sources.mirror.saving') : t('sources.mirror.clear')}
          </Button>
        </div>
      </Form>
      <SaveStatus done={done === 'saved' ? t('sources.mirror.saved') : done === 'cleared' ? t('sources.mirror.cleared') : null} />
      {failure ? <ErrorBanner error={failure} /> : null}
    </section>
  );
}
