import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, type CallName } from '../../electron/core/api/channels.ts';
import { contract } from '../../electron/core/api/contract.ts';
import { HygieError } from '../../electron/core/model/hygie-error.ts';
import type { Envelope } from '../../electron/core/model/envelope.ts';
import type { MfaMatrix } from '../../electron/core/model/schemas/mfa-matrix.ts';
import type { StaffMember } from '../../electron/core/model/schemas/staff.ts';
import { acceptedInputs } from '../support/accepted-inputs.ts';
import { closeAllCores, openCore, PRACTICE, type Core } from '../support/core.ts';
import { startFakeDns, type FakeDnsServer } from '../support/fake-dns.ts';

// Issue 13 F6: the contract and the layer behind it must agree. For every call, inputs its zod
// schema accepts (generated from the schema: test/support/accepted-inputs.ts) go through the
// real router, handlers, encrypted store and keychain; each must come back as a value or as a
// domain error that says what to do (not-found, a missing key…), never as 'internal' (a crash
// behind the contract, logged with a stack trace) nor 'invalid-input' (a refusal the contract
// did not announce), and nothing but a domain error may be logged. Every address the calls could reach is on loopback: services at a closed
// port, DNS at a fake server with no records.

const CLOSED_PORT = 'http://127.0.0.1:9';
/** Calls that take away what the others use (the person, the key, the store): made last. */
const LAST = new Set<CallName>(['staff.remove', 'services.removeHibpKey', 'directory.disconnect', 'corpora.remove', 'store.restoreBackup']);

let core: Core;
let dns: FakeDnsServer;
const logged: string[] = [];
const previousDns = process.env.HYGIE_DNS_SERVERS;
const known: string[] = [];

beforeAll(async () => {
  dns = await startFakeDns({});
  process.env.HYGIE_DNS_SERVERS = dns.address;
  core = openCore({
    // A job that ends on a domain error (a corpus file with no address) is logged by the job
    // runner, and told to the user with its code: that is an answer. Anything else is a crash.
    logger: { error: (message, error) => (error instanceof HygieError ? undefined : logged.push(`${message} ${String(error)} ${(error as Error)?.stack ?? ''}`)) },
    desktop: { openPath: async () => '', showItemInFolder: () => {} },
  });
  await core.call('practice.save', PRACTICE);
  await core.call('services.set', { hibpBaseUrl: `${CLOSED_PORT}/api/v3`, pwnedPasswordsBaseUrl: CLOSED_PORT });
  await core.call('directory.saveSettings', {
    microsoft: { loginBaseUrl: CLOSED_PORT, graphBaseUrl: CLOSED_PORT },
    google: { oauthBaseUrl: CLOSED_PORT, adminBaseUrl: CLOSED_PORT },
  });
  const person = await core.call<StaffMember>('staff.create', {
    firstName: 'Jeanne',
    lastName: 'Dupont',
    role: 'physician',
    roleLabel: null,
    emails: ['jeanne.dupont@cabinet-dupont.fr'],
    services: ['ameli'],
  });
  const matrix = await core.call<MfaMatrix>('mfa.matrix');
  const accountIds = matrix.rows.flatMap((row) => row.cells.map((cell) => cell.accountId));
  const sitting = await core.call<{ sittingId: string }>('password.beginSitting', { staffId: person.id });
  const report = await core.call<{ id: string }>('reports.generate', { language: 'fr' });
  // Ids that exist, tried first on every string field, so calls reach past "not found".
  known.push(person.id, ...accountIds.slice(0, 2), sitting.sittingId, report.id);
}, 60_000);

afterAll(async () => {
  await closeAllCores();
  await dns.close();
  if (previousDns === undefined) delete process.env.HYGIE_DNS_SERVERS;
  else process.env.HYGIE_DNS_SERVERS = previousDns;
});

describe('every input the contract accepts is accepted by the layer behind it', () => {
  it('generates at least one accepted input for every call', () => {
    for (const name of CALL_NAMES) {
      const inputs = acceptedInputs(contract[name].input, { strings: known });
      expect(inputs.length, name).toBeGreaterThan(0);
      for (const input of inputs) expect(contract[name].input.safeParse(input).success, `${name} ${JSON.stringify(input)}`).toBe(true);
    }
  });

  it('answers each with a value or a domain error, never internal or invalid-input, and logs nothing', async () => {
    const order = [...CALL_NAMES.filter((name) => !LAST.has(name)), ...CALL_NAMES.filter((name) => LAST.has(name))];
    const disagreements: string[] = [];
    let calls = 0;
    for (const name of order) {
      for (const input of acceptedInputs(contract[name].input, { strings: known })) {
        calls += 1;
        const envelope = (await core.router.call(name, input)) as Envelope<unknown>;
        if (!envelope.ok && (envelope.error.code === 'internal' || envelope.error.code === 'invalid-input')) {
          const shown = JSON.stringify(input, (_key, value: unknown) => (value === undefined ? '(undefined)' : value));
          disagreements.push(`${name} ${shown ?? '(undefined)'} → ${envelope.error.code} ${JSON.stringify(envelope.error.details ?? {})}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(logged).toEqual([]);
    expect(calls).toBeGreaterThan(CALL_NAMES.length * 4);
  }, 180_000);
});
