// The names of every call in the contract, as plain data. The preload and the renderer's client
// import this file (and nothing else from api/) to build `hygie.<area>.<call>` from it, so that
// their bundles stay free of zod and domain code; contract.ts is typed
// `satisfies Record<CallName, …>`, so the two cannot drift apart.
export const CALL_NAMES = [
  'app.info',
  'settings.get',
  'settings.set',
  'store.status',
  'store.restoreBackup',
  'practice.get',
  'practice.save',
  'staff.list',
  'staff.create',
  'staff.update',
  'staff.remove',
  'staff.importPreview',
  'staff.importCommit',
  'staff.exportCsv',
  'staff.sharedList',
  'staff.sharedSave',
  'staff.sharedRemove',
  'services.get',
  'services.set',
  'services.setHibpKey',
  'services.removeHibpKey',
  'services.testHibpKey',
  'corpora.list',
  'corpora.import',
  'corpora.importResult',
  'corpora.remove',
  'breach.checkAll',
  'breach.retry',
  'breach.results',
  'breach.person',
  'breach.ignoreAlias',
  'breach.addAliasToStaff',
  'breach.notifyMe',
  'breach.setNotifyMe',
  'watch.status',
  'watch.setSettings',
  'watch.dismissNotice',
  'jobs.active',
  'jobs.cancel',
  'jobs.resume',
  'mfa.detectProviders',
  'mfa.providers',
  'mfa.checkDomain',
  'mfa.domainResult',
  'mfa.matrix',
  'mfa.declare',
  'walkthrough.plan',
  'walkthrough.answer',
  'walkthrough.chooseProvider',
  'walkthrough.progress',
  'walkthrough.sheet',
  'walkthrough.openSheet',
  'directory.status',
  'directory.saveSettings',
  'directory.signInStart',
  'directory.signInPoll',
  'directory.signInCancel',
  'directory.setGoogleCredential',
  'directory.import',
  'directory.disconnect',
  'audit.list',
  'password.assess',
  'password.beginSitting',
  'password.endSitting',
  'password.check',
  'password.cancelCheck',
  'password.declare',
  'password.results',
  'password.generate',
  'dashboard.summary',
  'firstRun.status',
  'firstRun.chooseBreachSource',
  'actions.list',
  'actions.setStatus',
  'reports.generate',
  'reports.list',
  'reports.open',
  'reports.reveal',
  'clipboard.copySecret',
  'store.dataFolder',
  'recovery.saveKit',
  'recovery.openKit',
  'recovery.chooseBackup',
  'recovery.restore',
] as const;

export type CallName = (typeof CALL_NAMES)[number];

/** Every IPC channel carries this prefix; the main side refuses anything else (defence on both sides). */
export const CHANNEL_PREFIX = 'hygie:';

/** Main → renderer progress events of long-running jobs. */
export const JOB_EVENT_CHANNEL = `${CHANNEL_PREFIX}job-event`;

export function channelFor(name: CallName): string {
  return `${CHANNEL_PREFIX}${name}`;
}

export function isCallName(value: unknown): value is CallName {
  return typeof value === 'string' && (CALL_NAMES as readonly string[]).includes(value);
}

/** 'settings.get' → ['settings', 'get'] */
export function splitCallName(name: CallName): [area: string, method: string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/**
 * `{ <area>: { <method>: make(name) } }` for every call of the contract: the shape of
 * `window.hygie` (the preload's bridge) and of the renderer's client, each area frozen.
 */
export function byArea<T>(make: (name: CallName, area: string, method: string) => T): Record<string, Readonly<Record<string, T>>> {
  const areas: Record<string, Record<string, T>> = {};
  for (const name of CALL_NAMES) {
    const [area, method] = splitCallName(name);
    (areas[area] ??= {})[method] = make(name, area, method);
  }
  for (const area of Object.values(areas)) Object.freeze(area);
  return areas;
}
