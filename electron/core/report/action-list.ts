import { CHECK_AREAS, FINDING_AREAS, isOpenStatus, type ActionList, type ActionPerson, type ActionToCheck } from '../model/schemas/actions.ts';
import type { Report, ReportPerson } from '../model/schemas/report.ts';
import type { Store } from '../store/store.ts';
import { buildReport } from './build-report.ts';
import { localDay } from './report-dates.ts';
import type { ReportInput } from './report-input.ts';
import { reportInputFromStore, type StoreReportOptions } from './report-from-store.ts';

// The Actions page's list: the report's own findings and "not checked" entries, built by the same
// code from the same input (one source: a test compares the two), with the store's ids for the
// people so the page can filter by person across reloads.

/** The report's people with the store's ids: buildReport keeps the input's order (P01 is the first). */
function peopleOf(report: Report, input: ReportInput): Map<string, ActionPerson> {
  return new Map(report.people.map((person, index) => [person.personRef, { id: input.people[index]!.key, name: person.name }]));
}

type ActionAccount = { service: ReportPerson['accounts'][number]['service']; identifier: string };

/** Each account of the report by its ref, looked up once per finding (a large practice has thousands). */
function accountsByRef(people: readonly ReportPerson[]): (accountRef: string | null) => ActionAccount | null {
  const byRef = new Map<string, ActionAccount>();
  for (const person of people) {
    for (const account of person.accounts) if (!byRef.has(account.accountRef)) byRef.set(account.accountRef, { service: account.service, identifier: account.identifier });
  }
  return (accountRef) => (accountRef === null ? null : (byRef.get(accountRef) ?? null));
}

/**
 * What is not checked, one item per account and check (a mailbox that two sources could not answer
 * for is one thing to check, with both reasons), or per person, or for the practice.
 */
export function toCheckItems(report: Report, people: ReadonlyMap<string, ActionPerson> = new Map()): ActionToCheck[] {
  const items = new Map<string, ActionToCheck>();
  const accountOf = accountsByRef(report.people);
  for (const entry of report.notChecked) {
    const id = `${entry.check}:${entry.accountRef ?? entry.personRef ?? 'practice'}`;
    let item = items.get(id);
    if (!item) {
      item = {
        id,
        area: CHECK_AREAS[entry.check],
        check: entry.check,
        person: entry.personRef === null ? null : (people.get(entry.personRef) ?? null),
        account: accountOf(entry.accountRef),
        reasons: [],
      };
      items.set(id, item);
    }
    item.reasons.push({ code: entry.reason, explanation: entry.explanation, attemptedAt: entry.attemptedAt });
  }
  return [...items.values()];
}

/** The list from a report and the input it was built from. */
export function actionListOf(report: Report, input: ReportInput): ActionList {
  const today = localDay(input.now);
  const people = peopleOf(report, input);
  const accountOf = accountsByRef(report.people);
  return {
    today,
    people: [...people.values()],
    actions: report.findings.map((finding) => ({
      id: finding.id,
      ref: finding.ref,
      area: FINDING_AREAS[finding.kind],
      kind: finding.kind,
      severity: finding.severity,
      person: finding.personRef === null ? null : (people.get(finding.personRef) ?? null),
      account: accountOf(finding.accountRef),
      title: finding.title,
      action: finding.action,
      ...(finding.playbook ? { playbook: finding.playbook } : {}),
      owner: finding.owner,
      detectedAt: finding.detectedAt,
      dueDate: finding.dueDate,
      overdue: finding.overdue,
      points: finding.points,
      status: finding.status,
      open: isOpenStatus(finding.status, today),
    })),
    toCheck: toCheckItems(report, people),
  };
}

/** Every finding and everything not checked, from the store, in the asked language. */
export function actionListFromStore(store: Store, options: StoreReportOptions): ActionList {
  const input = reportInputFromStore(store, options);
  return actionListOf(buildReport(input), input);
}
