import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { applicationMenuTemplate } from '../../../electron/main/menu';
import { APP_COMMAND_EVENT, appCommandScript, isAppCommand } from '../../../shared/app-commands';

function fileMenu(platform: NodeJS.Platform, send: (command: string) => void) {
  const file = applicationMenuTemplate(platform, send).find((item) => item.label === '&File')!;
  return file.submenu as MenuItemConstructorOptions[];
}

describe('applicationMenuTemplate', () => {
  it('offers New Clipping, Import Files and Import Folder, each sending its command', () => {
    const sent: string[] = [];
    const items = fileMenu('linux', (command) => sent.push(command));
    for (const label of ['New Clipping…', 'Import Files…', 'Import Folder…']) {
      const item = items.find((i) => i.label === label)!;
      (item.click as () => void)();
    }
    expect(sent).toEqual(['new-clipping', 'import-files', 'import-folder']);
    expect(items.find((i) => i.label === 'Import Files…')!.accelerator).toBe('CmdOrCtrl+O');
  });

  it('has no developer tools or reload entries', () => {
    const roles = JSON.stringify(applicationMenuTemplate('linux', () => {}));
    expect(roles).not.toMatch(/toggleDevTools|reload/i);
  });

  it('starts with the app menu on macOS only', () => {
    expect(applicationMenuTemplate('darwin', () => {})[0]).toEqual({ role: 'appMenu' });
    expect(applicationMenuTemplate('win32', () => {})[0]!.label).toBe('&File');
  });
});

describe('app commands', () => {
  it('raises a fixed command as a DOM event, with nothing else in the script', () => {
    expect(appCommandScript('import-files')).toBe(`window.dispatchEvent(new CustomEvent(${JSON.stringify(APP_COMMAND_EVENT)}, { detail: "import-files" }))`);
    expect(isAppCommand('import-files')).toBe(true);
    expect(isAppCommand('rm -rf')).toBe(false);
  });
});
