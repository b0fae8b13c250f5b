// The application menu, built from the UI strings so it follows the app's language.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';
import type { Locale } from '../../src/i18n/define-messages';
import { translate } from '../../src/i18n/messages';

export function buildMenuTemplate(
  locale: Locale,
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.import'), accelerator: 'CmdOrCtrl+O', click: () => send('import') },
        { label: t('menu.importUrl'), accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-url') },
        { label: t('menu.importPack'), click: () => send('import-pack') },
        { type: 'separator' },
        { label: t('menu.exportReport'), accelerator: 'CmdOrCtrl+E', click: () => send('export-report') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { label: t('menu.quit'), role: 'quit' },
      ],
    },
    // Undo and redo stay with the renderer, which owns the claim history; the rest are the standard roles.
    {
      label: t('menu.edit'),
      submenu: [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.library'), accelerator: 'CmdOrCtrl+1', click: () => send('open-library') },
        { label: t('menu.settings'), accelerator: 'CmdOrCtrl+,', click: () => send('open-settings') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t('menu.help'),
      role: 'help',
      submenu: [
        { label: t('menu.shortcuts'), click: () => send('show-shortcuts') },
        { label: t('menu.about'), click: () => send('about') },
      ],
    },
  );
  return template;
}
