// Source checks over electron/: the lines that match a pattern, as `file:line  text`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './cli-process';

const ELECTRON = join(PROJECT_ROOT, 'electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line  text` for each line of electron/ matching `pattern`, outside `exempt` (a path from the project root). */
export function electronLinesMatching(pattern: RegExp, exempt: string): string[] {
  return sourceFiles(ELECTRON).flatMap((path) => {
    const name = relative(PROJECT_ROOT, path).split('\\').join('/');
    if (name === exempt) return [];
    return readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${name}:${index + 1}  ${line.trim()}`] : []));
  });
}
