// The application menu as data, so it can be checked under Node; main turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/app-commands';

export function applicationMenuTemplate(platform: NodeJS.Platform, send: (command: AppCommand) => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Clipping…', accelerator: 'CmdOrCtrl+N', click: () => send('new-clipping') },
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => send('import-files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => send('import-folder') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
}
