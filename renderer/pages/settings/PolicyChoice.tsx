import { useId } from 'react';
import { Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { DEFAULT_POLICY, POLICY_IDS, PolicyIdSchema, type PolicyId } from '../../../electron/core/model/schemas/practice.ts';
import { accepts } from '../../api/field-rules.ts';

function PolicyOption({ policy }: { policy: PolicyId }) {
  const { t } = useTranslation();
  const labelId = useId();
  const descriptionId = useId();
  const recommended = policy === DEFAULT_POLICY;
  return (
    <Radio
      value={policy}
      className="choice policy-choice"
      aria-labelledby={labelId}
      aria-describedby={descriptionId}
    >
      <span className="choice__indicator" aria-hidden="true" />
      <span className="choice__text">
        <span className="choice__label">
          <span id={labelId}>{t(`policy.options.${policy}.name`)}</span>
          {recommended ? <span className="tag">{t('policy.recommended')}</span> : null}
        </span>
        <span id={descriptionId} className="choice__hint">
          {t(`policy.options.${policy}.description`)}
          <span className="policy-choice__source">
            {t('policy.source', { source: t(`policy.options.${policy}.source`) })}
          </span>
        </span>
      </span>
    </Radio>
  );
}

interface PolicyChoiceProps {
  value: PolicyId;
  onChange(value: PolicyId): void;
  name: string;
  /** The id of the heading that names the choice (the panel's title). */
  labelledBy: string;
}

/** The reference policy the passwords and the report are judged against; CNIL 2022 by default. */
export function PolicyChoice({ value, onChange, name, labelledBy }: PolicyChoiceProps) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      name={name}
      className="choice-group"
      aria-labelledby={labelledBy}
      value={value}
      onChange={(next) => {
        if (accepts(PolicyIdSchema, next)) onChange(next);
      }}
    >
      <Text slot="description" className="prose prose--muted">
        {t('policy.description')}
      </Text>
      <div className="choice-group__options policy-choice__options">
        {/* CNIL 2022 first (the practices are French): the contract's order. Texts are `policy.options.<id>.*`. */}
        {POLICY_IDS.map((policy) => (
          <PolicyOption key={policy} policy={policy} />
        ))}
      </div>
    </RadioGroup>
  );
}
