import { useId, useRef, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import { PASSPHRASE_LANGUAGES, type GeneratedPassphrase } from '../../../electron/core/model/schemas/password.ts';
import { api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useAction } from '../../components/use-action.ts';
import { useCopySecret } from '../../components/use-copy-secret.ts';

type ListLanguage = (typeof PASSPHRASE_LANGUAGES)[number];

interface PassphraseHelperProps {
  /** The person at the desk: the engine leaves out words tied to them or to the practice. */
  staffId: string;
  /** Something was drawn: the checker's idle clear counts it as activity (and clears it too). */
  onActivity(): void;
}

/**
 * "Make a strong one": a passphrase drawn by the engine (a CSPRNG over the BIP39 French or
 * English list; nothing of it is computed here), its entropy, another one, copy. It lives in the
 * checker, so it is cleared from the screen with it. The copy goes through the main process
 * (clipboard.copySecret): marked so that Windows' clipboard history and cloud clipboard and
 * macOS clipboard managers do not keep it, and erased from the clipboard after a while.
 */
export function PassphraseHelper({ staffId, onActivity }: PassphraseHelperProps) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<ListLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const [generated, setGenerated] = useState<(GeneratedPassphrase & { lang: ListLanguage }) | null>(null);
  const outputRef = useRef<HTMLOutputElement>(null);
  const copy = useCopySecret(outputRef);
  const outputLabelId = useId();
  const action = useAction();

  const draw = (lang: ListLanguage) =>
    void action.run(async () => {
      const next = await api.password.generate({ lang, staffId });
      setGenerated({ ...next, lang });
      copy.reset();
      onActivity();
    });

  const copyIt = () => {
    if (!generated) return;
    onActivity();
    copy.copy(generated.passphrase);
  };

  return (
    <div className="pw-generator">
      <p className="pw-generator__title">
        <Icon name="bulb" className="pw-generator__icon" />
        <span>{t('passwords.generator.title')}</span>
      </p>
      <p className="prose">{t('passwords.generator.lead')}</p>
      <div className="button-row">
        <RadioGroup
          className="pw-generator__languages"
          orientation="horizontal"
          value={language}
          onChange={(value) => {
            const next: ListLanguage = value === 'en' ? 'en' : 'fr';
            setLanguage(next);
            if (generated) draw(next);
          }}
        >
          <Label className="pw-generator__label">{t('passwords.generator.language')}</Label>
          {PASSPHRASE_LANGUAGES.map((lang) => (
            <Radio key={lang} value={lang} className="pw-segment">
              {t(`passwords.generator.${lang}`)}
            </Radio>
          ))}
        </RadioGroup>
        <Button className="button button--secondary" onPress={() => draw(language)} isDisabled={action.busy}>
          {generated ? null : <Icon name="plus" />}
          {action.busy ? t('passwords.generator.making') : generated ? t('passwords.generator.another') : t('passwords.generator.make')}
        </Button>
      </div>
      {action.failure ? <ErrorBanner error={action.failure} /> : null}
      {generated ? (
        <div className="pw-generator__result">
          <p className="pw-generator__output-label" id={outputLabelId}>
            {t('passwords.generator.output')}
          </p>
          <div className="pw-generator__row">
            <output ref={outputRef} className="pw-generator__output" aria-labelledby={outputLabelId} lang={generated.lang}>
              {generated.passphrase}
            </output>
            <Button className="button button--secondary" onPress={copyIt}>
              {t('passwords.generator.copy')}
            </Button>
          </div>
          <ProviderDetails>
            <p className="text-hint">
              {t('passwords.generator.bits', { words: generated.words, listSize: generated.listSize, bits: Math.round(generated.bits) })}
            </p>
          </ProviderDetails>
        </div>
      ) : null}
      <p role="status" className={`save-status save-status--collapse${copy.state.kind === 'failed' ? ' save-status--warning' : ''}`}>
        {copy.state.kind === 'copied'
          ? t('passwords.generator.copied', { minutes: copy.state.minutes })
          : copy.state.kind === 'failed'
            ? t('passwords.generator.copyFailed', { shortcut: copy.shortcut })
            : ''}
      </p>
    </div>
  );
}
