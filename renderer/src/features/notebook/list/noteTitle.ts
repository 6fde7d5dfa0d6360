/** How a note is named in lists and dialogs when its title is empty. */
export function displayTitle(title: string): string {
  return title.trim() || 'Untitled';
}
