// Made-up text files for the writer tests: distinct articles, and files that repeat another
// folder's texts under new names (so that two writers meet the same text).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText, articleWords } from '../helpers/articles';

export function articleFor(seed: number): string {
  return `Report ${seed}\n\n${articleText(articleWords(seed, 90))}\n`;
}

/** Writes `<prefix>-NNNN.txt` for each seed into `folder`; returns the paths in order. */
export function writeArticles(folder: string, prefix: string, seeds: readonly number[]): string[] {
  mkdirSync(folder, { recursive: true });
  return seeds.map((seed, index) => {
    const path = join(folder, `${prefix}-${String(index).padStart(4, '0')}.txt`);
    writeFileSync(path, articleFor(seed));
    return path;
  });
}
