import { describe, it } from 'vitest';
import { expectAnchor, passageOf } from './helpers';

// Re-imports and normalisation change whitespace and characters throughout a text; a passage must
// land on the same words, with its offsets shifted by exactly what changed before it.

const WINDOWS_TEXT = 'Statement from the council.\r\n' + 'The army will withdraw from the town\r\nby the end of June.  Talks continue.\r\n' + 'More later.\r\n';

describe('anchor after whitespace normalisation', () => {
  const spanningLines = passageOf(WINDOWS_TEXT, 'The army will withdraw from the town\r\nby the end of June.'); // 29–86
  const afterLines = passageOf(WINDOWS_TEXT, 'Talks continue.'); // 88–103

  it('CRLF to LF: a passage across a line break is fuzzy, one after it moves by the CRs removed', () => {
    const text = WINDOWS_TEXT.replace(/\r\n/g, '\n');
    expectAnchor(text, spanningLines, 'fuzzy', 28, 84, 'The army will withdraw from the town\nby the end of June.');
    expectAnchor(text, afterLines, 'moved', 86, 101, 'Talks continue.');
  });

  it('line endings to LF and no trailing blank space', () => {
    const text = WINDOWS_TEXT.replace(/\r\n?/g, '\n').replace(/\s+$/u, '');
    expectAnchor(text, spanningLines, 'fuzzy', 28, 84, 'The army will withdraw from the town\nby the end of June.');
    expectAnchor(text, afterLines, 'moved', 86, 101, 'Talks continue.');
  });

  it('collapsed spaces move a passage after the double space', () => {
    const text = WINDOWS_TEXT.replace(/ {2,}/g, ' ');
    expectAnchor(text, spanningLines, 'exact', 29, 86, 'The army will withdraw from the town\r\nby the end of June.');
    expectAnchor(text, afterLines, 'moved', 87, 102, 'Talks continue.');
  });

  it('all whitespace runs collapsed to one space (text reflowed into one line)', () => {
    const text = WINDOWS_TEXT.replace(/\s+/g, ' ').trim();
    expectAnchor(text, spanningLines, 'fuzzy', 28, 84, 'The army will withdraw from the town by the end of June.');
    expectAnchor(text, afterLines, 'moved', 85, 100, 'Talks continue.');
  });

  it('doubled spaces inside a passage are fuzzy with the same words covered', () => {
    const text = 'Reports say the convoy  reached  the border at dawn. Nothing more.';
    const passage = passageOf(text, 'the convoy  reached  the border'); // 12–43
    expectAnchor(text.replace(/ {2,}/g, ' '), passage, 'fuzzy', 12, 41, 'the convoy reached the border');
  });

  it('tabs and no-break spaces turned into plain spaces', () => {
    const text = 'Names:\tAbu\u00a0Bakr al-Baghdadi\tand others were listed.';
    const passage = passageOf(text, 'Abu\u00a0Bakr al-Baghdadi'); // 7–27
    expectAnchor(text.replace(/[\t\u00a0]/g, ' '), passage, 'fuzzy', 7, 27, 'Abu Bakr al-Baghdadi');
  });
});

describe('anchor after character normalisation', () => {
  it('curly quotes and dashes made straight', () => {
    const text = 'He said: “We will not leave the city” – and left.';
    const passage = passageOf(text, '“We will not leave the city”'); // 9–37
    const straight = text.replace(/[“”]/g, '"').replace('–', '-');
    expectAnchor(straight, passage, 'fuzzy', 9, 37, '"We will not leave the city"');
  });

  it('composed accents decomposed (NFC to NFD) keep each mark with its letter', () => {
    const text = 'The talks in Genève resumed at the café.';
    const passage = passageOf(text, 'resumed at the café'); // 20–39
    const decomposed = text.normalize('NFD');
    // "è" before the passage and "é" inside it each gain a code unit.
    expectAnchor(decomposed, passage, 'fuzzy', 21, 41, 'resumed at the cafe\u0301');
  });
});
