import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textOfElement } from '../../../../../electron/core/import/html/dom-text';

const { document } = new JSDOM('<!DOCTYPE html><body></body>').window;

function textOf(html: string): string {
  const root = document.createElement('div');
  root.innerHTML = html;
  return textOfElement(root);
}

describe('textOfElement', () => {
  it('separates block elements by one blank line', () => {
    expect(textOf('<h1>Title</h1><p>One.</p><div><p>Two.</p></div><ul><li>a</li><li>b</li></ul>')).toBe('Title\n\nOne.\n\nTwo.\n\na\n\nb');
  });

  it('turns <br> into a line break and collapses other white space', () => {
    expect(textOf('<p>  line\n   one<br>line&nbsp;&nbsp;two  </p>')).toBe('line one\nline two');
  });

  it('keeps inline elements in the flow of their paragraph', () => {
    expect(textOf('<p>An <b>important</b> <span class="inert-link">link</span>.</p>')).toBe('An important link.');
  });

  it('separates table cells by a space and rows by paragraphs', () => {
    expect(textOf('<table><tr><th>City</th><th>Date</th></tr><tr><td>Albu Kamal</td><td>2014</td></tr></table>')).toBe('City Date\n\nAlbu Kamal 2014');
  });

  it('keeps the white space of <pre>', () => {
    expect(textOf('<p>Code:</p><pre>a  =  1\n  b = 2\n</pre>')).toBe('Code:\n\na  =  1\n  b = 2');
  });

  it('reads text nodes only, so escaped markup stays text and tags never appear', () => {
    expect(textOf('<p>&lt;script&gt;alert(1)&lt;/script&gt; is shown, <img alt="not this"> is not</p>')).toBe('<script>alert(1)</script> is shown, is not');
  });

  it('never leaves more than one blank line', () => {
    expect(textOf('<p>a<br><br><br><br>b</p><p></p><div> </div><p>c</p>')).toBe('a\n\nb\n\nc');
  });
});
