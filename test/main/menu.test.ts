import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { menuLanguage, menuTemplate } from '../../electron/main/menu.ts';
import { startApp, type ElectronApi } from '../../electron/main/start-app.ts';
import { TEXTS } from '../../electron/core/text/messages.ts';
import { createFakeElectron, invokeEvent } from '../support/fake-electron.ts';

// Issue 14, item 4: Electron's role items are labelled in English whatever the user's language
// (electron/lib/browser/api/menu-item-roles.ts). Every item gets a French and an English label of
// ours; the role stays, so the system's behaviour and the role's shortcut stay with it.

type Item = MenuItemConstructorOptions;
const PLATFORMS = ['win32', 'darwin', 'linux'] as const;
const LANGUAGES = ['fr', 'en'] as const;

function items(template: readonly Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const labelled = (template: readonly Item[]) => items(template).filter((item) => item.type !== 'separator');

/** Electron's own English labels for the roles we use (menu-item-roles.ts), which must not show in French. */
const ELECTRON_ENGLISH = new Set([
  'File', 'Edit', 'View', 'Window', 'About Hygie', 'Hide Hygie', 'Hide Others', 'Show All', 'Quit Hygie', 'Quit', 'Exit',
  'Close Window', 'Close', 'Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Paste and Match Style', 'Delete', 'Select All',
  'Start Speaking', 'Stop Speaking', 'Actual Size', 'Zoom In', 'Zoom Out', 'Toggle Full Screen', 'Reload',
  'Toggle Developer Tools', 'Minimize', 'Bring All to Front', 'Speech',
]);

describe('the native menu', () => {
  for (const platform of PLATFORMS) {
    for (const language of LANGUAGES) {
      it(`labels every item in ${language} on ${platform}, roles and shortcuts kept`, () => {
        const template = menuTemplate({ platform, allowDevTools: true, language, appName: 'Hygie' });
        const all = labelled(template);
        expect(all.length).toBeGreaterThan(15);
        for (const item of all) {
          expect(item.label?.trim(), JSON.stringify(item)).toBeTruthy();
          // No shortcut of ours: Electron then gives each role its own (menu-item.ts).
          expect(item.accelerator, item.label).toBeUndefined();
        }
        const labels = all.map((item) => item.label!.replace('&', ''));
        const ours = new Set(Object.values(TEXTS[language].menu).map((text) => text.replace('&', '').replaceAll('{{app}}', 'Hygie')));
        for (const label of labels) expect(ours.has(label) || label === 'Hygie', label).toBe(true);
        if (language === 'fr') {
          const english = labels.filter((label) => ELECTRON_ENGLISH.has(label));
          expect(english, 'English left in the French menu').toEqual([]);
        }
        // Every item that does something keeps its role (copy/paste/zoom/quit work as the system's).
        for (const item of all.filter((entry) => !entry.submenu)) expect(item.role, item.label).toBeTruthy();
        // The top-level menus keep theirs too: on macOS the Window menu lists the windows.
        expect(template.map((item) => item.role)).toEqual(
          expect.arrayContaining(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', ...(platform === 'darwin' ? ['appMenu'] : [])]),
        );
      });
    }

    it(`gives the menus ${platform === 'darwin' ? 'no' : 'distinct'} access keys on ${platform}`, () => {
      for (const language of LANGUAGES) {
        const top = menuTemplate({ platform, allowDevTools: false, language, appName: 'Hygie' }).map((item) => item.label!);
        if (platform === 'darwin') {
          expect(top.join('')).not.toContain('&');
        } else {
          const keys = top.map((label) => label.match(/&(.)/u)?.[1]?.toLowerCase());
          expect(keys.every(Boolean), top.join(' ')).toBe(true);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }
    });
  }

  it('reads « Fichier, Édition, Affichage, Fenêtre » in French and “File, Edit, View, Window” in English (Windows)', () => {
    const top = (language: 'fr' | 'en') =>
      menuTemplate({ platform: 'win32', allowDevTools: false, language, appName: 'Hygie' }).map((item) => item.label);
    expect(top('fr')).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre']);
    expect(top('en')).toEqual(['&File', '&Edit', '&View', '&Window']);
    const edit = menuTemplate({ platform: 'win32', allowDevTools: false, language: 'fr', appName: 'Hygie' })[1]!.submenu as Item[];
    expect(edit.filter((item) => item.role).map((item) => [item.role, item.label])).toEqual([
      ['undo', 'Annuler'],
      ['redo', 'Rétablir'],
      ['cut', 'Couper'],
      ['copy', 'Copier'],
      ['paste', 'Coller'],
      ['delete', 'Supprimer'],
      ['selectAll', 'Tout sélectionner'],
    ]);
  });

  it('names the app in the macOS application menu, in the language chosen', () => {
    const app = menuTemplate({ platform: 'darwin', allowDevTools: false, language: 'fr', appName: 'Hygie' })[0]!;
    expect(app.role).toBe('appMenu');
    expect((app.submenu as Item[]).filter((item) => item.role).map((item) => item.label)).toEqual([
      'À propos de Hygie',
      'Services',
      'Masquer Hygie',
      'Masquer les autres',
      'Tout afficher',
      'Quitter Hygie',
    ]);
  });

  it('shows the developer tools only when unpackaged', () => {
    const roles = (allowDevTools: boolean) =>
      items(menuTemplate({ platform: 'linux', allowDevTools, language: 'fr', appName: 'Hygie' })).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });

  it('follows the saved language, else the system’s, French for any other', () => {
    expect(menuLanguage('en', 'fr-FR')).toBe('en');
    expect(menuLanguage('fr', 'en-US')).toBe('fr');
    expect(menuLanguage(null, 'en-GB')).toBe('en');
    expect(menuLanguage(null, 'fr-BE')).toBe('fr');
    expect(menuLanguage(null, 'de-DE')).toBe('fr');
  });
});

describe('the menu while the app runs', () => {
  const temporary: string[] = [];
  afterEach(() => {
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function started(locale: string, preferences?: object) {
    const root = mkdtempSync(join(tmpdir(), 'hygie-menu-'));
    temporary.push(root);
    const dataDir = join(root, 'data');
    if (preferences) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'preferences.json'), JSON.stringify(preferences));
    }
    const fake = createFakeElectron({ locale });
    const app = startApp(fake.electron as unknown as ElectronApi, {
      bundleDir: join(root, 'out/main'),
      env: { HYGIE_DATA_DIR: dataDir },
      platform: 'win32',
    });
    fake.fireReady();
    await app.ready;
    const setLanguage = (language: 'fr' | 'en' | null) =>
      fake.ipcHandlers.get('hygie:settings.set')!(invokeEvent('app://hygie/index.html'), { language });
    const topLabels = () => (fake.applicationMenus.at(-1) as Item[]).map((item) => item.label);
    return { ...fake, setLanguage, topLabels };
  }

  it('starts in the system’s language when none is saved, and in the saved one otherwise', async () => {
    expect((await started('fr-FR')).topLabels()).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre']);
    expect((await started('en-US')).topLabels()).toEqual(['&File', '&Edit', '&View', '&Window']);
    expect((await started('fr-FR', { language: 'en' })).topLabels()).toEqual(['&File', '&Edit', '&View', '&Window']);
  });

  it('is rebuilt in the new language as soon as the language is changed in Settings', async () => {
    const app = await started('fr-FR');
    expect(app.applicationMenus).toHaveLength(1);
    await expect(app.setLanguage('en')).resolves.toEqual({ ok: true, value: { language: 'en' } });
    expect(app.applicationMenus).toHaveLength(2);
    expect(app.topLabels()).toEqual(['&File', '&Edit', '&View', '&Window']);
    expect(labelled(app.applicationMenus.at(-1) as Item[]).map((item) => item.label)).toContain('Select All');
    // "Follow the system" again: back to the system's French.
    await app.setLanguage(null);
    expect(app.applicationMenus).toHaveLength(3);
    expect(app.topLabels()).toEqual(['&Fichier', 'É&dition', '&Affichage', 'Fe&nêtre']);
    // A refused change (invalid input) saves nothing and rebuilds nothing.
    await app.ipcHandlers.get('hygie:settings.set')!(invokeEvent('app://hygie/index.html'), { language: 'de' });
    expect(app.applicationMenus).toHaveLength(3);
  });
});
