import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { placeKindOf } from '../../electron/core/model/schemas/practice.ts';
import { api } from '../api/client.ts';
import { pathOf } from '../app/navigation.ts';
import { useLoad } from '../app/use-load.ts';
import { Icon } from '../components/Icon.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Panel } from '../components/Panel.tsx';
import { ProviderDetails } from '../components/ProviderDetails.tsx';
import { HELP_LINKS as LINKS } from './help-links.ts';
import { ExternalLink } from '../components/ExternalLink.tsx';


const MAILBOX_STEPS = ['device', 'password', 'sessions', 'rules', 'mfa', 'others', 'contacts'] as const;

/** Who to call first: the practice's security referent, as entered with the practice. */
function ReferentLine() {
  const { t } = useTranslation();
  const { state } = useLoad(api.practice.get);
  const referent = state.status === 'ready' ? state.value?.referent : null;
  if (!referent) return null;
  const reach = [referent.phone, referent.email].filter(Boolean).join(' · ');
  return <p className="hacked__referent">{t('hacked.provider.referent', { name: referent.name, reach: reach || '—' })}</p>;
}

/** Laboratories must also report the incident to their ARS (Code de la santé publique, L. 1111-8-2). */
function useMustReportToArs(): boolean {
  const { state } = useLoad(api.practice.get);
  return state.status === 'ready' && state.value !== null && placeKindOf(state.value.profession) === 'laboratory';
}

/**
 * "Je pense être piratée": what to do now, in order — call for help, take the mailbox back first,
 * get help from 17Cyber, and tell the CNIL within 72 hours if patients' data may have been seen.
 */
export function HackedPage() {
  const { t } = useTranslation();
  const ars = useMustReportToArs();
  return (
    <>
      <PageHeader title={t('hacked.title')} lead={t('hacked.lead')} />
      <ol className="hacked">
        <li className="hacked__step">
          <Panel title={t('hacked.provider.title')} icon="staff">
            <p className="prose">{t('hacked.provider.body')}</p>
            <ReferentLine />
          </Panel>
        </li>
        <li className="hacked__step">
          <Panel title={t('hacked.mailbox.title')} icon="lock">
            <p className="prose">{t('hacked.mailbox.body')}</p>
            <ol className="hacked__list">
              {MAILBOX_STEPS.map((step) => (
                <li key={step}>{t(`hacked.mailbox.steps.${step}`)}</li>
              ))}
            </ol>
            <ExternalLink href={LINKS.accountHacked} label={t('hacked.mailbox.link')} />
          </Panel>
        </li>
        <li className="hacked__step">
          <Panel title={t('hacked.cyber17.title')} icon="siren">
            <p className="prose">{t('hacked.cyber17.body')}</p>
            <ExternalLink href={LINKS.cyber17} label={t('hacked.cyber17.link')} />
          </Panel>
        </li>
        <li className="hacked__step">
          <Panel title={t('hacked.cnil.title')} icon="clock">
            <p className="prose">{t('hacked.cnil.body')}</p>
            <p className="prose">{t('hacked.cnil.doubt')}</p>
            <ExternalLink href={LINKS.cnil} label={t('hacked.cnil.link')} />
            {ars ? (
              <div className="callout callout--info hacked__ars">
                <p>{t('hacked.cnil.ars')}</p>
                <ExternalLink href={LINKS.ars} label={t('hacked.cnil.arsLink')} />
              </div>
            ) : null}
          </Panel>
        </li>
        <li className="hacked__step">
          <Panel title={t('hacked.after.title')} icon="checkCircle">
            <p className="prose">{t('hacked.after.body')}</p>
            <p className="button-row">
              <Link href={pathOf('breaches')} className="text-link">
                <span>{t('hacked.after.breaches')}</span>
                <Icon name="arrowRight" className="text-link__icon" />
              </Link>
              <Link href={pathOf('walkthrough')} className="text-link">
                <span>{t('hacked.after.walkthrough')}</span>
                <Icon name="arrowRight" className="text-link__icon" />
              </Link>
            </p>
            <ProviderDetails>
              <p className="prose">{t('hacked.details.evidence')}</p>
              <p className="prose">{t('hacked.details.law')}</p>
            </ProviderDetails>
          </Panel>
        </li>
      </ol>
    </>
  );
}
