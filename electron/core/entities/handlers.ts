// The entities.* methods: cards, their search, merges, suggestions, mention linking and the link chart.
import type { CoreContext } from '../context';
import type { Handlers } from '../dispatch';
import { createPassagesService } from '../passages/passages';
import { createRelationReader } from '../relations/rows';
import { createAcceptSuggestions } from './accept-suggestions';
import { createEntityCards } from './cards';
import { createCardEditing } from './editing';
import { createLinkMentions } from './link-mentions';
import { createLinkSpan } from './linked-spans';
import { createEntityMentions } from './mentions';
import { createEntityMerge } from './merge';
import { createEntitySearch } from './search';
import { createEntitySuggestions } from './suggestions';

type EntitiesHandlers = Pick<
  Handlers,
  | 'entities.create'
  | 'entities.update'
  | 'entities.get'
  | 'entities.list'
  | 'entities.find'
  | 'entities.merge'
  | 'entities.undoMerge'
  | 'entities.suggest'
  | 'entities.rejectSuggestion'
  | 'entities.unrejectSuggestion'
  | 'entities.mentionsIn'
  | 'entities.delete'
  | 'entities.acceptSuggestions'
  | 'entities.linkMentions'
  | 'entities.graph'
>;

export function createEntitiesHandlers(ctx: CoreContext): EntitiesHandlers {
  const { entities, relations } = ctx.stores;
  const passages = createPassagesService(ctx);
  const mentions = createEntityMentions(ctx.stores.clippings);
  const cards = createEntityCards(ctx.stores, { passages, mentions, relations: createRelationReader(ctx.stores) });
  const editing = createCardEditing(ctx);
  const merges = createEntityMerge(ctx);
  const suggestions = createEntitySuggestions(ctx.stores);
  const find = createEntitySearch(entities);
  const linkSpan = createLinkSpan(ctx);
  return {
    'entities.create': (input) => cards.card(editing.create(input)),
    'entities.update': (input) => {
      editing.update(input);
      return cards.card(input.id);
    },
    'entities.get': (input) => cards.card(input.id),
    'entities.list': (input) => {
      const { rows, total } = entities.page(input.type, input.limit, input.offset);
      return { items: rows.map(cards.summary), total, offset: input.offset, limit: input.limit };
    },
    'entities.find': (input) => find(input.query, input.limit).map((id) => cards.summary(entities.live(id))),
    'entities.merge': (input) => {
      const mergeId = merges.merge(input.survivorId, input.absorbedId);
      return { entity: cards.card(input.survivorId), mergeId };
    },
    'entities.undoMerge': (input) => cards.card(merges.undo(input.mergeId)),
    'entities.delete': (input) => editing.remove(input.id),
    'entities.suggest': suggestions.suggest,
    'entities.rejectSuggestion': ctx.write(suggestions.rejectSuggestion),
    'entities.unrejectSuggestion': ctx.write(suggestions.unrejectSuggestion),
    'entities.acceptSuggestions': createAcceptSuggestions(ctx, linkSpan),
    'entities.linkMentions': createLinkMentions(ctx, mentions, linkSpan),
    'entities.mentionsIn': suggestions.mentionsIn,
    // No types given: every card. An empty list: none (every type filtered out).
    'entities.graph': (input) => {
      const nodes = entities.graphNodes(input.types);
      return { nodes, edges: relations.among(nodes.map((node) => node.id)) };
    },
  };
}
