import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader.tsx';
import { focusPageTitle } from '../components/page-title.ts';
import { PersonPicker } from './walkthrough/PersonPicker.tsx';
import { PersonWalkthrough } from './walkthrough/PersonWalkthrough.tsx';

/**
 * The guided walkthrough. `#/walkthrough?person=<id>` is one person's; without it, the choice of
 * person. The person's view is keyed on their id, so nothing of one person stays on screen for
 * the next.
 */
export function WalkthroughPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const staffId = params.get('person');
  return (
    <>
      <PageHeader title={t('pages.walkthrough.title')} lead={t('pages.walkthrough.lead')} />
      {staffId ? (
        <PersonWalkthrough
          key={staffId}
          staffId={staffId}
          onLeave={() => {
            void Promise.resolve(navigate('/walkthrough')).then(() => focusPageTitle());
          }}
        />
      ) : (
        <PersonPicker />
      )}
    </>
  );
}
