// What the library answers for the fixture note, without a library: the present state of its
// citations, clippings and cards, as the export reads them through the handlers.
import type { CitationState, Clipping, EntityCard } from '../../../../shared/domain';
import { NotebookError } from '../../../../shared/errors';
import type { ExportLibrary } from '../../../../electron/core/export';
import type { Note } from '../../../../shared/domain';
import { ALIAS_SPELLINGS, CLIPPING_A, CLIPPING_B, LEADER_NAME, QUOTE_A1, QUOTE_B1, fixtureContent, FIXTURE_TITLE, type FixtureIds } from './fixture-note';

export const FIXED_IDS: FixtureIds = {
  passageA1: 'passage-a1',
  passageB1: 'passage-b1',
  passageGone: 'passage-gone',
  clippingA: 'clipping-a',
  clippingB: 'clipping-b',
  clippingGone: 'clipping-gone',
  leader: 'entity-leader',
  deletedCard: 'entity-deleted',
};

export const SHA_A = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2';
export const SHA_B = 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100';
export const URL_A = 'https://news.example.com/mosul_falls';

export const FIXTURE_NOTE: Note = {
  id: 'note-1',
  title: FIXTURE_TITLE,
  folder: null,
  tags: [],
  revision: 3,
  createdAt: '2024-03-01T09:00:00.000Z',
  updatedAt: '2024-03-02T10:30:00.000Z',
  content: fixtureContent(FIXED_IDS),
};

export function clipping(id: string, fields: { title: string; outlet: string; publishedAt: string }, extra: Partial<Clipping>): Clipping {
  return {
    id,
    ...fields,
    byline: null,
    url: null,
    lang: 'en',
    capturedAt: '2024-01-01T00:00:00.000Z',
    excerpt: '',
    wordCount: 100,
    reliability: null,
    credibility: null,
    tags: [],
    sha256: '0'.repeat(64),
    sourceName: null,
    nearDuplicateOf: null,
    trashedAt: null,
    text: '',
    html: null,
    pageStarts: null,
    importer: 'text',
    importerVersion: '1',
    ...extra,
  };
}

const CLIPPINGS = new Map<string, Clipping>([
  [FIXED_IDS.clippingA, clipping(FIXED_IDS.clippingA, CLIPPING_A, { url: URL_A, sha256: SHA_A, reliability: 'B', credibility: 2 })],
  [FIXED_IDS.clippingB, clipping(FIXED_IDS.clippingB, CLIPPING_B, { sha256: SHA_B })],
]);

const LEADER: EntityCard = {
  id: FIXED_IDS.leader,
  type: 'person',
  name: LEADER_NAME,
  otherLabel: null,
  aliases: ALIAS_SPELLINGS,
  description: 'Leader of the group from 2010.',
  passageCount: 1,
  mentionCount: 0,
  attributes: [],
  grade: null,
  passages: [],
  mentions: [],
  unlinkedMentionCount: 0,
  relations: [],
  sharedNames: [],
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

function citationState(passageId: string, clippingId: string, quote: string): CitationState {
  const clip = CLIPPINGS.get(clippingId)!;
  return { passageId, status: 'ok', quote, clippingId, clippingTitle: clip.title, outlet: clip.outlet, publishedAt: clip.publishedAt, grade: null };
}

const notFound = (what: string) => new NotebookError('not_found', `There is no ${what}.`, 'id');

export const FIXTURE_LIBRARY: ExportLibrary = {
  'notes.get': ({ id }) => {
    if (id !== FIXTURE_NOTE.id) throw notFound(`note with id ${id}`);
    return FIXTURE_NOTE;
  },
  'passages.citations': ({ ids }) =>
    ids.map((passageId) => {
      if (passageId === FIXED_IDS.passageA1) return citationState(passageId, FIXED_IDS.clippingA, QUOTE_A1);
      if (passageId === FIXED_IDS.passageB1) return citationState(passageId, FIXED_IDS.clippingB, QUOTE_B1);
      return { passageId, status: 'deleted', quote: null, clippingId: null, clippingTitle: null, outlet: null, publishedAt: null, grade: null };
    }),
  'clippings.get': ({ id }) => {
    const found = CLIPPINGS.get(id);
    if (!found) throw notFound(`clipping with id ${id}`);
    return found;
  },
  'entities.get': ({ id }) => {
    if (id !== LEADER.id) throw notFound(`card with id ${id}`);
    return LEADER;
  },
  // The fixture note mentions no event.
  'events.get': ({ id }) => {
    throw notFound(`event with id ${id}`);
  },
};
