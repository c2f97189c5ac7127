import type { NotCheckedReason } from '../../model/schemas/breach.ts';
import type { HibpKeyTest } from '../../model/schemas/services.ts';

// How addresses are asked of HIBP, decided from what is known before the first one is sent: the
// mode asked for, what /subscription/status said (its IncludesKAnon flag, else the plan's name),
// and the mode this key used last time. Pure: every rule is a line of its table test
// (test/unit/hibp-decide-mode.test.ts). The rule that matters most: when the plan cannot be read,
// keep last time's mode or ask nothing — guessing 'direct' would send in full addresses a
// range-capable key never needed to send.

export type HibpMode = 'range' | 'direct';

export interface ModeInputs {
  /** 'auto': from the plan; 'range' or 'direct': the caller (a setting, a test) fixed it. */
  requested: 'auto' | HibpMode;
  /** What /subscription/status said; null when it was not asked (a fixed mode with a fixed rate). */
  keyStatus: HibpKeyTest | null;
  /** The mode the last check with this key used, when the app remembers one. */
  previousMode?: HibpMode | undefined;
}

export type ModeReason =
  /** The caller fixed the mode. */
  | 'requested'
  /** The plan's IncludesKAnon flag. */
  | 'plan-flag'
  /** An older answer without the flag: the plan's name. */
  | 'plan-name'
  /** The plan could not be read: the mode this key had last time. */
  | 'previous-mode'
  /** The plan could not be read and no earlier mode is known: HIBP is not asked at all. */
  | 'plan-unread'
  /** HIBP refused the key (401): no address is sent with it. */
  | 'key-rejected';

export interface ModeDecision {
  mode: HibpMode;
  /** false when HIBP must not be asked for lack of a known mode ('plan-unread'). */
  modeKnown: boolean;
  reason: ModeReason;
}

export function decideMode({ requested, keyStatus, previousMode }: ModeInputs): ModeDecision {
  if (keyStatus?.result === 'invalid') return { mode: requested === 'auto' ? 'direct' : requested, modeKnown: true, reason: 'key-rejected' };
  if (requested !== 'auto') return { mode: requested, modeKnown: true, reason: 'requested' };
  if (keyStatus?.result === 'valid') {
    return { mode: keyStatus.rangeSearch ? 'range' : 'direct', modeKnown: true, reason: keyStatus.rangeSearchFrom === 'flag' ? 'plan-flag' : 'plan-name' };
  }
  // Auto with no plan answer (network, timeout, 5xx, block, an unreadable 200, not asked).
  if (previousMode !== undefined) return { mode: previousMode, modeKnown: true, reason: 'previous-mode' };
  return { mode: 'range', modeKnown: false, reason: 'plan-unread' };
}

/**
 * What each address is answered when the plan could not be read and no mode is known: the status
 * lookup's own failure (timeout, network, unavailable, rate-limited, blocked), else 'malformed'
 * (an unreadable 200, or a status HIBP does not document there).
 */
export function planUnreadReason(keyStatus: HibpKeyTest | null): { reason: NotCheckedReason; rayId?: string } {
  const status = keyStatus?.result;
  const reason = status === 'timeout' || status === 'network' || status === 'unavailable' || status === 'rate-limited' || status === 'blocked' ? status : 'malformed';
  const rayId = keyStatus && 'rayId' in keyStatus ? keyStatus.rayId : undefined;
  return { reason, ...(rayId ? { rayId } : {}) };
}
