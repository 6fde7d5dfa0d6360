// Where the PDF fonts are: resources/fonts of the project. Found by walking up from this file, so
// it works from the source tree (tsx, tests) and from electron-vite's out/main bundle alike; a
// packaged app ships resources/ beside its code (process.resourcesPath). The one place that knows.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  /** For what DejaVu Sans lacks: Chinese, Japanese, Korean (one upright face for every style). */
  fallback: 'DroidSansFallback.ttf',
} as const;

export type FontFace = keyof typeof FONT_FILES;

let found: string | null = null;

export function fontsFolder(): string {
  if (found) return found;
  const candidates: string[] = [];
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(join(packaged, 'fonts'), join(packaged, 'resources', 'fonts'));
  for (let dir = __dirname; ; dir = dirname(dir)) {
    candidates.push(join(dir, 'resources', 'fonts'));
    if (dirname(dir) === dir) break;
  }
  const folder = candidates.find((candidate) => existsSync(join(candidate, FONT_FILES.regular)));
  if (!folder) {
    throw new Error(`The fonts for PDF export are missing (looked for ${FONT_FILES.regular} in ${candidates.slice(0, 3).join(', ')}…). Reinstall the app.`);
  }
  found = folder;
  return folder;
}

export function fontPath(face: FontFace): string {
  return join(fontsFolder(), FONT_FILES[face]);
}
