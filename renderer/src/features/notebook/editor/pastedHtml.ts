// Pasted HTML is cleaned before Lexical walks it. A form makes its controls' names properties of
// itself (`<form><input name=parentNode>` gives form.parentNode === the input), and a named image or
// form does the same on the document: Lexical's DOM walk then loops on the clobbered property and
// the page freezes. So every name and id goes, and form controls become the text they showed.
// The HTML is parsed into an inert document: nothing in it loads or runs.

/** Prototype methods, called on elements whose own properties may still be clobbered. */
const querySelectorAll = Document.prototype.querySelectorAll;
const removeAttribute = Element.prototype.removeAttribute;

/** Controls whose visible text is their value (text boxes and buttons); other inputs show nothing to keep. */
const INPUT_TYPES_WITH_TEXT = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'number', 'button', 'submit', 'reset']);

/** Containers of controls that go, keeping what is inside them. */
const UNWRAPPED = 'form, fieldset, legend, label, button, textarea, output, optgroup, datalist';
/** Controls shown as boxes of their own: their text is kept apart from what is around it. */
const BOXED = new Set(['BUTTON', 'TEXTAREA', 'OUTPUT']);

/** The pasted HTML parsed into an inert document, without names, ids or form controls. */
export function cleanPastedDocument(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // First, by prototype calls only: once no element has a name or id, nothing is clobbered.
  for (const element of querySelectorAll.call(doc, '[name], [id]')) {
    removeAttribute.call(element, 'name');
    removeAttribute.call(element, 'id');
  }
  for (const input of doc.querySelectorAll('input')) {
    const value = input.getAttribute('value') ?? '';
    const shown = INPUT_TYPES_WITH_TEXT.has((input.getAttribute('type') ?? '').toLowerCase()) && value.trim() !== '';
    input.replaceWith(...(shown ? [` ${value} `] : []));
  }
  for (const select of doc.querySelectorAll('select')) {
    const chosen = select.querySelector('option[selected]') ?? select.querySelector('option');
    select.replaceWith(` ${chosen?.textContent ?? ''} `);
  }
  for (const element of doc.querySelectorAll('option, keygen')) element.remove();
  // In document order, outer first: unwrapping one moves its inner ones up, still in the list.
  for (const container of doc.querySelectorAll(UNWRAPPED)) {
    const space = BOXED.has(container.tagName) ? [' '] : [];
    container.replaceWith(...space, ...container.childNodes, ...space);
  }
  return doc;
}

/** The pasted HTML cleaned, as HTML again. */
export function cleanPastedHtml(html: string): string {
  return cleanPastedDocument(html).body.innerHTML;
}
