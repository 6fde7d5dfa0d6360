// What the importers take, by file extension (the core decides for real; this only spares the
// round trip for files that cannot be clippings, such as the images in a saved page's folder).
import { MAX_FILE_BYTES, formatBytes } from '../../../../shared/limits';

const IMPORTABLE_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'] as const;

/** For <input accept>. */
export const ACCEPT_ATTRIBUTE = IMPORTABLE_EXTENSIONS.join(',');

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** A file as picked or dropped, with the path the user knows it by ("reports/2014/a.pdf"). */
export interface PickedFile {
  file: File;
  path: string;
}

/** Why a file is not sent to the core at all, or null when it should be. */
export function reasonToSkip(picked: PickedFile, htmlRefusal: string | null): string | null {
  const extension = extensionOf(picked.file.name);
  if (htmlRefusal && (extension === '.html' || extension === '.htm')) return `HTML cannot be imported safely here: ${htmlRefusal}`;
  if (!(IMPORTABLE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `${extension ? `${extension} files` : 'Files without an extension'} cannot be imported; ${IMPORTABLE_EXTENSIONS.join(', ')} files can.`;
  }
  if (picked.file.size > MAX_FILE_BYTES) {
    return `It is ${formatBytes(picked.file.size)}; a file may be at most ${formatBytes(MAX_FILE_BYTES)} (MAX_FILE_BYTES).`;
  }
  return null;
}

/** Hidden files and folders (".DS_Store", ".git/…") are never what the user meant to import. */
function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.'));
}

/** Folder picks and drops: hidden files left out, the rest in path order. */
export function orderPicked(files: PickedFile[]): PickedFile[] {
  return files.filter((f) => !isHidden(f.path)).sort((a, b) => a.path.localeCompare(b.path));
}
