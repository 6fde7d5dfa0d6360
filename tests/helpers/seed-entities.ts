// Fills a library file with entity cards and relations through the real core (its dispatch, so every
// rule applies), before a server opens it: thousands of calls in-process take a second or two,
// where the same calls through a page would take minutes.
import { openCore } from '../../electron/core/core';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../shared/domain';
import { seededRandom } from './seeded-random';

export interface SeededCard {
  id: string;
  name: string;
  type: EntityType;
}

export interface SeededRelation {
  sourceId: string;
  targetId: string;
  type: RelationType;
}

const SYLLABLES = ['al', 'ba', 'dar', 'fa', 'ha', 'ja', 'ka', 'lim', 'ma', 'nur', 'qa', 'ra', 'sa', 'tar', 'wa', 'za', 'mir', 'sul', 'ur', 'ed'];

/**
 * `cards` cards in clusters of about 20 (most relations inside a cluster, as in a real case) and
 * `relations` distinct relations. Member-of and located-in only point from a later card to an earlier
 * one, so the core's cycle rule never refuses them.
 */
export async function seedEntityGraph(libraryPath: string, options: { cards: number; relations: number; seed?: number }) {
  const core = openCore(libraryPath, { logError: () => {} });
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>> => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed while seeding: ${result.error.message}`);
    return result.value as ResultOf<M>;
  };
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  try {
    const cards: SeededCard[] = [];
    for (let i = 0; i < options.cards; i++) {
      const type = typeFor(random());
      const name = `${capitalise(pick(SYLLABLES) + pick(SYLLABLES))} ${capitalise(pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES))} ${i + 1}`;
      const card = await call('entities.create', { type, name, ...(type === 'other' ? { otherLabel: 'vessel' } : {}) });
      cards.push({ id: card.id, name, type });
    }
    const relations: SeededRelation[] = [];
    const pairs = new Set<string>();
    while (relations.length < options.relations) {
      const a = Math.floor(random() * cards.length);
      const cluster = Math.floor(a / 20) * 20;
      const b = random() < 0.85 ? Math.min(cards.length - 1, cluster + Math.floor(random() * 20)) : Math.floor(random() * cards.length);
      if (a === b) continue;
      const [later, earlier] = a > b ? [a, b] : [b, a];
      const key = `${later}-${earlier}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      const type = pick(RELATION_TYPES);
      const source = cards[later]!;
      const target = cards[earlier]!;
      await call('relations.create', { sourceId: source.id, targetId: target.id, type, ...(type === 'other' ? { label: 'financed by' } : {}) });
      relations.push({ sourceId: source.id, targetId: target.id, type });
    }
    return { cards, relations };
  } finally {
    core.close();
  }
}

/** About half people, a quarter organisations, and the rest places and others. */
function typeFor(roll: number): EntityType {
  if (roll < 0.5) return 'person';
  if (roll < 0.75) return 'organization';
  if (roll < 0.9) return 'place';
  return ENTITY_TYPES[3];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
