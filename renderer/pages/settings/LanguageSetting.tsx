import { useId } from 'react';
import { Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { usePreferences } from '../../app/preferences-context.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useAction } from '../../components/use-action.ts';
import { detectLanguage, resolveLanguage, type Language } from '../../i18n/detect-language.ts';
import { switchLanguage } from '../../i18n/index.ts';

/** The three choices of the language setting; 'system' is saved as `language: null`. */
type LanguageChoice = 'system' | Language;

function isLanguageChoice(value: string): value is LanguageChoice {
  return value === 'system' || value === 'fr' || value === 'en';
}

function choiceOf(language: Language | null): LanguageChoice {
  return language ?? 'system';
}

function LanguageOption({ value, hint }: { value: LanguageChoice; hint?: string }) {
  const { t } = useTranslation();
  const labelId = useId();
  const hintId = useId();
  // The option's own language, so a screen reader says "English" with an English voice.
  const lang = value === 'system' ? undefined : value;
  return (
    <Radio
      value={value}
      className="choice"
      aria-labelledby={labelId}
      aria-describedby={hint ? hintId : undefined}
    >
      <span className="choice__indicator" aria-hidden="true" />
      <span className="choice__text">
        <span id={labelId} className="choice__label" lang={lang}>
          {t(`settings.language.options.${value}`)}
        </span>
        {hint ? (
          <span id={hintId} className="choice__hint">
            {hint}
          </span>
        ) : null}
      </span>
    </Radio>
  );
}

/** The interface language: follow the system, or French, or English; saved at once. */
export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const { preferences, saved } = usePreferences();
  // Only the latest choice may update the screen, should a quick second click overtake the first.
  const saving = useAction<LanguageChoice>();
  const { pending, done: confirmed, failure } = saving;

  const headingId = useId();
  const systemLanguage = detectLanguage(navigator);
  const current = preferences ? choiceOf(preferences.language) : null;

  const choose = (choice: LanguageChoice) =>
    saving.run(
      async (current) => {
        const next = await api.settings.set({ language: choice === 'system' ? null : choice });
        if (!current()) return;
        saved(next);
        await switchLanguage(i18n, resolveLanguage(next.language, navigator));
      },
      { label: choice },
    );

  return (
    <Panel title={t('settings.language.label')} icon="globe" headingId={headingId}>
      <RadioGroup
        className="choice-group"
        aria-labelledby={headingId}
        value={pending ?? current}
        onChange={(value) => {
          if (isLanguageChoice(value)) void choose(value);
        }}
      >
        <Text slot="description" className="prose prose--muted">
          {t('settings.language.description')}
        </Text>
        <div className="choice-group__options">
          <LanguageOption
            value="system"
            hint={t('settings.language.systemHint', {
              language: t(`languageNames.${systemLanguage}`),
            })}
          />
          <LanguageOption value="fr" />
          <LanguageOption value="en" />
        </div>
      </RadioGroup>
      <p role="status" className="save-status">
        {pending ? (
          <span className="save-status__pending">{t('settings.language.saving')}</span>
        ) : confirmed ? (
          <>
            <Icon name="check" />
            <span>{t('settings.language.saved')}</span>
          </>
        ) : null}
      </p>
      {failure ? <ErrorBanner error={failure} /> : null}
    </Panel>
  );
}
