import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../electron/core/model/schemas/audit.ts';
import { PolicyIdSchema } from '../../../electron/core/model/schemas/practice.ts';
import { FINDING_STATUSES } from '../../../electron/core/model/schemas/report.ts';
import { HIBP_KEY_TEST_FAILURES } from '../../../electron/core/model/schemas/services.ts';
import { accepts } from '../../api/field-rules.ts';
import journalTexts from '../../i18n/areas/journal.fr.json';

// The audit log speaks in codes ("practice.update", {fields: "name, city"}); the journal says
// them in words. A code this version does not know is shown as it is, never hidden.

const KNOWN_ACTIONS = [
  'practice.create',
  'practice.update',
  'staff.create',
  'staff.update',
  'staff.remove',
  'staff.import',
  'staff.export',
  'services.update',
  'services.hibp-key.set',
  'services.hibp-key.remove',
  'services.hibp-key.test',
  'store.restore-backup',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

/** Actions and detail keys whose words live in an area's own text file (renderer/i18n/areas). */
const AREA_ACTIONS: Readonly<Record<string, string>> = {
  'corpora.import': 'sources.journal.actions.import',
  'corpora.remove': 'sources.journal.actions.remove',
  'mfa.record': 'mfa.journal.actions.record',
  'walkthrough.answer': 'walkthrough.journal.actions.answer',
  'walkthrough.provider': 'walkthrough.journal.actions.provider',
  'job.start': 'breaches.journal.actions.start',
  'job.cancel': 'breaches.journal.actions.cancel',
  'job.resume': 'breaches.journal.actions.resume',
  'store.backup-failed': 'dataFolder.journal.actions.backupFailed',
  'store.backup-recovered': 'dataFolder.journal.actions.backupRecovered',
  'store.data-folder-moved': 'dataFolder.journal.actions.moved',
  'store.data-folder-move-failed': 'dataFolder.journal.actions.moveFailed',
  'recovery-kit.generate': 'recovery.journal.actions.generate',
  'store.restore-recovery-kit': 'recovery.journal.actions.restore',
  'first-run.breach-source': 'firstRun.journal.action',
  'finding.status': 'actions.journal.actions.status',
};
const AREA_DETAIL_KEYS: Readonly<Record<string, string>> = {
  kind: 'breaches.journal.detailKeys.kind',
  items: 'breaches.journal.detailKeys.items',
  breachDate: 'sources.journal.detailKeys.breachDate',
  fileName: 'sources.journal.detailKeys.fileName',
  entries: 'sources.journal.detailKeys.entries',
  rejected: 'sources.journal.detailKeys.rejected',
  pwnedPasswordsMirrorDir: 'sources.journal.detailKeys.pwnedPasswordsMirrorDir',
  status: 'mfa.journal.detailKeys.status',
  evidence: 'mfa.journal.detailKeys.evidence',
  provider: 'mfa.journal.detailKeys.provider',
  service: 'mfa.journal.detailKeys.service',
  step: 'walkthrough.journal.detailKeys.step',
  answer: 'walkthrough.journal.detailKeys.answer',
  mfaStatus: 'walkthrough.journal.detailKeys.mfaStatus',
  systemCode: 'dataFolder.journal.detailKeys.systemCode',
  failedSince: 'dataFolder.journal.detailKeys.failedSince',
  from: 'dataFolder.journal.detailKeys.from',
  to: 'dataFolder.journal.detailKeys.to',
  leftover: 'dataFolder.journal.detailKeys.leftover',
  replaced: 'recovery.journal.detailKeys.replaced',
  wordList: 'recovery.journal.detailKeys.wordList',
  choice: 'firstRun.journal.choice',
  findingStatus: 'actions.journal.detailKeys.findingStatus',
  findingKind: 'actions.journal.detailKeys.findingKind',
  until: 'actions.journal.detailKeys.until',
  reason: 'actions.journal.detailKeys.reason',
};

function isFindingStatus(value: string): value is (typeof FINDING_STATUSES)[number] {
  return (FINDING_STATUSES as readonly string[]).includes(value);
}

/** What a restore with the recovery kit replaced (core/recovery/recovery-restore.ts). */
const REPLACED = ['nothing', 'blank', 'database-key-missing', 'database-unreadable'] as const;
function isReplaced(value: string): value is (typeof REPLACED)[number] {
  return (REPLACED as readonly string[]).includes(value);
}

/** The codes and detail keys written since the journal's first words, worded in areas/journal.*.json. */
function hasPath(tree: unknown, path: string): boolean {
  let node = tree;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

export function actionText(t: TFunction, action: string): string {
  if (Object.hasOwn(AREA_ACTIONS, action)) return t(AREA_ACTIONS[action] as never);
  if (hasPath(journalTexts.journal.actions, action)) return t(`journal.actions.${action}` as never);
  return isKnownAction(action) ? t(`audit.actions.${action}`) : action;
}

/** "app:jdupont" → "jdupont"; "cli:jdupont" → "jdupont (command line)"; anything else as is. */
export function actorText(t: TFunction, actor: string): string {
  const [source, ...rest] = actor.split(':');
  const name = rest.join(':');
  if (!name) return actor;
  if (source === 'app') return name;
  if (source === 'cli') return t('audit.actorCli', { name });
  return actor;
}

const DETAIL_KEYS = [
  'fields',
  'policyFrom',
  'policyTo',
  'result',
  'where',
  'language',
  'hibpBaseUrl',
  'pwnedPasswordsBaseUrl',
  'after',
  'name',
  'emails',
  'file',
  'encoding',
  'imported',
  'skipped',
] as const;
type DetailKey = (typeof DETAIL_KEYS)[number];

function isDetailKey(key: string): key is DetailKey {
  return (DETAIL_KEYS as readonly string[]).includes(key);
}

const PRACTICE_FIELDS = [
  'name',
  'street',
  'postalCode',
  'city',
  'profession',
  'finess',
  'rpps',
  'siret',
  'emailDomain',
  'referentName',
  'referentEmail',
  'referentPhone',
] as const;
type PracticeField = (typeof PRACTICE_FIELDS)[number];

function isPracticeField(field: string): field is PracticeField {
  return (PRACTICE_FIELDS as readonly string[]).includes(field);
}

const TEST_RESULTS = ['valid', ...HIBP_KEY_TEST_FAILURES] as const;
type TestResult = (typeof TEST_RESULTS)[number];

function isTestResult(value: string): value is TestResult {
  return (TEST_RESULTS as readonly string[]).includes(value);
}

function valueText(t: TFunction, action: string, key: string, value: string | number | boolean): string {
  const text = String(value);
  if ((key === 'policyFrom' || key === 'policyTo') && accepts(PolicyIdSchema, text)) return t(`policy.options.${text}.name`);
  if (key === 'result' && action === 'services.hibp-key.test' && isTestResult(text)) return t(`services.test.${text}.chip`);
  if (key === 'where' && text === 'keychain') return t('audit.values.keychain');
  if (key === 'language' && (text === 'fr' || text === 'en')) return t(`languageNames.${text}`);
  if (key === 'replaced' && isReplaced(text)) return t(`recovery.journal.replaced.${text}`);
  if (key === 'wordList' && (text === 'fr' || text === 'en')) return t(`recovery.journal.wordList.${text}`);
  if (key === 'choice' && action === 'first-run.breach-source' && (text === 'local-only' || text === 'later' || text === 'none')) {
    return t(`firstRun.journal.choices.${text}`);
  }
  if (key === 'findingStatus' && isFindingStatus(text)) return t(`actions.status.${text}`);
  if (key === 'fields' && action.startsWith('practice.')) {
    return text
      .split(',')
      .map((field) => field.trim())
      .map((field) => (field === 'policy' ? t('policy.label') : isPracticeField(field) ? t(`practice.fields.${field}.label`) : field))
      .join(', ');
  }
  if (typeof value === 'boolean') return value ? t('audit.values.yes') : t('audit.values.no');
  return text;
}

/** The entry's subject and details as "label: value" lines; empty values are left out. */
export function detailLines(t: TFunction, entry: AuditEntry): string[] {
  const lines: string[] = [];
  if (entry.subject) lines.push(t('audit.subject', { subject: entry.subject }));
  for (const [key, value] of Object.entries(entry.details ?? {})) {
    if (value === null || value === '') continue;
    if (key === 'fields' && value === 'created') continue;
    const label = isDetailKey(key)
      ? t(`audit.detailKeys.${key}`)
      : Object.hasOwn(AREA_DETAIL_KEYS, key)
        ? t(AREA_DETAIL_KEYS[key] as never)
        : Object.hasOwn(journalTexts.journal.detailKeys, key)
          ? t(`journal.detailKeys.${key}` as never)
          : key;
    lines.push(t('audit.detailLine', { label, value: valueText(t, entry.action, key, value) }));
  }
  return lines;
}
