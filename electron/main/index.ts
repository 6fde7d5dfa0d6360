// Electron main: wiring only. Every decision lives in a pure function tested under Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SECURITY_HEADERS } from '../../shared/security';
import { IPC_CHANNEL } from '../../shared/ipc';
import { openCore, type Core } from '../core/core';
import { LibraryError } from '../core/db/library-errors';
import { chooseNativeBinding, nativeCacheRoot } from '../core/db/native-binding';
import { resolveLibraryPath, userDataDir } from '../core/paths';
import { resolveStaticFile } from '../core/static-files';
import { APP_HOST, APP_SCHEME, APP_START_URL } from './app-origin';
import { isAllowedAppUrl } from './navigation';
import { clampWindowBounds } from './window-bounds';
import { secureWebPreferences } from './web-preferences';
import { loadSavedBounds, saveBounds } from './window-state';
import { answerIpcCall } from './ipc-call';
import { applicationMenuTemplate } from './menu';
import { closesAnyway, UNSAVED_NOTE_PROMPT } from './unsaved-note-prompt';
import { appCommandScript } from '../../shared/app-commands';

const rendererDir = join(__dirname, '../renderer');
const projectRoot = join(__dirname, '../..');

// The same user-data folder the CLI computes, so both see one library.
app.setPath('userData', userDataDir(process.platform, process.env, homedir()));
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  // catch, not then's second argument: a failure inside start must show too, not leave a windowless process.
  app.whenReady().then(start).catch(fail);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
}

async function start(): Promise<void> {
  const binding = chooseNativeBinding(
    nativeCacheRoot(projectRoot),
    { electronVersion: process.versions.electron, platform: process.platform, arch: process.arch },
    existsSync,
  );
  if ('error' in binding) return fail(new Error(binding.error));
  const libraryPath = resolveLibraryPath(cliLibraryArgument(process.argv), process.platform, process.env, homedir());
  try {
    core = openCore(libraryPath, { nativeBinding: binding.nativeBinding, fillPhraseIndex: true });
  } catch (error) {
    return fail(error);
  }

  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, serveAppFile);

  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) => {
    const frame = event.senderFrame;
    return answerIpcCall(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, method, input, core!.dispatch);
  });

  // userGesture: the page may open its file chooser in answer, as if its own button was clicked.
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate(process.platform, (command) => void mainWindow?.webContents.executeJavaScript(appCommandScript(command), true)),
    ),
  );
  openWindow();
}

function openWindow(): void {
  const userData = app.getPath('userData');
  const bounds = clampWindowBounds(
    loadSavedBounds(userData),
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  mainWindow = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    // The page's own background, so the window does not flash another colour while it loads.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1d1f' : '#fbfaf8',
    title: 'Research Notebook',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  // The page holds the window while a note is being saved; ask, as a browser would.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    if (mainWindow && closesAnyway(dialog.showMessageBoxSync(mainWindow, UNSAVED_NOTE_PROMPT))) event.preventDefault();
  });
  mainWindow.on('close', () => {
    if (mainWindow) saveBounds(userData, mainWindow.getNormalBounds());
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(APP_START_URL);
}

async function serveAppFile(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file.filePath);
    return new Response(body, {
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** `electron . --library PATH` picks the library, like the CLI. */
function cliLibraryArgument(argv: string[]): string | undefined {
  const index = argv.indexOf('--library');
  return index >= 0 ? argv[index + 1] : undefined;
}

function fail(error: unknown): void {
  // app.exit skips will-quit: close the library here.
  core?.close();
  core = null;
  const message = error instanceof Error ? error.message : String(error);
  const title = error instanceof LibraryError ? 'The library cannot be opened' : 'Research Notebook cannot start';
  dialog.showErrorBox(title, message);
  app.exit(1);
}
