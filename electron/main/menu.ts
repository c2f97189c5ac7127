import type { MenuItemConstructorOptions } from 'electron';

// A native menu made of roles only: the operating system labels them in its own language,
// and a front-desk user finds copy/paste, zoom and quit where they expect them.
export function menuTemplate(platform: NodeJS.Platform, allowDevTools: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (allowDevTools) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });
  const template: MenuItemConstructorOptions[] = [
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: platform === 'darwin' ? 'View' : '&View', submenu: view },
    { role: 'windowMenu' },
  ];
  if (platform === 'darwin') template.unshift({ role: 'appMenu' });
  return template;
}
