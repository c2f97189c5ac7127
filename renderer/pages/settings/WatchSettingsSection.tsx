import { useEffect, useState } from 'react';
import { Button, Checkbox, Form, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { RECHECK_DAYS_MAX, RECHECK_DAYS_MIN } from '../../../electron/core/model/schemas/watch.ts';
import { api } from '../../api/client.ts';
import { useLoad } from '../../app/use-load.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { LoadFallback } from '../../components/LoadFallback.tsx';
import { Panel } from '../../components/Panel.tsx';
import { TextInputField } from '../../components/TextInputField.tsx';
import { useAction } from '../../components/use-action.ts';

// The practice's breach watch (Settings, "Cabinet" tab): how often the staff's addresses are
// checked again (days), and "start with the computer, in the background" where this computer's
// Hygie can (off by default). Each change is a line in the journal.

function validDays(text: string): number | null {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= RECHECK_DAYS_MIN && value <= RECHECK_DAYS_MAX ? value : null;
}

export function WatchSettingsSection({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const { state, reload, set } = useLoad(api.watch.status);
  const [days, setDays] = useState('');
  const saving = useAction<'days' | 'login'>();
  const [announcement, setAnnouncement] = useState('');
  // The field shows the saved cadence each time it is read or saved.
  const savedDays = state.status === 'ready' ? state.value.recheckDays : null;
  useEffect(() => {
    if (savedDays !== null) setDays(String(savedDays));
  }, [savedDays]);

  if (state.status !== 'ready') {
    return (
      <Panel title={t('watch.settings.title')} icon="clock" className="watch-settings">
        <LoadFallback state={state} loading={t('dashboard.loading')} onRetry={() => void reload()} />
      </Panel>
    );
  }
  const current = state.value;
  const parsed = validDays(days);
  const saveDays = () =>
    void saving.run(
      async () => {
        if (parsed === null) return;
        const saved = await api.watch.setSettings({ recheckDays: parsed });
        set(saved);
        setAnnouncement(t('watch.settings.saved', { count: saved.recheckDays }));
        onChanged?.();
      },
      { label: 'days' },
    );
  const setStartAtLogin = (enabled: boolean) =>
    void saving.run(
      async () => {
        const saved = await api.watch.setSettings({ startAtLogin: enabled });
        set(saved);
        setAnnouncement(t(saved.startAtLogin ? 'watch.settings.startAtLoginOn' : 'watch.settings.startAtLoginOff'));
        onChanged?.();
      },
      { label: 'login' },
    );

  return (
    <Panel title={t('watch.settings.title')} icon="clock" className="watch-settings">
      <p className="prose">{t('watch.settings.lead')}</p>
      <Form
        className="watch-settings__form"
        onSubmit={(event) => {
          event.preventDefault();
          saveDays();
        }}
      >
        <TextInputField
          label={t('watch.settings.days')}
          description={t('watch.settings.daysHint')}
          value={days}
          onChange={setDays}
          inputMode="numeric"
          isInvalid={days.trim() !== '' && parsed === null}
          errorMessage={t('watch.settings.daysHint')}
          className="watch-settings__days"
        />
        <Button type="submit" className="button button--secondary" isDisabled={saving.busy || parsed === null || parsed === current.recheckDays}>
          <Icon name="check" />
          {saving.pending === 'days' ? t('watch.settings.saving') : t('watch.settings.save')}
        </Button>
      </Form>
      {current.startAtLogin !== null ? (
        <Checkbox className="checkbox watch-settings__login" isSelected={current.startAtLogin} isDisabled={saving.busy} onChange={setStartAtLogin}>
          <span className="checkbox__box" aria-hidden="true">
            <Icon name="check" className="checkbox__tick" />
          </span>
          <span>
            {t('watch.settings.startAtLogin')}
            <Text slot="description" className="choice__hint">
              {' '}
              — {t('watch.settings.startAtLoginHint')}
            </Text>
          </span>
        </Checkbox>
      ) : null}
      <p role="status" className="text-hint">
        {announcement}
      </p>
      {saving.failure ? <ErrorBanner error={saving.failure} /> : null}
    </Panel>
  );
}
