import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PolicyId } from '../../../electron/core/model/schemas/practice.ts';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';

/** The policy the practice chose, named with the text it comes from; the others are for information. */
export function PolicyNotice({ policy }: { policy: PolicyId }) {
  const { t } = useTranslation();
  return (
    <Panel title={t('passwords.policy.title')} icon="scale" className="pw-policy">
      <p className="prose pw-policy__chosen" data-policy={policy}>
        {t('passwords.policy.chosen', { name: t(`policy.options.${policy}.name`) })}
      </p>
      <p className="prose">{t(`policy.options.${policy}.description`)}</p>
      <p className="text-hint">{t('passwords.policy.source', { source: t(`policy.options.${policy}.source`) })}</p>
      <p className="text-hint">{t('passwords.policy.others')}</p>
      <Link href="/settings" className="text-link">
        <Icon name="settings" className="text-link__icon" />
        {t('passwords.policy.change')}
      </Link>
    </Panel>
  );
}
