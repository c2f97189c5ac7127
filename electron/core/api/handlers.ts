import { readHibpAccount } from '../breach/hibp/hibp-account.ts';
import { checkSubscription } from '../breach/hibp/subscription-status.ts';
import { DnsResolver, dnsServersFromEnvironment } from '../mfa/dns-resolver.ts';
import { checkPracticeDomain, detectStaffMailboxProviders, practiceDomainResult, staffMailboxProviders } from '../mfa/mail-domain-checks.ts';
import { DirectoryService } from '../mfa/directory/directory-service.ts';
import { previewRoster } from '../roster/preview.ts';
import { answerStep, chooseProvider, walkthroughPlan, walkthroughProgress } from '../hardening/walkthrough.ts';
import { csvDelimiterFor, processLocale } from '../roster/csv-delimiter.ts';
import { rosterToCsv } from '../roster/export.ts';
import { PreferencesFile } from '../settings/preferences-file.ts';
import { servicesSettings, updateServicesSettings } from '../settings/services-settings.ts';
import { listBackups } from '../store/backups.ts';
import type { StoreHost } from '../store/store-host.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { createCoreJobs } from './core-jobs.ts';
import { corpusHandlers } from './corpus-handlers.ts';
import { jobHandlers } from './job-handlers.ts';
import { createPasswordSittings, passwordHandlers, type PasswordCoreOptions } from './password-handlers.ts';
import { createSecretCopier, type SecretCopier } from './secret-copier.ts';
import { recoveryHandlers } from './recovery-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import type { PasswordSittings } from '../password/sitting.ts';
import { HygieError } from '../model/hygie-error.ts';
import type { Handlers } from './router.ts';
import type { CoreEnvironment } from './core-environment.ts';
import type { PreviewRow, RosterImportInput } from '../model/schemas/roster-import.ts';


function decodeFile(input: RosterImportInput): Uint8Array {
  return Buffer.from(input.contentBase64, 'base64');
}

/** The handlers behind every call of the contract, wired to real core services. */
/**
 * `jobs`: the runner long work goes through; createCore (core.ts) passes one wired to the router's
 * job events. Without one (tests of other calls), jobs run but their events go nowhere.
 */
/**
 * `password`: the sittings of the password audit (createCore passes the ones it ends on close)
 * and test tuning; without them the handlers make their own sittings.
 */
export function createHandlers(
  environment: CoreEnvironment,
  jobs: JobRunner = createCoreJobs(environment, () => {}),
  password: PasswordCoreOptions & { sittings?: PasswordSittings } = {},
  secretCopier: SecretCopier = createSecretCopier(environment.clipboard),
): Handlers {
  const preferences = new PreferencesFile(environment.preferencesDir ?? environment.dataDir);
  const host = environment.store;
  const userAgent = `${environment.appInfo.name}/${environment.appInfo.version}`;
  // Excel splits CSV files on the region's list separator, not the interface language's.
  const csvDelimiter = csvDelimiterFor(environment.systemLocale ?? processLocale());
  const dns = new DnsResolver({ servers: environment.dnsServers ?? dnsServersFromEnvironment() });
  // Holds a device-code sign-in under way, in memory only, between signInStart and signInPoll.
  const directory = new DirectoryService(host.secrets, { userAgent });

  return {
    // The folder in use: until the move out of a roaming profile succeeds, the old one.
    'app.info': () => ({ ...environment.appInfo, dataDir: host.dataDir }),
    'settings.get': () => preferences.read(),
    'settings.set': async (patch) => {
      const saved = await preferences.update(patch);
      environment.onPreferencesChanged?.(saved);
      return saved;
    },

    'store.status': () => host.status(),
    'store.restoreBackup': ({ backupId }) => host.restoreBackup(backupId),
    'store.dataFolder': () =>
      host.use((store) => ({
        folder: store.dataDir,
        backups: listBackups(store.dataDir),
        dailyBackupFailure: store.dataFolder.dailyBackupFailure(),
        move: store.dataFolder.move(),
      })),

    'practice.get': () => host.use((store) => store.practice.get()),
    'practice.save': (input) => host.use((store) => store.practice.save(input)),

    'staff.list': () => host.use((store) => store.staff.list()),
    'staff.create': (input) => host.use((store) => store.staff.create(input)),
    'staff.update': ({ id, person }) => host.use((store) => store.staff.update(id, person)),
    'staff.remove': ({ id }) =>
      host.use((store) => {
        store.staff.remove(id);
        return { removed: true as const };
      }),
    'staff.importPreview': (input) =>
      host.use((store) =>
        previewRoster(decodeFile(input), {
          fileName: input.fileName,
          mapping: input.mapping,
          encoding: input.encoding,
          existing: store.staff.emailOwners(),
        }),
      ),
    'staff.importCommit': (input) =>
      host.use((store) =>
        // Read, check and insert in one transaction: all ready rows or none, and nobody added
        // between the duplicate check and the insert.
        store.transaction(() => {
          const preview = previewRoster(decodeFile(input), {
            fileName: input.fileName,
            mapping: input.mapping,
            encoding: input.encoding,
            existing: store.staff.emailOwners(),
          });
          const skipped = preview.rows
            .filter((row: PreviewRow) => row.status === 'error')
            .map((row: PreviewRow) => ({ line: row.line, issues: row.issues }));
          const { batchId, imported } = store.staff.insertImported(preview.rows, {
            fileName: input.fileName,
            encoding: preview.encoding,
            skipped: skipped.length,
          });
          return { batchId, imported, skipped };
        }),
      ),
    'staff.exportCsv': ({ language }) =>
      host.use((store) => {
        const exported = rosterToCsv(store.staff.list(), language, new Date(), csvDelimiter);
        store.audit.append('staff.export', null, { language });
        return exported;
      }),

    'services.get': () => host.use(async (store) => servicesSettings(store, await host.secrets.get('hibp-api-key'))),
    'services.set': (patch) =>
      host.use(async (store) => {
        updateServicesSettings(store, patch);
        return servicesSettings(store, await host.secrets.get('hibp-api-key'));
      }),
    'services.setHibpKey': ({ apiKey }) =>
      host.use(async (store) => {
        await host.secrets.set('hibp-api-key', apiKey);
        store.audit.append('services.hibp-key.set', null, { where: 'keychain' });
        return servicesSettings(store, await host.secrets.get('hibp-api-key'));
      }),
    'services.removeHibpKey': () =>
      host.use(async (store) => {
        await host.secrets.delete('hibp-api-key');
        store.audit.append('services.hibp-key.remove');
        return servicesSettings(store, await host.secrets.get('hibp-api-key'));
      }),
    'services.testHibpKey': () =>
      host.use(async (store) => {
        const { apiKey, baseUrl } = await readHibpAccount(host.secrets, store);
        if (!apiKey) return { result: 'not-set' as const };
        const result = await checkSubscription({ baseUrl, apiKey, userAgent });
        store.audit.append('services.hibp-key.test', null, { result: result.result });
        return result;
      }),

    ...corpusHandlers(host, jobs),

    'mfa.detectProviders': () => host.use((store) => detectStaffMailboxProviders(store, dns)),
    'mfa.providers': () => host.use((store) => staffMailboxProviders(store)),
    'mfa.checkDomain': () => host.use((store) => checkPracticeDomain(store, dns, { mtaSts: { userAgent, ...environment.mtaSts } })),
    'mfa.domainResult': () => host.use((store) => practiceDomainResult(store)),
    'mfa.matrix': () => host.use((store) => store.mfa.matrix()),
    'mfa.declare': ({ accountId, status, note }) =>
      host.use((store) =>
        store.transaction(() =>
          store.mfa.record({ accountId, status, evidence: 'declared', recordedBy: store.actor, note: note ?? null }),
        ),
      ),
    'walkthrough.plan': ({ staffId }) => host.use((store) => walkthroughPlan(store, staffId)),
    'walkthrough.answer': (input) => host.use((store) => answerStep(store, input)),
    'walkthrough.chooseProvider': (input) => host.use((store) => chooseProvider(store, input)),
    'walkthrough.progress': () => host.use((store) => walkthroughProgress(store)),

    'directory.status': () => host.use((store) => directory.status(store)),
    'directory.saveSettings': (patch) => host.use((store) => directory.saveSettings(store, patch)),
    'directory.signInStart': ({ provider }) => host.use((store) => directory.signInStart(store, provider)),
    'directory.signInPoll': ({ provider }) => host.use((store) => directory.signInPoll(store, provider)),
    'directory.signInCancel': ({ provider }) => directory.signInCancel(provider),
    'directory.setGoogleCredential': (input) => host.use((store) => directory.setGoogleCredential(store, input)),
    'directory.import': ({ provider }) => host.use((store) => directory.import(store, provider)),
    'directory.disconnect': ({ provider }) => host.use((store) => directory.disconnect(store, provider)),

    'audit.list': (input) => host.use((store) => store.audit.latest(input?.limit ?? 100)),

    ...jobHandlers(host, jobs),

    ...passwordHandlers(host, {
      sittings: password.sittings ?? createPasswordSittings(password),
      userAgent,
      ...(password.pwned ? { pwned: password.pwned } : {}),
    }),

    ...reportHandlers(host, { hygieVersion: environment.appInfo.version, desktop: environment.desktop, csvDelimiter }),

    'clipboard.copySecret': ({ text }) => secretCopier.copy(text),

    ...recoveryHandlers(host, { hygieVersion: environment.appInfo.version, dialogs: environment.dialogs, desktop: environment.desktop }),
  };
}

