import type React from 'react';
/** The drag type of a passage from the evidence panel: its id, so a drop on the note cites it. */
export const PASSAGE_DRAG_TYPE = 'application/x-notebook-passage';

export function startPassageDrag(event: React.DragEvent, passage: { id: string; exact: string }): void {
  event.dataTransfer.setData(PASSAGE_DRAG_TYPE, passage.id);
  // Dropped anywhere else (another app), the quote is what arrives.
  event.dataTransfer.setData('text/plain', passage.exact);
  event.dataTransfer.effectAllowed = 'copy';
}

export function isPassageDrag(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes(PASSAGE_DRAG_TYPE) ?? false;
}
