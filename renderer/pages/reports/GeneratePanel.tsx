import { useId, useState, type ReactNode } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '../../../electron/core/model/schemas/report.ts';
import type { FailureText } from '../../api/failure-text.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Panel } from '../../components/Panel.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { FORMAT_ORDER, formatName } from './labels.ts';
import { SignersFields, sixMonthsFrom, type Signers } from './SignersFields.tsx';

/** What the page sends to reports.generate: the language, initials or names, and who signs. */
export type GenerateOptions = { language: ReportLanguage; anonymise: boolean } & Partial<Signers>;

interface GeneratePanelProps {
  busy: boolean;
  failure: FailureText | null;
  /** What the live region says: the work under way, then where the files went. */
  announcement: string;
  onGenerate(options: GenerateOptions): void;
  /** The report's progress and Stop, once its job reports it (else a bar without a value). */
  progress?: ReactNode;
}

/** The report's options (language, initials instead of names) and the one button that writes it. */
export function GeneratePanel({ busy, failure, announcement, onGenerate, progress }: GeneratePanelProps) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<ReportLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const [anonymise, setAnonymise] = useState(false);
  const [signers, setSigners] = useState<Signers>(() => ({ responsible: '', referent: '', preparedBy: '', nextReview: sixMonthsFrom(new Date()) }));
  const hintId = useId();
  return (
    <Panel title={t('reports.generate.title')} icon="reports" className="report-generate">
      <p className="prose">{t('reports.generate.lead')}</p>
      <dl className="report-formats">
        {FORMAT_ORDER.map((format) => (
          <div key={format} className="report-formats__item">
            <dt className="report-formats__name">
              <Icon name="file" className="report-formats__icon" />
              <span>{formatName(t, format)}</span>
            </dt>
            <dd className="report-formats__use">{t(`reports.formats.${format}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="report-generate__options">
        <SelectField<ReportLanguage>
          className="report-generate__language"
          label={t('reports.generate.language')}
          options={[
            { id: 'fr', label: t('languageNames.fr') },
            { id: 'en', label: t('languageNames.en') },
          ]}
          value={language}
          onChange={setLanguage}
          isDisabled={busy}
        />
        <div className="report-generate__anonymise">
          <Checkbox className="checkbox" isSelected={anonymise} onChange={setAnonymise} isDisabled={busy} aria-describedby={hintId}>
            <span className="checkbox__box" aria-hidden="true">
              <Icon name="check" className="checkbox__tick" />
            </span>
            <span>{t('reports.generate.anonymise')}</span>
          </Checkbox>
          <p id={hintId} className="text-hint">
            {t('reports.generate.anonymiseHint')}
          </p>
        </div>
      </div>
      <SignersFields value={signers} onChange={setSigners} isDisabled={busy} />
      <Button className="button button--primary" isPending={busy} onPress={() => onGenerate({ language, anonymise, ...typedSigners(signers) })}>
        <Icon name="file" />
        {busy ? t('reports.generate.busy') : t('reports.generate.button')}
      </Button>
      {progress ?? (busy ? <progress className="progress-bar report-generate__progress" aria-label={t('reports.generate.progress')} /> : null)}
      <p role="status" className="report-generate__status">
        {announcement}
      </p>
      {failure ? <ErrorBanner error={failure} /> : null}
    </Panel>
  );
}

/** Only what was typed: an empty field lets the engine choose (the profile's referent, six months). */
function typedSigners(signers: Signers): Partial<Signers> {
  const typed: Partial<Signers> = {};
  for (const key of ['responsible', 'referent', 'preparedBy'] as const) if (signers[key].trim()) typed[key] = signers[key].trim();
  if (/^\d{4}-\d{2}-\d{2}$/u.test(signers.nextReview)) typed.nextReview = signers.nextReview;
  return typed;
}
