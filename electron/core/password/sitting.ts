import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { HygieError } from '../model/hygie-error.ts';
import type { Sitting } from '../model/schemas/password.ts';

// A sitting: one person at the desk checking the passwords of their accounts. Reuse is found by
// comparing, in memory only, HMAC-SHA256(key, password) per account under a random 32-byte key
// that exists for this sitting alone: the digests cannot be compared with anything outside it and
// are worthless once the key is gone. A sitting ends on endSitting, when another person sits down,
// or after 15 minutes without a check; the key and the digests are then zero-filled and dropped.
// Nothing of a sitting is ever written anywhere.

export const SITTING_IDLE_MS = 15 * 60 * 1000;

export interface SittingOptions {
  /** Idle time after which a sitting ends (default 15 minutes). */
  idleMs?: number;
  /** Milliseconds since the epoch; tests pass a virtual clock. */
  now?: () => number;
  /** How often a timer sweeps expired sittings even when nobody calls (0: no timer, tests). */
  sweepEveryMs?: number;
}

interface ActiveSitting {
  id: string;
  staffId: string;
  key: Buffer;
  /** account id → HMAC of the password last checked for it in this sitting. */
  digests: Map<string, Buffer>;
  /** account id → the ticket of its latest check: an older check still waiting is superseded. */
  checks: Map<string, number>;
  lastUsed: number;
}

export class PasswordSittings {
  readonly #sittings = new Map<string, ActiveSitting>();
  readonly #idleMs: number;
  readonly #now: () => number;
  readonly #sweepEveryMs: number;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: SittingOptions = {}) {
    this.#idleMs = options.idleMs ?? SITTING_IDLE_MS;
    this.#now = options.now ?? Date.now;
    this.#sweepEveryMs = options.sweepEveryMs ?? 60_000;
  }

  /** How many sittings are open (after dropping the expired ones). */
  get open(): number {
    this.#sweep();
    return this.#sittings.size;
  }

  /**
   * One person sits down. Every other person's sitting ends (one desk, one person); the same
   * person's live sitting goes on (a page shown twice must not end its own sitting).
   */
  begin(staffId: string): Sitting {
    this.#sweep();
    for (const sitting of [...this.#sittings.values()]) {
      if (sitting.staffId === staffId) {
        sitting.lastUsed = this.#now();
        return this.#describe(sitting);
      }
      this.#drop(sitting);
    }
    const sitting: ActiveSitting = { id: randomUUID(), staffId, key: randomBytes(32), digests: new Map(), checks: new Map(), lastUsed: this.#now() };
    this.#sittings.set(sitting.id, sitting);
    this.#startTimer();
    return this.#describe(sitting);
  }

  end(sittingId: string): boolean {
    this.#sweep();
    const sitting = this.#sittings.get(sittingId);
    if (!sitting) return false;
    this.#drop(sitting);
    return true;
  }

  /** Zero-fills and drops every sitting (the core is closing). */
  endAll(): void {
    for (const sitting of [...this.#sittings.values()]) this.#drop(sitting);
  }

  /** The person of a live sitting; a sitting that ended or expired is refused. Counts as activity. */
  staffOf(sittingId: string): string {
    return this.#live(sittingId).staffId;
  }

  /**
   * Keep this account's digest of `password` and say which other accounts of the sitting had the
   * same password. The password is only hashed here; neither it nor the digest leaves the sitting.
   */
  remember(sittingId: string, accountId: string, password: string): string[] {
    const sitting = this.#live(sittingId);
    const digest = createHmac('sha256', sitting.key).update(password, 'utf8').digest();
    const same: string[] = [];
    for (const [other, earlier] of sitting.digests) {
      if (other !== accountId && timingSafeEqual(earlier, digest)) same.push(other);
    }
    sitting.digests.get(accountId)?.fill(0);
    sitting.digests.set(accountId, digest);
    return same;
  }

  /**
   * A check of this account starts: its ticket. The checker runs by itself once typing pauses, so a
   * check can still be waiting for the breach lookup when the person types on; the next check, or
   * cancelChecks, supersedes it, and a superseded check stores nothing (isLatestCheck).
   */
  beginCheck(sittingId: string, accountId: string): number {
    const sitting = this.#live(sittingId);
    const ticket = (sitting.checks.get(accountId) ?? 0) + 1;
    sitting.checks.set(accountId, ticket);
    return ticket;
  }

  /** Typing resumed: any check of this account still waiting is dropped when its answer comes. */
  cancelChecks(sittingId: string, accountId: string): void {
    const sitting = this.#sittings.get(sittingId);
    if (sitting) sitting.checks.set(accountId, (sitting.checks.get(accountId) ?? 0) + 1);
  }

  isLatestCheck(sittingId: string, accountId: string, ticket: number): boolean {
    return this.#sittings.get(sittingId)?.checks.get(accountId) === ticket;
  }

  /** How many accounts other than this one have a password checked in the sitting. */
  othersChecked(sittingId: string, accountId: string): number {
    const { digests } = this.#live(sittingId);
    return digests.size - (digests.has(accountId) ? 1 : 0);
  }

  #live(sittingId: string): ActiveSitting {
    this.#sweep();
    const sitting = this.#sittings.get(sittingId);
    if (!sitting) throw new HygieError('password-sitting-ended');
    sitting.lastUsed = this.#now();
    return sitting;
  }

  #describe(sitting: ActiveSitting): Sitting {
    return { sittingId: sitting.id, staffId: sitting.staffId, expiresAt: new Date(sitting.lastUsed + this.#idleMs).toISOString() };
  }

  #sweep(): void {
    const now = this.#now();
    for (const sitting of [...this.#sittings.values()]) {
      if (now - sitting.lastUsed >= this.#idleMs) this.#drop(sitting);
    }
  }

  #drop(sitting: ActiveSitting): void {
    sitting.key.fill(0);
    for (const digest of sitting.digests.values()) digest.fill(0);
    sitting.digests.clear();
    sitting.checks.clear();
    this.#sittings.delete(sitting.id);
    if (this.#sittings.size === 0) this.#stopTimer();
  }

  // The key must not outlive its 15 minutes just because nobody called: a timer sweeps too. It is
  // unref'd so that it never keeps a process (the CLI, a test) alive.
  #startTimer(): void {
    if (this.#timer || this.#sweepEveryMs <= 0) return;
    this.#timer = setInterval(() => this.#sweep(), this.#sweepEveryMs);
    this.#timer.unref();
  }

  #stopTimer(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
