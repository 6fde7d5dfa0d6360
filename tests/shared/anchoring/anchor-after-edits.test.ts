import { describe, it } from 'vitest';
import { expectAnchor, expectOrphaned, passageOf } from './helpers';

// One sentence, one passage at 28–51; each test edits the text and states the exact new span.
const TEXT = 'On Monday the minister said the army would withdraw from the northern province by June, officials confirmed.';
const PASSAGE = passageOf(TEXT, 'the army would withdraw'); // 28–51

function edited(find: string, replaceWith: string): string {
  if (!TEXT.includes(find)) throw new Error(`"${find}" is not in the test text`);
  return TEXT.replace(find, replaceWith);
}

describe('anchor: an unchanged text', () => {
  it('keeps the passage where it was', () => {
    expectAnchor(TEXT, PASSAGE, 'exact', 28, 51, 'the army would withdraw');
  });
});

describe('anchor: edits before the passage', () => {
  it('an insertion moves it right by the inserted length', () => {
    expectAnchor(edited('On Monday', 'Late on Monday'), PASSAGE, 'moved', 33, 56, 'the army would withdraw');
  });

  it('an insertion touching its start moves it and leaves the quote whole', () => {
    expectAnchor(edited('said the army', 'said that the army'), PASSAGE, 'moved', 33, 56, 'the army would withdraw');
  });

  it('a deletion moves it left', () => {
    expectAnchor(edited('On Monday the minister', 'The minister'), PASSAGE, 'moved', 18, 41, 'the army would withdraw');
  });

  it('a replacement of a different length moves it by the difference', () => {
    expectAnchor(edited('the minister said', 'a spokesman for the ministry told reporters'), PASSAGE, 'moved', 54, 77, 'the army would withdraw');
  });

  it('a replacement of the same length keeps it exact', () => {
    expectAnchor(edited('Monday', 'Friday'), PASSAGE, 'exact', 28, 51, 'the army would withdraw');
  });

  it('a new paragraph at the top moves it by the paragraph and its line break', () => {
    expectAnchor(`Editor's note: corrected.\n\n${TEXT}`, PASSAGE, 'moved', 55, 78, 'the army would withdraw');
  });
});

describe('anchor: edits after the passage', () => {
  it('an insertion leaves it exact', () => {
    expectAnchor(edited('province', 'province of Idlib'), PASSAGE, 'exact', 28, 51, 'the army would withdraw');
  });

  it('an insertion touching its end leaves it exact', () => {
    expectAnchor(edited('withdraw from', 'withdraw entirely from'), PASSAGE, 'exact', 28, 51, 'the army would withdraw');
  });

  it('a deletion leaves it exact', () => {
    expectAnchor(edited(', officials confirmed', ''), PASSAGE, 'exact', 28, 51, 'the army would withdraw');
  });

  it('replacing all that follows leaves it exact', () => {
    expectAnchor(`${TEXT.slice(0, 51)}. Nothing else was said.`, PASSAGE, 'exact', 28, 51, 'the army would withdraw');
  });
});

describe('anchor: edits inside the passage', () => {
  it('a replaced word gives a fuzzy span over the new wording', () => {
    expectAnchor(edited('army would', 'army will'), PASSAGE, 'fuzzy', 28, 50, 'the army will withdraw');
  });

  it('an inserted word widens the span', () => {
    expectAnchor(edited('would withdraw', 'would soon withdraw'), PASSAGE, 'fuzzy', 28, 56, 'the army would soon withdraw');
  });

  it('a deleted character narrows the span', () => {
    expectAnchor(edited('army would', 'army woud'), PASSAGE, 'fuzzy', 28, 50, 'the army woud withdraw');
  });

  it('a corrected typo is found', () => {
    const typo = passageOf(edited('withdraw', 'withdarw'), 'the army would withdarw');
    expectAnchor(TEXT, typo, 'fuzzy', 28, 51, 'the army would withdraw');
  });

  it('a changed first character stays inside the span', () => {
    expectAnchor(edited('said the army', 'said The army'), PASSAGE, 'fuzzy', 28, 51, 'The army would withdraw');
  });

  it('a deleted first character starts the span at what remains', () => {
    expectAnchor(edited('said the army', 'said he army'), PASSAGE, 'fuzzy', 28, 50, 'he army would withdraw');
  });

  it('a changed last character stays inside the span', () => {
    expectAnchor(edited('withdraw from', 'withdrew from'), PASSAGE, 'fuzzy', 28, 51, 'the army would withdrew');
  });

  it('a deleted last character ends the span at what remains', () => {
    expectAnchor(edited('withdraw from', 'withdra from'), PASSAGE, 'fuzzy', 28, 50, 'the army would withdra');
  });

  it('edits before and inside together', () => {
    const text = TEXT.replace('On Monday', 'Late on Monday').replace('army would', 'army will');
    expectAnchor(text, PASSAGE, 'fuzzy', 33, 55, 'the army will withdraw');
  });

  it('an insertion touching its start and an edit inside: the span does not swallow the insertion', () => {
    const text = TEXT.replace('said the army would', 'said that the army will');
    expectAnchor(text, PASSAGE, 'fuzzy', 33, 55, 'the army will withdraw');
  });

  it('an insertion touching its end and an edit inside', () => {
    const text = TEXT.replace('army would withdraw from', 'army will withdraw entirely from');
    expectAnchor(text, PASSAGE, 'fuzzy', 28, 50, 'the army will withdraw');
  });

  it('more than a quarter of the quote changed orphans it', () => {
    // " would" deleted: 6 edits in 23 characters.
    expectOrphaned(edited('army would', 'army'), PASSAGE);
    expectOrphaned(edited('the army would withdraw', 'the troops might retreat'), PASSAGE);
  });

  it('the passage deleted with its sentence orphans it', () => {
    expectOrphaned('On Monday the minister said nothing of note, officials confirmed.', PASSAGE);
  });
});
