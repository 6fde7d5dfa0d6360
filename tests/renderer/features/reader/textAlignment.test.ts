import { describe, expect, it } from 'vitest';
import { alignNodeTexts } from '../../../../renderer/src/features/reader/textAlignment';

/** The text each node's characters were aligned to, with unmatched ones as "?". */
function seen(text: string, nodes: string[]): string[] {
  return alignNodeTexts(text, nodes).map((offsets, n) =>
    Array.from(offsets, (offset, i) => (/\s/.test(nodes[n]![i]!) ? nodes[n]![i]! : offset === -1 ? '?' : text[offset]!)).join(''),
  );
}

describe('alignNodeTexts', () => {
  it('maps paragraphs shown one per node onto the text, blank lines and all', () => {
    const text = 'First paragraph.\n\nSecond one here.';
    const offsets = alignNodeTexts(text, ['First paragraph.', 'Second one here.']);
    expect(Array.from(offsets[0]!)).toEqual([...Array(16).keys()]);
    expect(offsets[1]![0]).toBe(18);
    expect(offsets[1]![15]).toBe(33);
  });

  it('lines up HTML text nodes whose white space was collapsed in the text', () => {
    const text = 'The convoy reached Aleppo on Tuesday.\n\nIt carried food.';
    const nodes = ['\n  The convoy ', 'reached', '  Aleppo\n on Tuesday.', '\n', 'It carried ', 'food', '.'];
    const offsets = alignNodeTexts(text, nodes);
    expect(offsets[1]![0]).toBe(text.indexOf('reached'));
    expect(offsets[2]![2]).toBe(text.indexOf('Aleppo'));
    expect(offsets[5]![0]).toBe(text.indexOf('food'));
    expect(offsets[6]![0]).toBe(text.length - 1);
    expect(seen(text, nodes).join('')).toBe(nodes.join(''));
  });

  it('skips characters the text does not have and finds its place again', () => {
    const text = 'Alpha beta gamma delta epsilon.';
    const nodes = ['Alpha beta ', 'PAGE 2', ' gamma delta epsilon.'];
    expect(seen(text, nodes)).toEqual(['Alpha beta ', '???? ?', ' gamma delta epsilon.']);
    expect(alignNodeTexts(text, nodes)[2]![1]).toBe(text.indexOf('gamma'));
  });

  it('passes over text the page does not show', () => {
    const text = 'Kept words. Dropped caption text. More kept words follow here.';
    const nodes = ['Kept words. ', 'More kept words follow here.'];
    const offsets = alignNodeTexts(text, nodes);
    expect(offsets[1]![0]).toBe(text.indexOf('More'));
    expect(seen(text, nodes)).toEqual(nodes);
  });

  it('handles text outside the Basic Multilingual Plane and Arabic script code unit by code unit', () => {
    const text = 'قال أبو بكر 𝐀 البغدادي';
    const offsets = alignNodeTexts(text, [text.slice(0, 8), text.slice(8)]);
    expect(Array.from(offsets[1]!)).toEqual(Array.from({ length: text.length - 8 }, (_, i) => i + 8));
  });

  it('gives every character -1 when nothing matches, without running away', () => {
    expect(Array.from(alignNodeTexts('abc', ['xyz'])[0]!)).toEqual([-1, -1, -1]);
    expect(alignNodeTexts('', ['a b'])[0]!.length).toBe(3);
  });
});
