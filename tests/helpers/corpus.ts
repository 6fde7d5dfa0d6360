// The read-only test corpus lives beside the checkout (../shared/corpus). A clone without it
// must still pass, so tests that need it skip and say which folder is missing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const CORPUS_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

/** The path of a corpus file or folder and whether it is there; logs why a test will skip. */
export function corpusPath(...parts: string[]): { path: string; exists: boolean } {
  const path = join(CORPUS_DIR, ...parts);
  const exists = existsSync(path);
  if (!exists) console.log(`Skipping the tests that read ${path}: the corpus folder is missing.`);
  return { path, exists };
}
