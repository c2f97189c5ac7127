import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { NumberedSteps } from '../../components/NumberedSteps.tsx';
import { Panel } from '../../components/Panel.tsx';
import { HELP_LINKS } from '../help-links.ts';

const MANAGERS = ['bitwarden', 'keepassxc'] as const;

/**
 * Two password managers named, with their official site and the first steps: the fix that makes
 * "a password of its own for each account" possible (facts in docs/references.md).
 */
export function PasswordManagers() {
  const { t } = useTranslation();
  return (
    <Panel title={t('passwords.managers.title')} icon="lock" className="pw-managers">
      <p className="prose">{t('passwords.managers.lead')}</p>
      <div className="pw-managers__list">
        {MANAGERS.map((manager) => (
          <section key={manager} className="pw-managers__item" data-manager={manager} aria-labelledby={`pw-manager-${manager}`}>
            <h3 id={`pw-manager-${manager}`} className="pw-managers__name">
              {t(`passwords.managers.${manager}.name`)}
            </h3>
            <p className="prose">{t(`passwords.managers.${manager}.what`)}</p>
            <NumberedSteps steps={t(`passwords.managers.${manager}.steps`, { returnObjects: true }) as string[]} />
            <ExternalLink href={HELP_LINKS[manager]} label={t(`passwords.managers.${manager}.link`)} />
            <p className="text-hint">{t('passwords.managers.opens')}</p>
          </section>
        ))}
      </div>
    </Panel>
  );
}
