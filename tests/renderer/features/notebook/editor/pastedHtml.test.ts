// @vitest-environment jsdom
// Pasted HTML as Lexical gets it: no names or ids (DOM clobbering), form controls as the text they showed.
import { describe, expect, it } from 'vitest';
import { cleanPastedDocument, cleanPastedHtml } from '../../../../../renderer/src/features/notebook/editor/pastedHtml';

describe('cleanPastedHtml', () => {
  it('keeps the text of a form whose input is named parentNode, without the form or the input', () => {
    expect(cleanPastedHtml('<form><input name=parentNode>123</form>')).toBe('123');
  });

  it('removes every name and id attribute, and keeps the rest of the markup', () => {
    const html = cleanPastedHtml(
      '<p id="firstChild" class="x"><b name="nodeType">bold</b> <a href="https://example.org/" id="a">link</a></p><img name="body" alt="">',
    );
    expect(html).toBe('<p class="x"><b>bold</b> <a href="https://example.org/">link</a></p><img alt="">');
  });

  it('shows text boxes and buttons by their value, a select by its chosen option, a text area by its text', () => {
    const html = cleanPastedHtml(
      '<form name="f"><label>Name <input value="Omar"></label><input type="hidden" value="secret"><input type="checkbox" value="on">' +
        '<select><option>first</option><optgroup><option selected>chosen</option></optgroup></select>' +
        '<textarea>area</textarea><button>Send</button><input type="submit" value="Go"></form>',
    );
    expect(html.replace(/\s+/gu, ' ').trim()).toBe('Name Omar chosen area Send Go');
  });

  it('unwraps nested containers (a form inside a fieldset inside a form)', () => {
    const doc = cleanPastedDocument('<form><fieldset><legend>L</legend><form><button><b>deep</b></button></form></fieldset></form>');
    expect(doc.body.querySelectorAll('form, fieldset, legend, button')).toHaveLength(0);
    expect(doc.body.innerHTML.trim()).toBe('L <b>deep</b>');
  });

  it('takes a document whose own methods are clobbered by named elements', () => {
    const doc = cleanPastedDocument('<img name="querySelectorAll"><form name="body"><input name="removeAttribute" value="kept"></form>');
    expect(doc.body.textContent?.trim()).toBe('kept');
    expect(doc.querySelectorAll('[name], [id], form, input')).toHaveLength(0);
  });
});
