import { useTranslation } from 'react-i18next';
import { TextInputField } from '../../components/TextInputField.tsx';

/** What the report prints about who signs it, as typed here (never the computer's login). */
export interface Signers {
  responsible: string;
  referent: string;
  preparedBy: string;
  /** YYYY-MM-DD. */
  nextReview: string;
}

/** Six months from a day, as the report's default next review (MonAideCyber's follow-up). */
export function sixMonthsFrom(today: Date): string {
  const target = new Date(today.getFullYear(), today.getMonth() + 6, 1);
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(today.getDate(), last));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${target.getFullYear()}-${pad(target.getMonth() + 1)}-${pad(target.getDate())}`;
}

interface SignersFieldsProps {
  value: Signers;
  onChange(value: Signers): void;
  isDisabled: boolean;
}

/** The names typed for the signature block and the first page, and the next review's day. */
export function SignersFields({ value, onChange, isDisabled }: SignersFieldsProps) {
  const { t } = useTranslation();
  const field = (key: keyof Signers) => ({
    value: value[key],
    onChange: (typed: string) => onChange({ ...value, [key]: typed }),
    isDisabled,
    label: t(`reports.generate.signers.${key}`),
    description: t(`reports.generate.signers.${key}Hint`),
    maxLength: 120,
  });
  return (
    <fieldset className="report-signers">
      <legend className="report-signers__title">{t('reports.generate.signers.title')}</legend>
      <TextInputField {...field('responsible')} autoComplete="name" />
      <TextInputField {...field('referent')} />
      <TextInputField {...field('preparedBy')} autoComplete="name" />
      <TextInputField {...field('nextReview')} type="date" maxLength={10} />
    </fieldset>
  );
}
