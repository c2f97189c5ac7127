import { FINDING_AREAS, type ActionArea } from '../../../electron/core/model/finding-areas.ts';
import type { FindingKind } from '../../../electron/core/model/schemas/report.ts';
import { pathOf, type PageId } from '../../app/navigation.ts';
import { settingsTabPath } from '../settings/settings-tabs.ts';

/** A page, and the address that opens it where the work is done (a tab, a section). */
export interface Place {
  page: PageId;
  path: string;
}

/** Where each area's problems are acted on. The domain's SPF/DMARC checks are in Settings, on the IT provider's tab. */
const AREA_PLACES: Record<ActionArea, Place> = {
  breaches: { page: 'breaches', path: pathOf('breaches') },
  mfa: { page: 'mfa', path: pathOf('mfa') },
  passwords: { page: 'passwords', path: pathOf('passwords') },
  walkthrough: { page: 'walkthrough', path: pathOf('walkthrough') },
  domain: { page: 'settings', path: settingsTabPath('provider', 'domain') },
};

export function areaPlace(area: ActionArea): Place {
  return AREA_PLACES[area];
}

/** Where a finding is acted on. */
export function findingPlace(kind: FindingKind): Place {
  return AREA_PLACES[FINDING_AREAS[kind]];
}
