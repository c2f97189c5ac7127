import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PolicyVerdict, RuleOutcome } from '../../../electron/core/model/schemas/password.ts';
import { Icon, type IconName } from '../../components/Icon.tsx';
import { StatusChip } from '../../components/StatusChip.tsx';
import { inLanguage, RULE_TONE, VERDICT_TONE } from './labels.ts';

const RULE_ICON: Record<RuleOutcome, IconName> = {
  pass: 'check',
  fail: 'cross',
  pending: 'clock',
  'not-checked': 'notChecked',
};

/** A policy's verdict in a chip: "to be confirmed" while a rule waits for the full check, never "compliant". */
export function PolicyVerdictChip({ policy }: { policy: PolicyVerdict }) {
  const { t } = useTranslation();
  const pending = policy.verdict === 'not-checked' && policy.rules.some((rule) => rule.outcome === 'pending');
  return <StatusChip tone={VERDICT_TONE[policy.verdict]} label={t(pending ? 'passwords.verdict.pending' : `passwords.verdict.${policy.verdict}`)} />;
}

/**
 * A rule's explanation without a leading repeat of its outcome: the engine writes pending rules
 * as "À confirmer : …", and the outcome is already shown beside it.
 */
function explanationText(text: string, outcome: string): string {
  const escaped = outcome.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const rest = text.replace(new RegExp(`^${escaped}[\\s\u00a0\u202f]*:[\\s\u00a0\u202f]*`, 'iu'), '');
  return rest === text || !rest ? text : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** Each rule of one policy: met, not met, to be confirmed or not checked, and why, in plain words. */
export function PolicyRules({ policy }: { policy: PolicyVerdict }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="pw-policy-rules">
      <ul className="pw-rules">
        {policy.rules.map((rule) => {
          const outcome = t(`passwords.rules.outcome.${rule.outcome}`);
          return (
            <li key={rule.kind} className={`pw-rule pw-rule--${RULE_TONE[rule.outcome]}`} data-rule={rule.kind} data-outcome={rule.outcome}>
              <Icon name={RULE_ICON[rule.outcome]} className="pw-rule__icon" />
              <span className="pw-rule__outcome">{outcome}</span>
              <span className="pw-rule__text">{explanationText(inLanguage(rule.explanation, i18n.language), outcome)}</span>
            </li>
          );
        })}
      </ul>
      <p className="text-hint pw-policy-rules__source">
        {t('passwords.rules.source')}{' '}
        <a className="text-link" href={policy.source.url} target="_blank" rel="noopener noreferrer">
          {policy.source.citation}
        </a>
      </p>
    </div>
  );
}

/** The title a policy goes by here: "CNIL 2022 (cas 2 : compte bloqué…)". */
export function policyTitle(t: TFunction, policy: PolicyVerdict, language: string): string {
  const title = inLanguage(policy.title, language);
  return policy.cnilCase ? `${title} (${t(`passwords.rules.cnilCase.${policy.cnilCase}`)})` : title;
}
