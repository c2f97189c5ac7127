import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ProviderDetails } from '../../components/ProviderDetails.tsx';
import type { PasswordStrength } from '../../../electron/core/model/schemas/password.ts';
import { Icon } from '../../components/Icon.tsx';
import { inLanguage } from './labels.ts';

interface StrengthMeterProps {
  strength: PasswordStrength | null;
  /** An analysis is on its way for what was just typed. */
  assessing: boolean;
  /** The check found this password in breaches: however long, it is among the first tried. */
  foundInBreaches?: boolean;
}

/** The live meter: zxcvbn's 0–4 score in a <meter> with words, context words and advice, then the estimates in bits. */
export function StrengthMeter({ strength, assessing, foundInBreaches = false }: StrengthMeterProps) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  // A password found in breaches is worth nothing, whatever its length: never "Très bonne" in
  // green under a red "À changer".
  const score = (foundInBreaches ? 0 : (strength?.score ?? 0)) as 0 | 1 | 2 | 3 | 4;
  const word = strength ? (foundInBreaches ? t('passwords.meter.foundInBreaches') : t(`passwords.meter.score.${score}`)) : t('passwords.checker.typeFirst');
  const valueText = foundInBreaches ? word : t('passwords.meter.valueText', { word, score });
  return (
    <div className={`pw-meter pw-meter--${strength ? `score-${score}` : 'empty'}`} aria-busy={assessing} data-found-in-breaches={foundInBreaches || undefined}>
      <div className="split-row">
        <p id={labelId} className="pw-meter__title">
          {t('passwords.meter.label')}
        </p>
        <p className="pw-meter__word" aria-live="polite">
          {strength ? valueText : assessing ? t('passwords.meter.assessing') : word}
        </p>
      </div>
      {/* low/high/optimum colour the bar: 0–1 red, 2 amber, 3–4 green (styled in passwords.css). */}
      <meter
        className="pw-meter__bar"
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={score}
        aria-labelledby={labelId}
        aria-valuetext={strength ? valueText : word}
      />
      {strength && foundInBreaches ? <p className="pw-meter__breached">{t('passwords.meter.foundInBreachesHint')}</p> : null}
      {strength ? (
        <div className="pw-meter__details">
          {strength.contextWords.length > 0 ? (
            <div className="pw-meter__context">
              <p className="pw-meter__context-title">{t('passwords.meter.contextTitle')}</p>
              <ul className="chip-list">
                {strength.contextWords.map((found) => (
                  <li key={`${found.kind}:${found.word}`} className="chip pw-context-chip">
                    {t('passwords.meter.contextWord', { word: found.word, kind: t(`passwords.meter.kind.${found.kind}`) })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {strength.warning ? (
            <p className="pw-meter__warning">
              <Icon name="warning" className="pw-meter__warning-icon" />
              <span>
                <strong>{t('passwords.meter.warning')}</strong> {inLanguage(strength.warning, i18n.language)}
              </span>
            </p>
          ) : null}
          {strength.suggestions.length > 0 ? (
            <div className="pw-meter__suggestions">
              <p className="pw-meter__context-title">{t('passwords.meter.suggestions')}</p>
              <ul className="pw-bullets">
                {strength.suggestions.map((suggestion) => (
                  <li key={suggestion.en}>{inLanguage(suggestion, i18n.language)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {/* The bits are for whoever audits; the words above are what the person at the desk reads. */}
          <ProviderDetails className="pw-meter__figures">
            <p className="pw-meter__figures-title">{t('passwords.meter.figures')}</p>
            <p className="text-hint">{t('passwords.meter.estimated', { bits: Math.round(strength.estimatedBits) })}</p>
            <p className="text-hint">
              {strength.passphraseWords
                ? t('passwords.meter.theoreticalWords', { bits: Math.round(strength.theoreticalBits), words: strength.passphraseWords })
                : t('passwords.meter.theoretical', { bits: Math.round(strength.theoreticalBits), length: strength.length })}
            </p>
          </ProviderDetails>
        </div>
      ) : null}
    </div>
  );
}
