// A recording stand-in for the `electron` module, so the built desktop bundles (out/main, out/preload)
// run under Node: Electron itself cannot be launched on the build machines. It answers what the
// main process and the preload call, and keeps what they registered for a test to drive.
import Module from 'node:module';

type Listener = (...args: unknown[]) => unknown;

/** An object that keeps its listeners by event name and can fire them. */
export class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export interface FakeWindow extends Emitter {
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  loadedUrls: string[];
  webContents: Emitter;
}

/** A web contents as `web-contents-created` hands it over: events, and the window-open handler set on it. */
export function fakeWebContents() {
  return Object.assign(new Emitter(), {
    openHandler: null as null | (() => unknown),
    setWindowOpenHandler(handler: () => unknown) {
      this.openHandler = handler;
    },
  });
}

export interface FakeElectron {
  /** What `require('electron')` gives. */
  module: Record<string, unknown>;
  /** Resolves once the main process opened its window, or rejects with the error box it showed. */
  started: Promise<FakeWindow>;
  app: Emitter & { paths: Map<string, string>; exitCode: number | null };
  windows: FakeWindow[];
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  ipcHandlers: Map<string, Listener>;
  /** What the preload put on the page's window, by name. */
  exposed: Map<string, unknown>;
  invoked: unknown[][];
}

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };

export function createFakeElectron(): FakeElectron {
  let windowOpened: (window: FakeWindow) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const started = new Promise<FakeWindow>((resolve, reject) => {
    windowOpened = resolve;
    failed = reject;
  });
  const fake: Omit<FakeElectron, 'module' | 'started'> = {
    app: Object.assign(new Emitter(), { paths: new Map<string, string>(), exitCode: null as number | null }),
    windows: [],
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    exposed: new Map(),
    invoked: [],
  };
  const app = Object.assign(fake.app, {
    setPath: (name: string, path: string) => fake.app.paths.set(name, path),
    getPath: (name: string) => fake.app.paths.get(name) ?? '',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => {},
    exit: (code: number) => {
      fake.app.exitCode = code;
    },
  });

  class BrowserWindow extends Emitter implements FakeWindow {
    loadedUrls: string[] = [];
    webContents = Object.assign(new Emitter(), { executeJavaScript: () => Promise.resolve() });
    constructor(readonly options: FakeWindow['options']) {
      super();
      fake.windows.push(this);
      windowOpened(this);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrls.push(url);
      return Promise.resolve();
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
  }

  const module = {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => failed(new Error(`${title}: ${message}`)),
      showMessageBoxSync: () => 0,
    },
    ipcMain: { handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler) },
    Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: () => {} },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => fake.exposed.set(name, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        fake.invoked.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
  return { ...fake, module, started };
}

/** Node's module loader, with the hook this file adds (not in @types/node). */
const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };

/**
 * Runs a built CommonJS bundle with `require('electron')` answered by the fake; says every module
 * the bundle itself required (a sandboxed preload may require only electron).
 */
export function loadWithFakeElectron(bundlePath: string, fake: FakeElectron): string[] {
  const required: string[] = [];
  const originalLoad = loader._load;
  const bundleRequire = Module.createRequire(bundlePath);
  loader._load = function (request, parent, isMain) {
    if (request !== bundlePath && (parent as { filename?: string } | null)?.filename === bundlePath) required.push(request);
    return request === 'electron' ? fake.module : originalLoad.call(this, request, parent, isMain);
  };
  try {
    delete bundleRequire.cache[bundlePath];
    bundleRequire(bundlePath);
  } finally {
    loader._load = originalLoad;
  }
  return required;
}
