import { describe, it } from 'vitest';
import { expectAnchor, passageOf } from './helpers';

// The same words twice: the stored prefix and suffix decide which one a passage is, then the
// distance from its old position.

const TEXT = 'The council said the army would withdraw. Later, rebels said the army would withdraw too.';
const QUOTE = 'the army would withdraw';
const FIRST = passageOf(TEXT, QUOTE, 0); // 17–40
const SECOND = passageOf(TEXT, QUOTE, 1); // 61–84

describe('anchor: a quote that occurs twice', () => {
  it('each passage keeps its own occurrence', () => {
    expectAnchor(TEXT, FIRST, 'exact', 17, 40, QUOTE);
    expectAnchor(TEXT, SECOND, 'exact', 61, 84, QUOTE);
  });

  it('after text is inserted at the top, each follows its own context', () => {
    const text = `Update: ${TEXT}`;
    expectAnchor(text, FIRST, 'moved', 25, 48, QUOTE);
    expectAnchor(text, SECOND, 'moved', 69, 92, QUOTE);
  });

  it('context beats position: a shift that puts the other occurrence at the old offsets', () => {
    // Deleting the first sentence puts the second occurrence close to where the first one was.
    const text = `Earlier, rebels said the army would withdraw too. ${TEXT}`;
    expectAnchor(text, FIRST, 'moved', 67, 90, QUOTE);
    expectAnchor(text, SECOND, 'moved', 111, 134, QUOTE);
  });

  it('when the sentences swap places, each passage goes with its sentence', () => {
    const text = 'Later, rebels said the army would withdraw too. The council said the army would withdraw.';
    expectAnchor(text, FIRST, 'moved', 65, 88, QUOTE);
    expectAnchor(text, SECOND, 'moved', 19, 42, QUOTE);
  });

  it('an occurrence edited slightly in place wins over the other, verbatim occurrence with other context', () => {
    const text = TEXT.replace('council said the army would', 'council said the army will');
    expectAnchor(text, FIRST, 'fuzzy', 17, 39, 'the army will withdraw');
    expectAnchor(text, SECOND, 'moved', 60, 83, QUOTE);
  });

  it('when its own occurrence is deleted, a passage moves to the remaining verbatim one', () => {
    const text = 'Later, rebels said the army would withdraw too.';
    expectAnchor(text, FIRST, 'moved', 19, 42, QUOTE);
    expectAnchor(text, SECOND, 'moved', 19, 42, QUOTE);
  });

  it('with identical context, the occurrence nearest the old position wins', () => {
    const paragraph = 'Sources said the army would withdraw soon. ';
    const text = paragraph.repeat(3);
    const middle = passageOf(text, QUOTE, 1); // 56–79
    expectAnchor(text, middle, 'exact', 56, 79, QUOTE);
    // Shorten the text before it by three characters: still the middle copy, moved.
    const shortened = text.replace('Sources said', 'They said');
    expectAnchor(shortened, middle, 'moved', 53, 76, QUOTE);
  });
});
