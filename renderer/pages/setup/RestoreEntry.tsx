import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';

/** The way to "Restore on a new computer", on the first-run setup and where the data's key is missing. */
export function RestoreEntry({ title, lead, onRestore }: { title: string; lead: string; onRestore(): void }) {
  const { t } = useTranslation();
  return (
    <Panel title={title} icon="clock" tone="quiet" className="restore-entry">
      <div className="restore-entry__body">
        <p className="prose">{lead}</p>
        <Button className="button button--secondary" onPress={onRestore}>
          {t('recovery.restore.entry')}
        </Button>
      </div>
    </Panel>
  );
}
