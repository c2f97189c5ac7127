import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, SERVICE_IDS } from '../../electron/core/model/schemas/staff.ts';
import { mapRole } from '../../electron/core/roster/role-mapping.ts';
import { ROLE_LABELS } from '../../electron/core/roster/role-labels.ts';
import { SERVICE_LABELS } from '../../electron/core/model/service-labels.ts';

// The exported CSV and the Staff page must call a role or a service by the same name, and a
// name the page shows must import back as the same role.
const ui = (language: 'fr' | 'en') =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../renderer/i18n/${language}.json`), 'utf8')).staff as {
    roles: Record<string, string>;
    services: Record<string, string>;
  };

describe('role and service names', () => {
  it.each(['fr', 'en'] as const)('are the same in the export and on the Staff page (%s)', (language) => {
    for (const role of STAFF_ROLES) expect(ui(language).roles[role], role).toBe(ROLE_LABELS[role][language]);
    for (const service of SERVICE_IDS) expect(ui(language).services[service], service).toBe(SERVICE_LABELS[service][language]);
  });

  it.each(['fr', 'en'] as const)('read back as the same role (%s)', (language) => {
    for (const role of STAFF_ROLES.filter((id) => id !== 'other')) expect(mapRole(ui(language).roles[role]!).role, role).toBe(role);
  });
});
