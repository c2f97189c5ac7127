import { Icon, type IconName } from './Icon.tsx';

/**
 * A status told by colour AND text AND shape. `neutral` is for "not checked yet":
 * grey, never green, because something unchecked is not something safe.
 */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** The shape that goes with each tone, wherever a status is shown (chips, tiles). */
export const TONE_ICONS: Record<StatusTone, IconName> = {
  neutral: 'notChecked',
  info: 'clock',
  success: 'check',
  warning: 'warning',
  danger: 'cross',
};

export function StatusChip({ tone, label }: { tone: StatusTone; label: string }) {
  return (
    <span className={`status-chip status-chip--${tone}`}>
      <Icon name={TONE_ICONS[tone]} className="status-chip__icon" />
      <span>{label}</span>
    </span>
  );
}
