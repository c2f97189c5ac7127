import { useId, useState } from 'react';
import { Button, FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChosenBackup } from '../../../electron/core/model/schemas/recovery.ts';
import type { StoreStatus } from '../../../electron/core/model/schemas/store-status.ts';
import { ApiFailure, api } from '../../api/client.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { formatBytes, formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useAction } from '../../components/use-action.ts';
import { StandaloneScreen } from './StandaloneScreen.tsx';

type Chosen = Extract<ChosenBackup, { chosen: true }>;

/** Words as the engine counts them: letters only, accents and numbers aside. */
function typedWordCount(text: string): number {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^a-zA-Z]+/u)
    .filter((word) => word !== '').length;
}

/** The message under the words for a refusal about them; null for any other failure. */
function wordsProblem(error: unknown, t: TFunction, language: 'fr' | 'en'): string | null {
  if (!(error instanceof ApiFailure)) return null;
  const details = error.error.details ?? {};
  if (error.code === 'recovery-words-unknown-word') {
    const first = t('recovery.restore.unknownWord', { position: String(details['position']), typed: String(details['typed']) });
    const suggestion = details['suggestion'];
    return suggestion === undefined ? first : `${first} ${t('recovery.restore.suggestion', { suggestion: String(suggestion) })}`;
  }
  if (error.code === 'recovery-words-count') return t('recovery.restore.wordCountWrong', { count: Number(details['count']) });
  if (error.code === 'recovery-words-checksum') return error.error.message[language];
  return null;
}

/**
 * "Restore on a new computer": a backup file (the system's open dialog, in the main process: this
 * page never holds a path) and the recovery kit's 24 words. The engine proves the words open the
 * backup before it writes anything; a refusal says what to correct and leaves everything as it was.
 */
export function RestoreScreen({ onRestored, onBack }: { onRestored(status: StoreStatus): void; onBack(): void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const fileHintId = useId();
  const [file, setFile] = useState<Chosen | null>(null);
  const [words, setWords] = useState('');
  const [wordsError, setWordsError] = useState<string | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const action = useAction<'choosing' | 'restoring'>();
  const { failure } = action;
  const choosing = action.pending === 'choosing';
  const restoring = action.pending === 'restoring';

  const choose = () =>
    action.run(
      async () => {
        const chosen = await api.recovery.chooseBackup({ language });
        if (chosen.chosen) {
          setFile(chosen);
          setFileMissing(false);
        }
      },
      { label: 'choosing' },
    );

  const restore = async () => {
    action.fail(null);
    setWordsError(null);
    if (!file) {
      setFileMissing(true);
      return;
    }
    const status = await action.run(() => api.recovery.restore({ words }), {
      label: 'restoring',
      failed: (error) => {
        const problem = wordsProblem(error, t, language);
        if (problem) setWordsError(problem);
      },
    });
    if (!status) return;
    if (status.state === 'ready') {
      setWords('');
      onRestored(status);
    } else {
      // The engine could not open what was restored: it says why.
      action.fail(status.error);
    }
  };

  const count = typedWordCount(words);

  return (
    <StandaloneScreen className="restore">
      <PageHeader title={t('recovery.restore.title')} lead={t('recovery.restore.lead')} />
      <Panel title={t('recovery.restore.fileStep')} icon="file">
        <p id={fileHintId} className="prose prose--muted">
          {t('recovery.restore.fileHint')}
        </p>
        <div className="restore__file">
          <Button className="button button--secondary" aria-describedby={fileHintId} isPending={choosing} onPress={() => void choose()}>
            <Icon name="upload" />
            {file ? t('recovery.restore.chooseAnother') : t('recovery.restore.chooseFile')}
          </Button>
          <div className="restore__chosen" role="status">
            {file ? (
              <>
                <p className="restore__file-name">{t('recovery.restore.chosen', { fileName: file.fileName })}</p>
                <p className="restore__file-facts">
                  {t('recovery.restore.chosenFacts', {
                    size: formatBytes(file.sizeBytes, i18n.language),
                    date: formatDateTime(file.modifiedAt, i18n.language),
                  })}
                </p>
              </>
            ) : (
              <p className={fileMissing ? 'restore__file-missing' : 'restore__file-none'}>
                {fileMissing ? t('recovery.restore.needFile') : t('recovery.restore.noFile')}
              </p>
            )}
          </div>
        </div>
      </Panel>
      <Panel title={t('recovery.restore.wordsStep')} icon="lock">
        <TextField
          className="form-field restore__words"
          value={words}
          onChange={(value) => {
            setWords(value);
            if (wordsError) setWordsError(null);
          }}
          isInvalid={wordsError !== null}
          validationBehavior="aria"
        >
          <Label className="form-field__label">{t('recovery.restore.wordsLabel')}</Label>
          <TextArea
            className="form-field__input restore__words-input"
            rows={5}
            spellCheck={false}
            autoCorrect="off"
            autoCapitalize="off"
            autoComplete="off"
          />
          <Text slot="description" className="form-field__description restore__words-hint">
            <span>{t('recovery.restore.wordsHint')}</span>
            <span className={count === 24 ? 'restore__count restore__count--complete' : 'restore__count'}>{t('recovery.restore.wordCount', { count })}</span>
          </Text>
          <FieldError className="form-field__error">{wordsError}</FieldError>
        </TextField>
      </Panel>
      {failure ? <ErrorBanner error={failure} /> : null}
      <p role="status" className="restore__status">
        {restoring ? t('recovery.restore.working') : ''}
      </p>
      <div className="restore__actions">
        <Button className="button button--primary" isPending={restoring} onPress={() => void restore()}>
          <Icon name="check" />
          {restoring ? t('recovery.restore.restoring') : t('recovery.restore.submit')}
        </Button>
        <Button className="button button--secondary" isDisabled={restoring} onPress={onBack}>
          {t('recovery.restore.back')}
        </Button>
      </div>
    </StandaloneScreen>
  );
}
