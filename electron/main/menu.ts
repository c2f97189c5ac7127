import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../core/model/schemas/preferences.ts';
import { TEXTS, type NodeTexts } from '../core/text/messages.ts';
import { fill } from '../core/text/template.ts';

// The native menu, in the interface's language. Every item keeps its Electron role (so the
// operating system's behaviour and the role's default shortcut stay: MenuItem takes the role's
// accelerator when none is given, electron/lib/browser/api/menu-item.ts) and gets our own label,
// since a role's label is fixed English (menu-item-roles.ts). The top-level roles keep their
// role too: on macOS, windowMenu is the menu the system lists the windows in. The words are
// core/text/menu.*.ts.

export interface MenuOptions {
  platform: NodeJS.Platform;
  allowDevTools: boolean;
  language: Language;
  appName: string;
}

type Item = MenuItemConstructorOptions;
type MenuLabel = keyof NodeTexts['menu'];
const separator: Item = { type: 'separator' };

export function menuTemplate({ platform, allowDevTools, language, appName }: MenuOptions): Item[] {
  const mac = platform === 'darwin';
  const label = (key: MenuLabel): string => {
    const text = fill(TEXTS[language].menu[key], { app: appName });
    // An access key (&F) on Windows and Linux; macOS menus have none and would show the '&'.
    return mac ? text.replace('&', '') : text;
  };
  const item = (role: NonNullable<Item['role']>, key: MenuLabel): Item => ({ role, label: label(key) });

  const file: Item[] = [mac ? item('close', 'closeWindow') : item('quit', platform === 'win32' ? 'exit' : 'quit')];
  const edit: Item[] = [
    item('undo', 'undo'),
    item('redo', 'redo'),
    separator,
    item('cut', 'cut'),
    item('copy', 'copy'),
    item('paste', 'paste'),
    ...(mac
      ? [
          item('pasteAndMatchStyle', 'pasteAndMatchStyle'),
          item('delete', 'delete'),
          item('selectAll', 'selectAll'),
          separator,
          { label: label('speech'), submenu: [item('startSpeaking', 'startSpeaking'), item('stopSpeaking', 'stopSpeaking')] },
        ]
      : [item('delete', 'delete'), separator, item('selectAll', 'selectAll')]),
  ];
  const view: Item[] = [
    item('resetZoom', 'resetZoom'),
    item('zoomIn', 'zoomIn'),
    item('zoomOut', 'zoomOut'),
    separator,
    item('togglefullscreen', 'toggleFullScreen'),
  ];
  if (allowDevTools) view.push(separator, item('reload', 'reload'), item('toggleDevTools', 'toggleDevTools'));
  const window: Item[] = [
    item('minimize', mac ? 'minimizeMac' : 'minimize'),
    item('zoom', 'zoom'),
    ...(mac ? [separator, item('front', 'front')] : [item('close', 'close')]),
  ];

  const template: Item[] = [
    { role: 'fileMenu', label: label('fileMenu'), submenu: file },
    { role: 'editMenu', label: label('editMenu'), submenu: edit },
    { role: 'viewMenu', label: label(mac ? 'viewMenuMac' : 'viewMenu'), submenu: view },
    { role: 'windowMenu', label: label('windowMenu'), submenu: window },
  ];
  if (mac) {
    template.unshift({
      role: 'appMenu',
      label: appName,
      submenu: [
        item('about', 'about'),
        separator,
        { role: 'services', label: label('services') },
        separator,
        item('hide', 'hide'),
        item('hideOthers', 'hideOthers'),
        item('unhide', 'unhide'),
        separator,
        item('quit', 'quitMac'),
      ],
    });
  }
  return template;
}

/** The menu's language: the saved choice, else the system's (Chromium's locale, as the page's navigator.languages). */
export function menuLanguage(saved: Language | null, systemLocale: string): Language {
  if (saved) return saved;
  // Same rule as the renderer's detectLanguage (renderer/i18n/detect-language.ts): French practices first.
  return systemLocale.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}
