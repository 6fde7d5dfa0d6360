// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { TextMap } from '../../../../renderer/src/features/reader/textMap';

function shown(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.replaceChildren(container);
  return container;
}

describe('TextMap', () => {
  const text = 'Islamic State seized Mosul.\n\nAbu Bakr al-Baghdadi spoke.';
  const container = () => shown('<div data-not-text="">Page 1</div><p>Islamic <b>State</b> seized\n  Mosul.</p><p>Abu Bakr <i>al-Baghdadi</i> spoke.</p>');

  it('turns a selection across elements into offsets into the text', () => {
    const root = container();
    const map = new TextMap(root, text);
    const bold = root.querySelector('b')!.firstChild!;
    const italic = root.querySelector('i')!.firstChild!;
    const start = map.offsetAt(bold, 0, 'start')!;
    const end = map.offsetAt(italic, 'al-Baghdadi'.length, 'end')!;
    expect(text.slice(start, end)).toBe('State seized Mosul.\n\nAbu Bakr al-Baghdadi');
  });

  it('places boundaries on white space and element edges at the nearest character', () => {
    const root = container();
    const map = new TextMap(root, text);
    const firstParagraph = root.querySelectorAll('p')[0]!;
    expect(map.offsetAt(firstParagraph, 0, 'start')).toBe(0);
    expect(map.offsetAt(firstParagraph, firstParagraph.childNodes.length, 'end')).toBe('Islamic State seized Mosul.'.length);
    // The page marker is not text: a point inside it starts at the first word.
    expect(map.offsetAt(root.firstChild!.firstChild!, 2, 'start')).toBe(0);
  });

  it('gives back a range over exactly the passage', () => {
    const root = container();
    const map = new TextMap(root, text);
    const start = text.indexOf('seized');
    const range = map.rangeOf(start, text.indexOf('al-Baghdadi') + 'al-Baghdadi'.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('seized Mosul.Abu Bakr al-Baghdadi');
    expect(map.rangeOf(text.length, text.length)).toBeNull();
  });

  it('answers null for a point outside the article', () => {
    const root = container();
    const outside = document.createElement('p');
    document.body.append(outside);
    expect(new TextMap(root, text).offsetAt(outside, 0, 'start')).toBeNull();
  });
});
