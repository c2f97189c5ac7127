import { Link } from 'react-aria-components/Link';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { BrandMark, Icon } from '../components/Icon.tsx';
import { HACKED_PATH, NAVIGATION, type NavEntry } from './navigation.ts';

function NavItem({ entry }: { entry: NavEntry }) {
  const { t } = useTranslation();
  const isCurrent = useMatch({ path: entry.path, end: true }) !== null;
  return (
    <li>
      <Link
        href={entry.path}
        className="side-nav__link"
        aria-current={isCurrent ? 'page' : undefined}
      >
        <Icon name={entry.icon} className="side-nav__icon" />
        <span>{t(`nav.${entry.id}`)}</span>
      </Link>
    </li>
  );
}

/** "Je pense être piratée": always there, apart from the pages, for the day it is needed. */
function HackedLink() {
  const { t } = useTranslation();
  const isCurrent = useMatch({ path: HACKED_PATH, end: true }) !== null;
  return (
    <Link href={HACKED_PATH} className="sidebar__hacked" aria-current={isCurrent ? 'page' : undefined}>
      <Icon name="siren" className="sidebar__hacked-icon" />
      <span>{t('hacked.entry')}</span>
    </Link>
  );
}

/** The left column: who we are, where you can go, what to do if hacked, and the promise about data. */
export function Sidebar() {
  const { t } = useTranslation();
  return (
    <aside className="sidebar">
      <div className="brand">
        <BrandMark className="brand__mark" />
        <div>
          <p className="brand__name">{t('app.name')}</p>
          <p className="brand__tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <nav className="side-nav" aria-label={t('layout.navLabel')}>
        <ul className="side-nav__list">
          {NAVIGATION.map((entry) => (
            <NavItem key={entry.id} entry={entry} />
          ))}
        </ul>
      </nav>
      <HackedLink />
      <p className="sidebar__footer">
        <Icon name="lock" className="sidebar__footer-icon" />
        <span>{t('app.footerNote')}</span>
      </p>
    </aside>
  );
}
