import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLeftover, removeLeftovers } from '../../../../../electron/core/import/html/leftovers';
import { textOfElement } from '../../../../../electron/core/import/html/dom-text';

function cleaned(body: string): { text: string; removed: string[] } {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body><article>${body}</article></body></html>`);
  const article = document.querySelector('article')!;
  const removed = removeLeftovers(article);
  return { text: textOfElement(article), removed };
}

describe('removeLeftovers', () => {
  it('removes label lines, credits and skip links, keeping every sentence', () => {
    const { text, removed } = cleaned(
      '<div><a href="#main">Skip to content</a></div><p>Advertisement</p><figure><img src="x.jpg"><figcaption>Photo</figcaption></figure>' +
        '<p>The convoy reached the district on Tuesday.</p><div>Continue reading the main story</div>' +
        '<figure><figcaption><span>Credit</span> Harry Campbell</figcaption></figure><p>JIM WATSON/AFP/Getty Images</p>' +
        '<p>Photo: Joseph Cox</p><p>The photo was taken by a resident.</p><p>Credit Suisse said it would pay.</p>',
    );
    expect(text).toBe('The convoy reached the district on Tuesday.\n\nThe photo was taken by a resident.\n\nCredit Suisse said it would pay.');
    expect(removed).toEqual([
      'Skip to content',
      'Advertisement',
      'Photo',
      'Continue reading the main story',
      'Credit Harry Campbell',
      'JIM WATSON/AFP/Getty Images',
      'Photo: Joseph Cox',
    ]);
  });

  it('joins a sentence that a printed link URL on its own line broke in two', () => {
    const { text, removed } = cleaned(
      '<p>The ministry published the list<br><a href="https://gov.example/list">(https://gov.example/list)</a><br>on its website.</p><p>(www.example.org/report)</p>',
    );
    expect(text).toBe('The ministry published the list on its website.');
    expect(removed).toEqual(['(www.example.org/report)', '(https://gov.example/list)']);
  });

  it('never takes a sentence or a headline for a leftover', () => {
    for (const line of [
      'Photo of the day: the river at dawn.',
      'Share prices fell sharply on Monday.',
      'Credit Suisse',
      'Advertisement revenue fell by half',
      'Continue reading to find out why the talks failed.',
      'He said the ad/campaign/strategy was flawed.',
    ]) {
      expect(isLeftover(line)).toBe(false);
    }
  });
});

describe('removeLeftovers on a detached article root (as Readability gives it)', () => {
  it('removes a label line of text directly in the root', () => {
    const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
    const root = document.createElement('div');
    root.innerHTML = 'Advertisement<p>The convoy reached the district on Tuesday.</p>';
    expect(removeLeftovers(root)).toEqual(['Advertisement']);
    expect(textOfElement(root)).toBe('The convoy reached the district on Tuesday.');
  });
});
