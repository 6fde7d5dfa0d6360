// Window bounds persisted between launches in the user-data folder.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'window-state.json';

export function loadSavedBounds(userData: string): unknown {
  try {
    return JSON.parse(readFileSync(join(userData, FILE), 'utf8'));
  } catch {
    return null;
  }
}

export function saveBounds(userData: string, bounds: unknown): void {
  const path = join(userData, FILE);
  try {
    writeFileSync(`${path}.tmp`, JSON.stringify(bounds));
    renameSync(`${path}.tmp`, path);
  } catch (error) {
    console.error('[notebook] could not save the window position:', error);
  }
}
