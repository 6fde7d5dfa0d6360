import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer, with no Node in any frame', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });
});
