// A note's folder is a path like "Syria/2014". Written in one form so that filters and the folder
// tree agree: no empty parts, no spaces around the slashes; blank means the top (null).

export function normaliseFolder(folder: string | null | undefined): string | null {
  if (folder === null || folder === undefined) return null;
  const parts = folder
    .split('/')
    .map((part) => part.trim().replace(/\s+/gu, ' '))
    .filter((part) => part !== '');
  return parts.length === 0 ? null : parts.join('/');
}
