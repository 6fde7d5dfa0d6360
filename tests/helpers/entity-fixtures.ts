// Small builders for entity tests: cards, clippings and passages through the core's dispatch, each
// failing the test when the core refuses.
import type { EntityCard, Passage, Relation } from '../../shared/domain';
import { openTempCore, storedClipping, valueOf } from './temp-library';

export type TempCore = ReturnType<typeof openTempCore>;

export async function makeCard(core: TempCore, input: Record<string, unknown>): Promise<EntityCard> {
  return valueOf(await core.dispatch('entities.create', input)) as EntityCard;
}

export async function getCard(core: TempCore, id: string): Promise<EntityCard> {
  return valueOf(await core.dispatch('entities.get', { id })) as EntityCard;
}

/** A pasted clipping; returns its id. */
export async function makeClipping(core: TempCore, text: string): Promise<string> {
  return storedClipping(await core.dispatch('clippings.create', { text })).id;
}

/** A passage over the first occurrence of `quote` in the clipping's text. */
export async function markPassage(core: TempCore, clippingId: string, text: string, quote: string, extra: Record<string, unknown> = {}): Promise<Passage> {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return valueOf(await core.dispatch('passages.create', { clippingId, start, end: start + quote.length, ...extra })) as Passage;
}

export async function relate(core: TempCore, sourceId: string, type: string, targetId: string, extra: Record<string, unknown> = {}): Promise<Relation> {
  return valueOf(await core.dispatch('relations.create', { sourceId, targetId, type, ...extra })) as Relation;
}
