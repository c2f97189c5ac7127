import { FINDING_AREAS, type ActionArea } from '../../../electron/core/model/finding-areas.ts';
import type { FindingKind } from '../../../electron/core/model/schemas/report.ts';
import type { PageId } from '../../app/navigation.ts';

/** The page where each area's problems are acted on. The domain's DMARC/SPF checks live on the MFA page. */
const AREA_PAGES: Record<ActionArea, PageId> = {
  breaches: 'breaches',
  mfa: 'mfa',
  passwords: 'passwords',
  walkthrough: 'walkthrough',
  domain: 'mfa',
};

export function areaPage(area: ActionArea): PageId {
  return AREA_PAGES[area];
}

/** The page where a finding is acted on. */
export function findingPage(kind: FindingKind): PageId {
  return AREA_PAGES[FINDING_AREAS[kind]];
}
