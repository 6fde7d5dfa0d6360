// Whether a key press belongs to what has the focus (a field, the note, a list's own search box) or
// may act as one of the app's one-key shortcuts.

/** Inputs that take no typed text: a key pressed on them is not typing. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Anything that takes typing, by tag or by role; a chip inside a note counts as part of the note. */
const EDITABLE =
  'textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"], [role="searchbox"], [role="spinbutton"]';

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.closest(EDITABLE) !== null || target.closest('input') !== null;
}

/** A modal dialog (New clipping, the switcher, a confirmation) keeps every key to itself. */
export function isDialogOpen(doc: Document = document): boolean {
  return doc.querySelector('dialog[open], [role="dialog"][aria-modal="true"], [role="alertdialog"]') !== null;
}

/** A plain key (no Ctrl, Cmd or Alt) pressed where nothing editable has the focus and no dialog is open. */
export function isOneKeyShortcut(event: KeyboardEvent, doc: Document = document): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return false;
  return !isEditableTarget(event.target) && !isEditableTarget(doc.activeElement) && !isDialogOpen(doc);
}
