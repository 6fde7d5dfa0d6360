import { describe, expect, it } from 'vitest';
import { countWords, excerptOf, titleFromText } from '../../shared/text';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('titleFromText', () => {
  it('is the first non-empty line, trimmed', () => {
    expect(titleFromText('\n   \n  Minister resigns  \nBody text')).toBe('Minister resigns');
  });

  it('is empty for blank text', () => {
    expect(titleFromText(' \n\t\n')).toBe('');
  });

  it('shortens a long line at a word boundary with an ellipsis', () => {
    const title = titleFromText(`${'word '.repeat(100)}end`);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('shortens a long line without spaces by cutting it', () => {
    const title = titleFromText('x'.repeat(500));
    expect(title).toBe(`${'x'.repeat(199)}…`);
  });

  it('never cuts an emoji in half', () => {
    const title = titleFromText('😀'.repeat(300));
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('…')).toBe(true);
    expect(title).not.toMatch(LONE_SURROGATE);
  });
});

describe('excerptOf', () => {
  it('collapses whitespace to single spaces', () => {
    expect(excerptOf('  First line.\n\nSecond\tline.  ')).toBe('First line. Second line.');
  });

  it('keeps short text whole', () => {
    expect(excerptOf('short')).toBe('short');
  });

  it('stays within maxChars and marks the cut', () => {
    const excerpt = excerptOf('evidence matters '.repeat(100), 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerptOf('evidence matters '.repeat(100)).length).toBeLessThanOrEqual(240);
  });

  it('never leaves a lone surrogate', () => {
    expect(excerptOf('👍'.repeat(200), 50)).not.toMatch(LONE_SURROGATE);
    expect(excerptOf('👍'.repeat(200), 51)).not.toMatch(LONE_SURROGATE);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n ', 0],
    ['— … !!', 0],
    ['one', 1],
    ['The minister resigned on Tuesday.', 5],
    ["don't stop-me now", 3],
    ['l’été est là', 3],
    ['In 2014, 3 ships sank.', 5],
    ['Владимир Путин', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
