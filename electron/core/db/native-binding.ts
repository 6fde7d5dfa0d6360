// better-sqlite3 is a native module: Node and Electron need different builds of it. The Node build
// lives where npm put it; the Electron build is made once per Electron version into a cache folder
// of its own, and the desktop app passes its path as `nativeBinding`. Neither overwrites the other.
import { join } from 'node:path';

export interface NativeRuntime {
  /** Electron's version when running inside Electron; undefined under plain Node. */
  electronVersion: string | undefined;
  platform: string;
  arch: string;
}

export function electronBindingDir(cacheRoot: string, runtime: { electronVersion: string; platform: string; arch: string }): string {
  return join(cacheRoot, `better-sqlite3-electron-${runtime.electronVersion}-${runtime.platform}-${runtime.arch}`);
}

export function electronBindingPath(cacheRoot: string, runtime: { electronVersion: string; platform: string; arch: string }): string {
  return join(electronBindingDir(cacheRoot, runtime), 'better_sqlite3.node');
}

/**
 * The `nativeBinding` to give better-sqlite3: none under Node (its own build is right), the
 * Electron build under Electron, or an error message when that build has not been made.
 */
export function chooseNativeBinding(
  cacheRoot: string,
  runtime: NativeRuntime,
  exists: (path: string) => boolean,
): { nativeBinding: string | undefined } | { error: string } {
  if (runtime.electronVersion === undefined) return { nativeBinding: undefined };
  const path = electronBindingPath(cacheRoot, { ...runtime, electronVersion: runtime.electronVersion });
  if (exists(path)) return { nativeBinding: path };
  return {
    error: `SQLite is not yet built for Electron ${runtime.electronVersion} (${path} is missing). Start the app with "npm start", which builds it.`,
  };
}

/** How `npm start` builds the Electron copy: better-sqlite3's own install script, aimed at Electron. */
export function electronBuildEnv(electronVersion: string, baseEnv: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...baseEnv,
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: 'https://electronjs.org/headers',
    npm_config_build_from_source: baseEnv.npm_config_build_from_source ?? 'false',
  };
}

/** Where Electron builds of native modules are kept, inside the project's node_modules. */
export function nativeCacheRoot(projectRoot: string): string {
  return join(projectRoot, 'node_modules', '.cache', 'research-notebook');
}
