// The files a path names for `import`: a file as it is; a folder's files, sub-folders included
// (hidden names skipped, in name order). Symbolic links inside a folder are followed only while
// they stay inside it, and no folder or file is visited twice, so a link loop (`a -> .`) ends and
// a link to /etc/passwd is never read. A link left out is reported, so the user knows why.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface FolderFile {
  path: string;
  /** Why the path is not imported (a link out of the folder, a broken link), or null to import it. */
  skipped: string | null;
}

export function filesToImport(path: string): FolderFile[] {
  let root: string;
  try {
    if (!statSync(path).isDirectory()) return [{ path, skipped: null }];
    root = realpathSync(path);
  } catch {
    return [{ path, skipped: null }]; // the import reports why it cannot be read
  }
  return walk(path, root);
}

/** A listed name: its real path when the listing shows it is a plain file or folder, else null (a link: resolved when visited). */
interface Listed {
  path: string;
  real: string | null;
  directory: boolean;
}

function walk(folder: string, root: string): FolderFile[] {
  const files: FolderFile[] = [];
  const visited = new Set<string>([root]);
  // Depth first in name order, as a listing reads; a stack rather than recursion, for deep trees.
  const stack: Listed[] = listed(folder, root).reverse();
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const target = entry.real ?? resolveInside(entry.path, root);
    if (typeof target !== 'string') {
      if (target.skipped !== null) files.push({ path: entry.path, skipped: target.skipped });
      continue;
    }
    if (visited.has(target)) continue; // reached again through a link: already listed once
    visited.add(target);
    if (entry.directory || (entry.real === null && isDirectory(target))) stack.push(...listed(entry.path, target).reverse());
    else files.push({ path: entry.path, skipped: null });
  }
  return files;
}

/**
 * The names in `folder` (whose real path is `realFolder`). A plain file or folder lies where its
 * folder does, so its real path needs no system call of its own (a realpath per file cost a fifth
 * of a 1,000-file import's listing); only links are resolved, when visited.
 */
function listed(folder: string, realFolder: string): Listed[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((entry) => {
        const path = join(folder, entry.name);
        const plain = entry.isFile() || entry.isDirectory();
        return { path, real: plain ? join(realFolder, entry.name) : null, directory: entry.isDirectory() };
      });
  } catch {
    return [];
  }
}

/** The real path of `path` when it lies inside `root`, else why it is left out. */
function resolveInside(path: string, root: string): string | { skipped: string | null } {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    const isLink = safeIsLink(path);
    return { skipped: isLink ? `${path} is a broken symbolic link (what it points to does not exist), so it was skipped.` : null };
  }
  if (real === root || real.startsWith(root.endsWith(sep) ? root : root + sep)) return real;
  return {
    skipped: `${path} is a symbolic link to ${real}, outside the folder being imported, so it was not followed. Import ${real} by name if you mean to.`,
  };
}

function safeIsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
