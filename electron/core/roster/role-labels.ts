import type { StaffRole } from '../model/schemas/staff.ts';
import { TEXTS } from '../text/messages.ts';
import { localisedTable, type Localised } from '../text/template.ts';

// The name of each role as the export writes it, in both languages (text/labels.*.ts).
// role-mapping.ts reads every one of them back, so an exported roster re-imports with the same roles.

export const ROLE_LABELS: Readonly<Record<StaffRole, Localised>> = localisedTable(TEXTS.fr.labels.roles, TEXTS.en.labels.roles);
