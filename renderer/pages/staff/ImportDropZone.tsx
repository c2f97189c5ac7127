import { Button, DropZone, FileTrigger, Text, isFileDropItem } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Panel } from '../../components/Panel.tsx';
import { Icon } from '../../components/Icon.tsx';
import { localFailure } from './use-import.ts';

/** What the file picker offers; a dropped file of another kind still goes to the engine, which explains. */
const ACCEPTED = ['.csv', '.tsv', '.txt', 'text/csv', 'text/plain', 'text/tab-separated-values'];

interface ImportDropZoneProps {
  reading: boolean;
  failure: FailureText | null;
  onFile: (file: File) => void;
  onFailure: (failure: FailureText) => void;
}

/** "Import a list": drop a CSV file, or pick one with the button. */
export function ImportDropZone({ reading, failure, onFile, onFailure }: ImportDropZoneProps) {
  const { t } = useTranslation();
  return (
    <Panel title={t('staff.import.title')} icon="file">
      <p className="prose prose--muted">{t('staff.import.lead')}</p>
      <DropZone
        className="staff-dropzone"
        aria-label={t('staff.import.dropZoneLabel')}
        isDisabled={reading}
        getDropOperation={() => 'copy'}
        onDrop={(event) => {
          const item = event.items.find(isFileDropItem);
          if (!item) {
            onFailure(localFailure('notAFile'));
            return;
          }
          item.getFile().then(onFile, () => onFailure(localFailure('unreadableHere')));
        }}
      >
        {({ isDropTarget }) => (
          <>
            <Icon name="upload" className="staff-dropzone__icon" />
            <Text slot="label" className="staff-dropzone__title">
              {isDropTarget ? t('staff.import.dropActive') : t('staff.import.drop')}
            </Text>
            <span className="staff-dropzone__or">{t('staff.import.or')}</span>
            <FileTrigger
              acceptedFileTypes={ACCEPTED}
              onSelect={(files) => {
                const file = files?.[0];
                if (file) onFile(file);
              }}
            >
              <Button className="button button--primary" isDisabled={reading}>
                <Icon name="upload" />
                {reading ? t('staff.import.reading') : t('staff.import.choose')}
              </Button>
            </FileTrigger>
            <span className="staff-dropzone__hint">{t('staff.import.dropHint')}</span>
          </>
        )}
      </DropZone>
      {failure ? <ErrorBanner error={failure} /> : null}
    </Panel>
  );
}
