import { useRef, useState, type ClipboardEvent } from 'react';

/** Formatted text from the clipboard: kept (with its plain text) only while the text is unedited. */
export interface PastedHtml {
  html: string;
  text: string;
}

/**
 * The text of New clipping and the clipboard HTML pasted with it. A paste that is the whole clipping
 * (into an empty field, or over all of it) keeps the HTML too; `onPasted` runs after every paste.
 */
export function usePastedText(initial: { text: string; html: string | undefined } | undefined, onPasted: () => void) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initial?.text ?? '');
  const [pasted, setPasted] = useState<PastedHtml | null>(initial?.html ? { html: initial.html, text: initial.text } : null);

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const clipboard = event.clipboardData;
    const plain = clipboard.getData('text/plain');
    const formatted = clipboard.getData('text/html');
    // Inserted by hand so a pasted event behaves the same whoever sent it, and the caret lands after it.
    event.preventDefault();
    const element = event.currentTarget;
    const inserted = plain !== '' ? plain : formatted ? textOfHtml(formatted) : '';
    const next = element.value.slice(0, element.selectionStart) + inserted + element.value.slice(element.selectionEnd);
    const caret = element.selectionStart + inserted.length;
    setText(next);
    onPasted();
    // The HTML is kept only when the paste is the whole clipping (into an empty field, or over all of it).
    setPasted(formatted && next.trim() === inserted.trim() ? { html: formatted, text: next } : null);
    requestAnimationFrame(() => textarea.current?.setSelectionRange(caret, caret));
  }

  return { textarea, text, setText, pasted, setPasted, onPaste };
}

/** The visible text of clipboard HTML that came without a plain-text version (never rendered). */
function textOfHtml(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.innerText ?? '';
}
