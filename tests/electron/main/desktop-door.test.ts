// The desktop door as built: out/main/index.js and out/preload/index.cjs run under Node against a
// recording fake of `electron` (Electron cannot be launched here), so a bundling or start-up mistake
// fails here instead of reaching a user: app ready, the hardened window, the app:// protocol with
// its CSP, an IPC call that opens the library, a foreign frame refused, and a preload that exposes
// one function.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAppBuilt } from '../../../electron/cli/app-build';
import { OUT_DIR } from '../../../electron/cli/project-paths';
import type { LibraryInfo } from '../../../shared/domain';
import type { ApiResult } from '../../../shared/errors';
import { IPC_CHANNEL } from '../../../shared/ipc';
import { contentSecurityPolicy } from '../../../shared/security';
import { createFakeElectron, fakeWebContents, loadWithFakeElectron, type FakeElectron, type FakeWindow } from '../../helpers/fake-electron';

const MAIN_BUNDLE = join(OUT_DIR, 'main', 'index.js');
const PRELOAD_BUNDLE = join(OUT_DIR, 'preload', 'index.cjs');
const OUR_PAGE = { url: 'app://notebook/index.html', parent: null };

/** The environment the main process reads its places from, set for one test and put back after it. */
function withEnvironment(values: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

beforeAll(async () => {
  await ensureAppBuilt(() => {});
}, 600_000);

describe('the desktop main process, built, against a fake electron', () => {
  let electron: FakeElectron;
  let window: FakeWindow;
  let libraryPath: string;
  let configHome: string;
  let restoreEnvironment = () => {};
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'desktop-door-'));
    libraryPath = join(dir, 'library.sqlite');
    configHome = join(dir, 'config');
    restoreEnvironment = withEnvironment({ NOTEBOOK_LIBRARY: libraryPath, XDG_CONFIG_HOME: configHome });
    electron = createFakeElectron();
    loadWithFakeElectron(MAIN_BUNDLE, electron);
    window = await electron.started;
  });

  afterAll(() => {
    // Closes the library, as quitting the app does.
    electron?.app.emit('will-quit');
    restoreEnvironment();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets through app ready: the library opened, the window created and loading the app', () => {
    expect(electron.app.exitCode).toBeNull();
    expect(electron.app.paths.get('userData')).toBe(join(configHome, 'Research Notebook'));
    expect(existsSync(libraryPath)).toBe(true);
    expect(electron.windows).toHaveLength(1);
    expect(window.loadedUrls).toEqual(['app://notebook/index.html']);
    expect(electron.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('creates the window with the hardened preferences and a preload that exists', () => {
    const preferences = window.options.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(preferences.preload).toBe(PRELOAD_BUNDLE);
    expect(existsSync(preferences.preload as string)).toBe(true);
  });

  it('serves index.html over app:// with the CSP, and 404 for a traversal or another host', async () => {
    const serve = electron.protocolHandlers.get('app')!;
    expect(serve).toBeTypeOf('function');
    const index = await serve(new Request('app://notebook/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy());
    expect(index.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toMatch(/<div id="root">/u);
    for (const url of [
      'app://notebook/../../etc/passwd',
      'app://notebook/..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://notebook/%2e%2e/%2e%2e/etc/passwd',
      'app://other/index.html',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('root:');
    }
  });

  it('answers an IPC call from its own page through the core, and refuses a foreign frame or an iframe', async () => {
    const handle = electron.ipcHandlers.get(IPC_CHANNEL)!;
    const answer = (await handle({ senderFrame: OUR_PAGE }, 'library.info', {})) as ApiResult<LibraryInfo>;
    expect(answer).toMatchObject({ ok: true, value: { path: libraryPath, clippingCount: 0 } });
    const unknown = (await handle({ senderFrame: OUR_PAGE }, 'no.such', {})) as ApiResult<unknown>;
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    await expect(handle({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'library.info', {})).rejects.toThrow(/Refused/u);
    await expect(handle({ senderFrame: { url: OUR_PAGE.url, parent: OUR_PAGE } }, 'library.info', {})).rejects.toThrow(/Refused/u);
    await expect(handle({ senderFrame: null }, 'library.info', {})).rejects.toThrow(/Refused/u);
  });

  it('imports a web page through the bundled parse worker (out/main/parse-worker.js), not the sources', async () => {
    expect(existsSync(join(OUT_DIR, 'main', 'parse-worker.js'))).toBe(true);
    const handle = electron.ipcHandlers.get(IPC_CHANNEL)!;
    const page =
      '<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>The bridge at Raqqa was closed on Tuesday, residents said, after the crossing was shelled overnight.</p><script>alert(1)</script></article></body></html>';
    const imported = (await handle({ senderFrame: OUR_PAGE }, 'clippings.importFile', {
      fileName: 'bridge.html',
      contentBase64: Buffer.from(page).toString('base64'),
    })) as ApiResult<{ clipping: { id: string; title: string; text: string } }>;
    expect(imported).toMatchObject({ ok: true, value: { clipping: { title: 'Bridge closed' } } });
    if (!imported.ok) return;
    expect(imported.value.clipping.text).toContain('The bridge at Raqqa was closed on Tuesday');
    expect(imported.value.clipping.text).not.toContain('alert(1)');
  }, 120_000);

  it('keeps every web contents on the app: navigation away, new windows and webviews are refused', () => {
    const contents = fakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const prevented: string[] = [];
    for (const [event, url] of [
      ['will-navigate', 'https://evil.example/'],
      ['will-redirect', 'file:///etc/passwd'],
      ['will-navigate', 'app://notebook/index.html#/reader'],
    ] as const) {
      contents.emit(event, { preventDefault: () => prevented.push(url) }, url);
    }
    contents.emit('will-attach-webview', { preventDefault: () => prevented.push('webview') });
    expect(prevented).toEqual(['https://evil.example/', 'file:///etc/passwd', 'webview']);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('the desktop main process when its start-up fails after the library opened', () => {
  it('shows the error and exits, instead of staying alive without a window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'desktop-door-'));
    const restoreEnvironment = withEnvironment({ NOTEBOOK_LIBRARY: join(dir, 'library.sqlite'), XDG_CONFIG_HOME: join(dir, 'config') });
    const electron = createFakeElectron();
    electron.module.Menu = {
      buildFromTemplate: () => {
        throw new Error('the menu could not be built');
      },
    };
    try {
      loadWithFakeElectron(MAIN_BUNDLE, electron);
      await expect(electron.started).rejects.toThrow(/Research Notebook cannot start: the menu could not be built/u);
      expect(electron.app.exitCode).toBe(1);
    } finally {
      electron.app.emit('will-quit');
      restoreEnvironment();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('the preload, built, against a fake electron', () => {
  it('requires only electron and exposes one function, window.notebook.call, over the one channel', async () => {
    const electron = createFakeElectron();
    expect(loadWithFakeElectron(PRELOAD_BUNDLE, electron)).toEqual(['electron']);
    expect([...electron.exposed.keys()]).toEqual(['notebook']);
    const api = electron.exposed.get('notebook') as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    expect(api.call).toBeTypeOf('function');
    await (api.call as (method: string, input: unknown) => Promise<unknown>)('library.info', {});
    expect(electron.invoked).toEqual([[IPC_CHANNEL, 'library.info', {}]]);
  });
});
