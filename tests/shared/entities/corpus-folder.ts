// Where the read-only test corpus is (beside the checkout), and whether a file of it is there.
// A clone without it must still pass: callers skip and print the reason.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');
const CORPUS_ROOT = resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

export function corpusFile(...parts: string[]): { path: string; missingReason: string | null } {
  const path = resolve(CORPUS_ROOT, ...parts);
  if (existsSync(path)) return { path, missingReason: null };
  const reason = `skipped: ${path} is missing (the corpus folder ${CORPUS_ROOT} is not beside this checkout)`;
  console.log(reason);
  return { path, missingReason: reason };
}
