import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Screenshots land here (git-ignored) so a person can look at them. */
export function artifactPath(name: string): string {
  const dir = resolve(__dirname, '..', '.artifacts');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
