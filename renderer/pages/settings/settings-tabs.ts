// The tabs of Settings (issue 16, item 6): the practice, the language and the journal are for
// everyone; the IT provider's tab holds what a secretary never needs to touch. The tab is in the
// address (`#/settings?tab=provider`), so a link elsewhere can open it.

export const SETTINGS_TABS = ['practice', 'language', 'journal', 'provider'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

export function isSettingsTab(value: unknown): value is SettingsTab {
  return typeof value === 'string' && (SETTINGS_TABS as readonly string[]).includes(value);
}

/** A part of a tab that a link can bring into view (`#/settings?tab=provider&section=domain`). */
export const SETTINGS_SECTIONS = ['domain'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** The id of a section's element on the page. */
export function settingsSectionId(section: SettingsSection): string {
  return `settings-section-${section}`;
}

/** The address of a tab of Settings (and of one of its sections), e.g. for a link from the dashboard's checklist. */
export function settingsTabPath(tab: SettingsTab, section?: SettingsSection): string {
  return section ? `/settings?tab=${tab}&section=${section}` : `/settings?tab=${tab}`;
}
