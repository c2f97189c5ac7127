import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RecoveryKitSaved } from '../../../electron/core/model/schemas/recovery.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useAction } from '../../components/use-action.ts';

type KitLanguage = 'fr' | 'en';

/**
 * Settings › Recovery kit (for the IT provider): save the database key as a sheet to print. The
 * system's save dialog asks where (in the main process); this page never sees a path nor the
 * words, only the file's name once it is written. Then: open it to print it.
 */
export function RecoveryKitSection({ onChanged }: { onChanged(): void }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<KitLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const [saved, setSaved] = useState<RecoveryKitSaved | null>(null);
  const [opened, setOpened] = useState(false);
  const save = useAction();
  const open = useAction();

  const onSave = () =>
    save.run(async () => {
      setSaved(null);
      setOpened(false);
      const result = await api.recovery.saveKit({ language });
      setSaved(result);
      if (result.saved) onChanged();
    });

  const onOpen = () =>
    open.run(async () => {
      await api.recovery.openKit();
      setOpened(true);
    });

  const status = save.busy
    ? t('recovery.kit.saving')
    : saved?.saved
      ? t('recovery.kit.saved', { fileName: saved.fileName })
      : saved
        ? t('recovery.kit.cancelled')
        : '';

  return (
    <Panel title={t('recovery.kit.title')} icon="lock" className="recovery-kit">
      <p className="prose">{t('recovery.kit.lead')}</p>
      <div className="callout callout--warning recovery-kit__warning">
        <p className="recovery-kit__warning-title">
          <Icon name="warning" className="recovery-kit__warning-icon" />
          <strong>{t('recovery.kit.warningTitle')}</strong>
        </p>
        <p>{t('recovery.kit.warning')}</p>
      </div>
      <div className="recovery-kit__actions">
        <SelectField<KitLanguage>
          className="recovery-kit__language"
          label={t('recovery.kit.language')}
          options={[
            { id: 'fr', label: t('languageNames.fr') },
            { id: 'en', label: t('languageNames.en') },
          ]}
          value={language}
          onChange={setLanguage}
          isDisabled={save.busy}
        />
        <Button className="button button--primary" isPending={save.busy} onPress={() => void onSave()}>
          <Icon name="download" />
          {save.busy ? t('recovery.kit.saving') : t('recovery.kit.save')}
        </Button>
      </div>
      <p role="status" className="recovery-kit__status">
        {status}
      </p>
      {save.failure ? <ErrorBanner error={save.failure} /> : null}
      {saved?.saved ? (
        <div className="recovery-kit__open">
          <Button className="button button--secondary" isPending={open.busy} onPress={() => void onOpen()}>
            <Icon name="file" />
            {t('recovery.kit.open')}
          </Button>
          <p role="status" className="recovery-kit__status">
            {opened ? t('recovery.kit.opened') : ''}
          </p>
        </div>
      ) : null}
      {open.failure ? <ErrorBanner error={open.failure} /> : null}
      <p className="text-hint">{t('recovery.kit.journal')}</p>
    </Panel>
  );
}
