import { describe, expect, it } from 'vitest';
import type { HibpKeyTest } from '../../electron/core/model/schemas/services.ts';
import { decideMode, planUnreadReason, type ModeDecision, type ModeInputs } from '../../electron/core/breach/hibp/decide-mode.ts';

// How addresses are asked of HIBP, decided before the first one leaves the computer. The rule
// that protects the practice: when the plan cannot be read, last time's mode or nothing — never a
// guess that sends addresses in full.

const FEATURES = { kAnon: null, stealerLogs: null, domainSearchMaxBreachedAccounts: null, maxBreachedDomains: null };
const valid = (rangeSearch: boolean, from: 'flag' | 'plan-name'): HibpKeyTest => ({
  result: 'valid',
  plan: rangeSearch ? 'Pro 1' : 'Core 1',
  rpm: 10,
  expiresAt: null,
  rangeSearch,
  rangeSearchFrom: from,
  features: { ...FEATURES, kAnon: from === 'flag' ? rangeSearch : null },
});
const REJECTED: HibpKeyTest = { result: 'invalid', httpStatus: 401 };
const UNREADABLE: HibpKeyTest = { result: 'unexpected', httpStatus: 200 };
const DOWN: HibpKeyTest = { result: 'unavailable', httpStatus: 503 };
const OFFLINE: HibpKeyTest = { result: 'network' };

const table: [string, ModeInputs, ModeDecision][] = [
  ['auto, IncludesKAnon true', { requested: 'auto', keyStatus: valid(true, 'flag') }, { mode: 'range', modeKnown: true, reason: 'plan-flag' }],
  ['auto, IncludesKAnon false (even named Pro)', { requested: 'auto', keyStatus: valid(false, 'flag') }, { mode: 'direct', modeKnown: true, reason: 'plan-flag' }],
  ['auto, no flag, a Pro plan name', { requested: 'auto', keyStatus: valid(true, 'plan-name') }, { mode: 'range', modeKnown: true, reason: 'plan-name' }],
  ['auto, no flag, a Core plan name', { requested: 'auto', keyStatus: valid(false, 'plan-name') }, { mode: 'direct', modeKnown: true, reason: 'plan-name' }],
  ['auto, a readable plan wins over last time', { requested: 'auto', keyStatus: valid(false, 'flag'), previousMode: 'range' }, { mode: 'direct', modeKnown: true, reason: 'plan-flag' }],
  ['auto, plan unreadable, range last time', { requested: 'auto', keyStatus: UNREADABLE, previousMode: 'range' }, { mode: 'range', modeKnown: true, reason: 'previous-mode' }],
  ['auto, HIBP down, direct last time', { requested: 'auto', keyStatus: DOWN, previousMode: 'direct' }, { mode: 'direct', modeKnown: true, reason: 'previous-mode' }],
  ['auto, plan unreadable, no earlier mode: ask nothing', { requested: 'auto', keyStatus: UNREADABLE }, { mode: 'range', modeKnown: false, reason: 'plan-unread' }],
  ['auto, offline, no earlier mode: ask nothing', { requested: 'auto', keyStatus: OFFLINE }, { mode: 'range', modeKnown: false, reason: 'plan-unread' }],
  ['auto, plan never asked, no earlier mode: ask nothing', { requested: 'auto', keyStatus: null }, { mode: 'range', modeKnown: false, reason: 'plan-unread' }],
  ['auto, key rejected', { requested: 'auto', keyStatus: REJECTED, previousMode: 'range' }, { mode: 'direct', modeKnown: true, reason: 'key-rejected' }],
  ['range asked, key rejected', { requested: 'range', keyStatus: REJECTED }, { mode: 'range', modeKnown: true, reason: 'key-rejected' }],
  ['range asked on a Core plan', { requested: 'range', keyStatus: valid(false, 'flag') }, { mode: 'range', modeKnown: true, reason: 'requested' }],
  ['direct asked on a Pro plan', { requested: 'direct', keyStatus: valid(true, 'flag') }, { mode: 'direct', modeKnown: true, reason: 'requested' }],
  ['direct asked, plan not read', { requested: 'direct', keyStatus: null }, { mode: 'direct', modeKnown: true, reason: 'requested' }],
  ['direct asked, plan unreadable', { requested: 'direct', keyStatus: UNREADABLE }, { mode: 'direct', modeKnown: true, reason: 'requested' }],
];

describe('decideMode: how addresses are asked of HIBP', () => {
  for (const [name, inputs, expected] of table) {
    it(name, () => {
      expect(decideMode(inputs)).toEqual(expected);
    });
  }
});

describe('planUnreadReason: what an address is answered when no mode is known', () => {
  const reasons: [HibpKeyTest | null, ReturnType<typeof planUnreadReason>][] = [
    [{ result: 'timeout' }, { reason: 'timeout' }],
    [OFFLINE, { reason: 'network' }],
    [DOWN, { reason: 'unavailable' }],
    [{ result: 'rate-limited', httpStatus: 429 }, { reason: 'rate-limited' }],
    [{ result: 'blocked', httpStatus: 403, rayId: '8a1b-CDG' }, { reason: 'blocked', rayId: '8a1b-CDG' }],
    [UNREADABLE, { reason: 'malformed' }],
    [{ result: 'unexpected', httpStatus: 404 }, { reason: 'malformed' }],
    [null, { reason: 'malformed' }],
  ];
  for (const [keyStatus, expected] of reasons) {
    it(`${keyStatus?.result ?? 'not asked'}${keyStatus && 'httpStatus' in keyStatus ? ` ${keyStatus.httpStatus}` : ''}`, () => {
      expect(planUnreadReason(keyStatus)).toEqual(expected);
    });
  }
});
