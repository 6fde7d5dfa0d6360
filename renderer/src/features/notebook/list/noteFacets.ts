// The folders and tags to filter the Notes list by, from the notes themselves.
import type { NoteSummary } from '../../../../../shared/domain';

export interface NoteFacets {
  folders: string[];
  tags: string[];
}

const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

/** Each folder path and tag once, sorted by name. */
export function noteFacets(notes: readonly NoteSummary[]): NoteFacets {
  const folders = new Set<string>();
  const tags = new Set<string>();
  for (const note of notes) {
    if (note.folder) folders.add(note.folder);
    for (const tag of note.tags) tags.add(tag);
  }
  return { folders: [...folders].sort(byName), tags: [...tags].sort(byName) };
}

/** How a note is named in lists and dialogs when its title is empty. */
export function displayTitle(title: string): string {
  return title.trim() || 'Untitled';
}

