import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon.tsx';
import { TONE_ICONS, type StatusTone } from './StatusChip.tsx';

export interface StatusTile {
  /** Set as `data-status` on the tile: what the count is of ("breached", "not-checked"…). */
  status: string;
  tone: StatusTone;
  value: number;
  label: string;
  /** The tone's own shape unless given. */
  icon?: IconName;
  /** A smaller line under the label. */
  note?: string;
}

interface StatusTilesProps {
  /** The list's accessible name, e.g. the panel's "Summary". */
  label: string;
  tiles: StatusTile[];
  /** What the counts are of ("2 people · 3 addresses"), above the tiles. */
  scope?: ReactNode;
  /** Shown under the tiles, e.g. flags that are not counts of their own. */
  children?: ReactNode;
}

/**
 * Counts side by side, each in its tile with colour, shape and words: a tone is never the only
 * sign, and each count stands alone (what was not checked is never folded into a safe count).
 */
export function StatusTiles({ label, tiles, scope, children }: StatusTilesProps) {
  return (
    <div className="status-summary">
      {scope ? <p className="status-summary__scope">{scope}</p> : null}
      <ul className="status-tiles" aria-label={label}>
        {tiles.map((tile) => (
          <li key={tile.status} className={`status-tile status-tile--${tile.tone}`} data-status={tile.status}>
            <Icon name={tile.icon ?? TONE_ICONS[tile.tone]} className="status-tile__icon" />
            <span className="status-tile__value">{tile.value}</span>
            <span className="status-tile__label">{tile.label}</span>
            {tile.note ? <span className="status-tile__note">{tile.note}</span> : null}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}

export interface StatusFlag {
  /** Set as `data-flag` on the item ("pwned", "reused"…). */
  flag: string;
  label: string;
}

/** Warnings under the tiles that are not counts of their own, each with the warning shape; none: nothing. */
export function StatusFlags({ flags }: { flags: StatusFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="status-flags">
      {flags.map((item) => (
        <li key={item.flag} className="status-flag" data-flag={item.flag}>
          <Icon name="warning" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
