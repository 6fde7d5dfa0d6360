// Is Electron's binary here? Decided without requiring the electron package: from version 45 on, that
// require starts a download, and this app never reaches the network on its own.
import { join } from 'node:path';

export interface ElectronProbe {
  /** Contents of node_modules/electron/path.txt, or null when missing (binary never installed). */
  readPathTxt(): string | null;
  exists(path: string): boolean;
  overrideDistPath: string | undefined;
}

/** The executable to launch, or null when the binary is absent. */
export function findElectronBinary(electronPackageDir: string, probe: ElectronProbe): string | null {
  const relative = probe.readPathTxt()?.trim() || null;
  if (probe.overrideDistPath) {
    const candidate = join(probe.overrideDistPath, relative ?? 'electron');
    return probe.exists(candidate) ? candidate : null;
  }
  if (relative === null) return null;
  const candidate = join(electronPackageDir, 'dist', relative);
  return probe.exists(candidate) ? candidate : null;
}

export const ELECTRON_ABSENT_LINE = 'Electron is not available here; starting browser mode.';

/**
 * Electron 45 downloads its binary on first use rather than at install. `npm start` runs that
 * download once when the binary is missing, unless the user opted out as at install time.
 */
export function mayDownloadElectron(env: NodeJS.ProcessEnv): boolean {
  const skip = (env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? env.npm_config_electron_skip_binary_download ?? '').toLowerCase();
  return skip === '' || skip === '0' || skip === 'false';
}
