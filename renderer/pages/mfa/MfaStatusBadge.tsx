import { useTranslation } from 'react-i18next';
import type { MfaStatus } from '../../../electron/core/model/schemas/mfa.ts';
import { StatusChip } from '../../components/StatusChip.tsx';
import { mfaTone } from './mfa-status.ts';

/** One MFA status: colour, icon and its name. */
export function MfaStatusBadge({ status }: { status: MfaStatus }) {
  const { t } = useTranslation();
  return <StatusChip tone={mfaTone(status)} label={t(`mfa.status.${status}`)} />;
}
