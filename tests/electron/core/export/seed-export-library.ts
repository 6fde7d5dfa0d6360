// Puts the fixture note into a real library through the contract (in-process core, or a served
// app's rpc): three clippings and their passages, two cards, then the note. Afterwards a card is
// renamed, another deleted, and one cited passage deleted with its clipping moved to the Trash,
// so the export must read the library's present state.
import type { InputOf, MethodName, ResultOf } from '../../../../shared/contract';
import {
  ALIAS_SPELLINGS,
  CLIPPING_A,
  CLIPPING_B,
  CLIPPING_GONE,
  DELETED_CARD_NAME,
  FIXTURE_TITLE,
  LEADER_NAME,
  QUOTE_A1,
  QUOTE_B1,
  QUOTE_GONE,
  fixtureContent,
  type FixtureIds,
} from './fixture-note';

export type Call = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;

export const SEEDED_URL_A = 'https://news.example.com/mosul_falls';

async function clippingWithPassage(
  call: Call,
  source: { title: string; outlet: string; publishedAt: string },
  quote: string,
  patch: InputOf<'clippings.update'>['patch'] = {},
) {
  const text = `Report.\n\n${quote}\n\nMore words follow here.`;
  const created = await call('clippings.create', { title: source.title, text });
  const clipping = created.clipping!;
  const updated = await call('clippings.update', { id: clipping.id, patch: { outlet: source.outlet, publishedAt: source.publishedAt, ...patch } });
  const start = updated.text.indexOf(quote);
  const passage = await call('passages.create', { clippingId: clipping.id, start, end: start + quote.length });
  return { clipping: updated, passage };
}

export async function seedExportLibrary(call: Call): Promise<{ noteId: string; ids: FixtureIds; sha256A: string; sha256B: string }> {
  const a = await clippingWithPassage(call, CLIPPING_A, QUOTE_A1, { url: SEEDED_URL_A, reliability: 'B', credibility: 2 });
  const b = await clippingWithPassage(call, CLIPPING_B, QUOTE_B1);
  const gone = await clippingWithPassage(call, CLIPPING_GONE, QUOTE_GONE);
  const leader = await call('entities.create', { type: 'person', name: 'al-Baghdadi' });
  const doomed = await call('entities.create', { type: 'person', name: DELETED_CARD_NAME });
  const ids: FixtureIds = {
    passageA1: a.passage.id,
    passageB1: b.passage.id,
    passageGone: gone.passage.id,
    clippingA: a.clipping.id,
    clippingB: b.clipping.id,
    clippingGone: gone.clipping.id,
    leader: leader.id,
    deletedCard: doomed.id,
  };
  const note = await call('notes.create', { title: FIXTURE_TITLE, content: fixtureContent(ids) as unknown as InputOf<'notes.create'>['content'] });
  await call('entities.update', { id: leader.id, patch: { name: LEADER_NAME, aliases: ALIAS_SPELLINGS, description: 'Leader of the group from 2010.' } });
  await call('entities.delete', { id: doomed.id });
  await call('passages.delete', { id: gone.passage.id });
  await call('clippings.trash', { ids: [gone.clipping.id] });
  return { noteId: note.id, ids, sha256A: a.clipping.sha256, sha256B: b.clipping.sha256 };
}
