// Entity suggestions for one text, one row per occurrence, from three sources in order of trust:
// the library's own cards and aliases, alias definitions written in the text, and offline
// named-entity recognition. Where rows overlap, the longer known or defined name wins, and
// recognition only fills the gaps.
import type { EntitySuggestion, EntityType, KnownCard } from './types';
import { tokenize } from './tokenize';
import { foldName, foldedWords } from './fold-name';
import { KnownCardIndex } from './known-card-index';
import { findAliasDefinitions, isAcronymPair, type AliasDefinition } from './alias-definitions';
import { recogniseEntities, type RecognisedEntity } from './recognise-entities';

interface Candidate extends EntitySuggestion {
  /** Lower goes first when two rows overlap with equal length. */
  rank: number;
}

interface Naming {
  name: string;
  type: EntityType;
  entityId: string | null;
}

/**
 * Suggestions sorted by start. `knownCards` may be a prebuilt `KnownCardIndex`, which is worth
 * keeping when many texts are read against the same library.
 */
export function suggestEntities(text: string, knownCards: readonly KnownCard[] | KnownCardIndex = []): EntitySuggestion[] {
  const index = knownCards instanceof KnownCardIndex ? knownCards : new KnownCardIndex(knownCards);
  const tokens = tokenize(text);
  const recognised = recogniseEntities(text, undefined, tokens);
  const known: Candidate[] = index.findIn(text, foldedWords(text)).map((match) => ({
    text: text.slice(match.start, match.end),
    start: match.start,
    end: match.end,
    type: match.card.type,
    name: match.card.name,
    entityId: match.card.id,
    rank: 0,
  }));
  const definitions = findAliasDefinitions(text, tokens);
  const defined = definitions.map((definition) => aliasRow(definition, known, recognised)).filter((row): row is Candidate => row !== null);
  const namings = namingsFromDefinitions(definitions, defined);
  // The name a definition defines is a name too: "Islamic State of Iraq and al-Sham (ISIS)".
  for (const definition of definitions) {
    const { named } = definition;
    const naming = namings.get(foldName(named.text));
    if (naming && !known.some((row) => overlaps(row, named))) defined.push({ ...named, ...naming, rank: 1 });
  }

  const occupied = new Uint8Array(text.length);
  const chosen = pickNonOverlapping([...known, ...defined], occupied);
  const fillers = recognised.map((entity): Candidate => {
    const naming = namings.get(foldName(entity.text));
    if (naming) return { ...spanOf(entity), ...naming, rank: 2 };
    // "Zawahri" that recognition expands to "Ayman al-Zawahri", a known card's name.
    const card = index.cardNamed(entity.name);
    if (card) return { ...spanOf(entity), type: card.type, name: card.name, entityId: card.id, rank: 2 };
    return { ...spanOf(entity), type: entity.type, name: entity.name, entityId: null, rank: 2 };
  });
  const rows = [...chosen, ...fillers.filter((row) => isFree(occupied, row))];
  return rows
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ text: surface, start, end, type, name, entityId }) => ({ text: surface, start, end, type, name, entityId }));
}

/** The alias's row: named as the card or the recognised name it defines, typed from either side. */
function aliasRow(definition: AliasDefinition, known: readonly Candidate[], recognised: readonly RecognisedEntity[]): Candidate | null {
  const { alias, named } = definition;
  if (known.some((row) => row.start <= alias.start && row.end >= alias.end)) return null; // already a known alias
  const card = known.find((row) => row.start <= named.start && row.end >= named.end);
  const namedEntity = strongestWithin(recognised, named.start, named.end);
  const aliasEntity = strongestWithin(recognised, alias.start, alias.end);
  const acronym = isAcronymPair(named.text, alias.text, true);
  const sure = (entity: RecognisedEntity | null) => (entity && entity.confidence >= 2 && entity.type !== 'other' ? entity.type : null);
  const type = card?.type ?? sure(namedEntity) ?? sure(aliasEntity) ?? (acronym ? 'organization' : null) ?? namedEntity?.type ?? aliasEntity?.type ?? 'other';
  return {
    text: alias.text,
    start: alias.start,
    end: alias.end,
    type,
    name: card?.name ?? (namedEntity && namedEntity.text === named.text ? namedEntity.name : named.text),
    entityId: card?.entityId ?? null,
    rank: 1,
  };
}

/** Once a text defines an alias, its later uses (and the defined name's) carry the same naming. */
function namingsFromDefinitions(definitions: readonly AliasDefinition[], rows: readonly Candidate[]): Map<string, Naming> {
  const namings = new Map<string, Naming>();
  for (const row of rows) {
    const definition = definitions.find((candidate) => candidate.alias.start === row.start);
    if (!definition) continue;
    const naming = { name: row.name, type: row.type, entityId: row.entityId };
    namings.set(foldName(definition.alias.text), naming);
    if (!namings.has(foldName(definition.named.text))) namings.set(foldName(definition.named.text), naming);
  }
  return namings;
}

function strongestWithin(entities: readonly RecognisedEntity[], start: number, end: number): RecognisedEntity | null {
  let best: RecognisedEntity | null = null;
  for (const entity of entities) {
    if (entity.start < start || entity.end > end) continue;
    if (!best || entity.end - entity.start > best.end - best.start || entity.confidence > best.confidence) best = entity;
  }
  return best;
}

/** Longest first, then by rank: each kept row marks its characters as taken in `occupied`. */
function pickNonOverlapping(candidates: readonly Candidate[], occupied: Uint8Array): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (!isFree(occupied, candidate)) continue;
    occupied.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen;
}

function isFree(occupied: Uint8Array, row: { start: number; end: number }): boolean {
  for (let at = row.start; at < row.end; at++) if (occupied[at] === 1) return false;
  return true;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function spanOf(entity: RecognisedEntity): { text: string; start: number; end: number } {
  return { text: entity.text, start: entity.start, end: entity.end };
}
