import { describe, expect, it } from 'vitest';
import type { EntityRef, Passage } from '../../../../shared/domain';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import type { TimelineSuggestion } from '../../../../shared/timeline/types';
import {
  bestSuggestionFor,
  draftFromSelection,
  draftFromSuggestion,
  eventInput,
  EVENT_TITLE_MAX_CHARS,
  shortenTitle,
} from '../../../../renderer/src/features/reader/eventDraft';

const TEXT = 'Al-Qaeda cut ties with the group in 2013. The group took Mosul in June 2014, the army having fled. ' + 'Talks resumed later.';

const zawahiri = { id: 'e-zaw', type: 'person' as const, name: 'Ayman al-Zawahiri' };
const qaeda = { id: 'e-aq', type: 'organization' as const, name: 'Al-Qaeda' };
const mosul = { id: 'e-mosul', type: 'place' as const, name: 'Mosul' };

function dateAt(text: string, edtf: string, label: string, participants: EntityRef[] = [qaeda]): TimelineSuggestion {
  const start = TEXT.indexOf(text);
  const sentenceStart = TEXT.lastIndexOf('. ', start) + (TEXT.lastIndexOf('. ', start) < 0 ? 1 : 2);
  const sentenceEnd = TEXT.indexOf('.', start) + 1;
  return {
    start,
    end: start + text.length,
    text,
    edtf,
    earliest: null,
    latest: null,
    label,
    sentence: { start: sentenceStart, end: sentenceEnd },
    participants,
  };
}

const in2013 = dateAt('2013', '2013', '2013');
const june2014 = dateAt('June 2014', '2014-06', 'June 2014', [mosul]);

function passage(start: number, end: number, entities = [zawahiri]): Passage {
  return {
    id: `p-${start}`,
    clippingId: 'c1',
    clippingTitle: 'T',
    exact: TEXT.slice(start, end),
    prefix: '',
    suffix: '',
    start,
    end,
    anchorStatus: 'exact',
    color: 'yellow',
    label: null,
    comment: null,
    entities,
    createdAt: '',
    updatedAt: '',
  };
}

describe('shortenTitle', () => {
  it('keeps a short sentence whole, without its final stop or line breaks', () => {
    expect(shortenTitle('  The group took\nMosul.  ')).toBe('The group took Mosul');
  });

  it('cuts a long sentence at a word, within the limit, with an ellipsis', () => {
    const long = 'The commander of the northern front announced that the forces would withdraw from every position held along the river';
    const title = shortenTitle(long);
    expect(title.length).toBeLessThanOrEqual(EVENT_TITLE_MAX_CHARS);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(' ');
  });

  it('cuts a long word-less text at the limit', () => {
    expect(shortenTitle('x'.repeat(200))).toBe(`${'x'.repeat(EVENT_TITLE_MAX_CHARS - 1)}…`);
  });
});

describe('bestSuggestionFor', () => {
  it('takes a date inside the selection over a nearer one outside it', () => {
    const span = { start: TEXT.indexOf('took'), end: TEXT.indexOf('June 2014') + 4 };
    expect(bestSuggestionFor([in2013, june2014], span)).toBe(june2014);
  });

  it('takes the date in the selection’s sentence when none is inside it', () => {
    const span = { start: TEXT.indexOf('the army'), end: TEXT.indexOf('fled') + 4 };
    expect(bestSuggestionFor([in2013, june2014], span)).toBe(june2014);
  });

  it('takes the nearest date when the sentence has none, and null when the text has none', () => {
    const span = { start: TEXT.indexOf('Talks'), end: TEXT.indexOf('resumed') + 7 };
    expect(bestSuggestionFor([in2013, june2014], span)).toBe(june2014);
    expect(bestSuggestionFor([], span)).toBeNull();
  });
});

describe('draftFromSelection', () => {
  it('pre-fills the sentence as title, the best date, the cards in the span and the span as new evidence', () => {
    const start = TEXT.indexOf('The group took');
    const span = { start, end: TEXT.indexOf('2014') + 4 };
    const mention: EntitySuggestion = {
      text: 'Mosul',
      start: TEXT.indexOf('Mosul'),
      end: TEXT.indexOf('Mosul') + 5,
      type: 'place',
      name: 'Mosul',
      entityId: mosul.id,
    };
    const unknown: EntitySuggestion = { ...mention, name: 'Army', entityId: null };
    const draft = draftFromSelection({ id: 'c1', text: TEXT }, span, {
      passages: [passage(0, 8)],
      entitySuggestions: [mention, unknown],
      dates: [in2013, june2014],
    });
    expect(draft.title).toBe('The group took Mosul in June 2014, the army having fled');
    expect(draft.date).toBe('2014-06');
    expect(draft.participants).toEqual([mosul]);
    expect(draft.evidence).toEqual({ clippingId: 'c1', start: span.start, end: span.end, quote: TEXT.slice(span.start, span.end) });
  });

  it('uses the passage that is exactly the selection as evidence, and its cards as participants', () => {
    const existing = passage(0, TEXT.indexOf('.') + 1);
    const draft = draftFromSelection(
      { id: 'c1', text: TEXT },
      { start: 0, end: existing.end! },
      { passages: [existing], entitySuggestions: [], dates: [in2013] },
    );
    expect(draft.evidence).toEqual({ passageId: existing.id, quote: existing.exact });
    expect(draft.participants).toEqual([zawahiri, qaeda]);
    expect(draft.date).toBe('2013');
  });

  it('leaves the date empty (undated) when the text gives none', () => {
    expect(draftFromSelection({ id: 'c1', text: TEXT }, { start: 0, end: 8 }, { passages: [], entitySuggestions: [], dates: [] }).date).toBe('');
  });
});

describe('draftFromSuggestion and eventInput', () => {
  it('makes the suggestion’s sentence the evidence, made a passage in the same call', () => {
    const draft = draftFromSuggestion({ id: 'c1', text: TEXT }, in2013, []);
    expect(draft.title).toBe('Al-Qaeda cut ties with the group in 2013');
    expect(eventInput(draft)).toEqual({
      title: 'Al-Qaeda cut ties with the group in 2013',
      description: null,
      type: null,
      participants: [qaeda.id],
      placeId: null,
      tags: [],
      date: '2013',
      newEvidence: [{ clippingId: 'c1', start: 0, end: TEXT.indexOf('.') + 1 }],
    });
  });

  it('sends an existing passage by id, and an empty date as undated', () => {
    const existing = passage(0, TEXT.indexOf('.') + 1);
    const input = eventInput({ ...draftFromSuggestion({ id: 'c1', text: TEXT }, in2013, [existing]), date: ' ', place: mosul });
    expect(input.evidence).toEqual([existing.id]);
    expect(input.newEvidence).toBeUndefined();
    expect(input.date).toBeNull();
    expect(input.placeId).toBe(mosul.id);
  });
});
