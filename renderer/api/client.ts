// The renderer's typed client for `window.hygie`: every call returns its value or throws.
// Envelopes are unwrapped here, once, so that components deal with values and one error class.
import type { HygieBridge, HygieCalls } from '../../electron/core/api/bridge-types.ts';
import type { ApiError, Envelope } from '../../electron/core/model/envelope.ts';

export type { ApiError };

/** A call reached Hygie's engine and failed there; `error` carries the code and the fr/en texts. */
export class ApiFailure extends Error {
  readonly error: ApiError;

  constructor(error: ApiError) {
    super(`${error.code}: ${error.message.en}`);
    this.name = 'ApiFailure';
    this.error = error;
  }

  get code(): ApiError['code'] {
    return this.error.code;
  }
}

/** `window.hygie` is absent: the page was opened outside Hygie, or the preload did not run. */
export class BridgeUnavailableError extends Error {
  constructor() {
    super('window.hygie is missing: the preload bridge did not run, so no call can reach Hygie.');
    this.name = 'BridgeUnavailableError';
  }
}

type Unwrapped<F> = F extends (...args: infer A) => Promise<Envelope<infer T>>
  ? (...args: A) => Promise<T>
  : never;

/** The bridge's shape, with every `Promise<Envelope<T>>` turned into `Promise<T>`. */
export type HygieClient = {
  readonly [Area in keyof HygieCalls]: {
    readonly [Method in keyof HygieCalls[Area]]: Unwrapped<HygieCalls[Area][Method]>;
  };
};

function bridge(): HygieBridge {
  const hygie = window.hygie;
  if (!hygie) throw new BridgeUnavailableError();
  return hygie;
}

export async function unwrap<T>(pending: Promise<Envelope<T>>): Promise<T> {
  const envelope = await pending;
  if (envelope.ok) return envelope.value;
  throw new ApiFailure(envelope.error);
}

/** Async on purpose: a missing bridge becomes a rejected promise, like every other failure. */
async function call<T>(invoke: (hygie: HygieBridge) => Promise<Envelope<T>>): Promise<T> {
  return unwrap(invoke(bridge()));
}

/**
 * One entry per call of the contract. Typed as HygieClient, so a call added to the contract
 * and not here fails the type check instead of being silently unreachable.
 */
export const api: HygieClient = {
  app: {
    info: () => call((hygie) => hygie.app.info()),
  },
  settings: {
    get: () => call((hygie) => hygie.settings.get()),
    set: (patch) => call((hygie) => hygie.settings.set(patch)),
  },
  store: {
    status: () => call((hygie) => hygie.store.status()),
    restoreBackup: (input) => call((hygie) => hygie.store.restoreBackup(input)),
    dataFolder: () => call((hygie) => hygie.store.dataFolder()),
  },
  practice: {
    get: () => call((hygie) => hygie.practice.get()),
    save: (input) => call((hygie) => hygie.practice.save(input)),
  },
  staff: {
    list: () => call((hygie) => hygie.staff.list()),
    create: (input) => call((hygie) => hygie.staff.create(input)),
    update: (input) => call((hygie) => hygie.staff.update(input)),
    remove: (input) => call((hygie) => hygie.staff.remove(input)),
    importPreview: (input) => call((hygie) => hygie.staff.importPreview(input)),
    importCommit: (input) => call((hygie) => hygie.staff.importCommit(input)),
    exportCsv: (input) => call((hygie) => hygie.staff.exportCsv(input)),
  },
  services: {
    get: () => call((hygie) => hygie.services.get()),
    set: (patch) => call((hygie) => hygie.services.set(patch)),
    setHibpKey: (input) => call((hygie) => hygie.services.setHibpKey(input)),
    removeHibpKey: () => call((hygie) => hygie.services.removeHibpKey()),
    testHibpKey: () => call((hygie) => hygie.services.testHibpKey()),
  },
  corpora: {
    list: () => call((hygie) => hygie.corpora.list()),
    import: (input) => call((hygie) => hygie.corpora.import(input)),
    importResult: (input) => call((hygie) => hygie.corpora.importResult(input)),
    remove: (input) => call((hygie) => hygie.corpora.remove(input)),
  },
  mfa: {
    detectProviders: () => call((hygie) => hygie.mfa.detectProviders()),
    providers: () => call((hygie) => hygie.mfa.providers()),
    checkDomain: () => call((hygie) => hygie.mfa.checkDomain()),
    domainResult: () => call((hygie) => hygie.mfa.domainResult()),
    matrix: () => call((hygie) => hygie.mfa.matrix()),
    declare: (input) => call((hygie) => hygie.mfa.declare(input)),
  },
  walkthrough: {
    plan: (input) => call((hygie) => hygie.walkthrough.plan(input)),
    answer: (input) => call((hygie) => hygie.walkthrough.answer(input)),
    chooseProvider: (input) => call((hygie) => hygie.walkthrough.chooseProvider(input)),
    progress: () => call((hygie) => hygie.walkthrough.progress()),
  },
  directory: {
    status: () => call((hygie) => hygie.directory.status()),
    saveSettings: (patch) => call((hygie) => hygie.directory.saveSettings(patch)),
    signInStart: (input) => call((hygie) => hygie.directory.signInStart(input)),
    signInPoll: (input) => call((hygie) => hygie.directory.signInPoll(input)),
    signInCancel: (input) => call((hygie) => hygie.directory.signInCancel(input)),
    setGoogleCredential: (input) => call((hygie) => hygie.directory.setGoogleCredential(input)),
    import: (input) => call((hygie) => hygie.directory.import(input)),
    disconnect: (input) => call((hygie) => hygie.directory.disconnect(input)),
  },
  breach: {
    checkAll: (input) => call((hygie) => hygie.breach.checkAll(input)),
    retry: (input) => call((hygie) => hygie.breach.retry(input)),
    results: () => call((hygie) => hygie.breach.results()),
    person: (input) => call((hygie) => hygie.breach.person(input)),
  },
  jobs: {
    active: () => call((hygie) => hygie.jobs.active()),
    cancel: (input) => call((hygie) => hygie.jobs.cancel(input)),
    resume: () => call((hygie) => hygie.jobs.resume()),
  },
  audit: {
    list: (input) => call((hygie) => hygie.audit.list(input)),
  },
  password: {
    assess: (input) => call((hygie) => hygie.password.assess(input)),
    beginSitting: (input) => call((hygie) => hygie.password.beginSitting(input)),
    endSitting: (input) => call((hygie) => hygie.password.endSitting(input)),
    check: (input) => call((hygie) => hygie.password.check(input)),
    results: () => call((hygie) => hygie.password.results()),
    generate: (input) => call((hygie) => hygie.password.generate(input)),
  },
  dashboard: {
    summary: (input) => call((hygie) => hygie.dashboard.summary(input)),
  },
  reports: {
    generate: (input) => call((hygie) => hygie.reports.generate(input)),
    list: () => call((hygie) => hygie.reports.list()),
    open: (input) => call((hygie) => hygie.reports.open(input)),
    reveal: (input) => call((hygie) => hygie.reports.reveal(input)),
  },
  clipboard: {
    copySecret: (input) => call((hygie) => hygie.clipboard.copySecret(input)),
  },
  recovery: {
    saveKit: (input) => call((hygie) => hygie.recovery.saveKit(input)),
    openKit: () => call((hygie) => hygie.recovery.openKit()),
    chooseBackup: (input) => call((hygie) => hygie.recovery.chooseBackup(input)),
    restore: (input) => call((hygie) => hygie.recovery.restore(input)),
  },
};

/** Subscribe to job progress events; throws BridgeUnavailableError without a bridge. */
export function onJobEvent(...args: Parameters<HygieBridge['onJobEvent']>): () => void {
  return bridge().onJobEvent(...args);
}
