// The suggester answers one row per occurrence; the Reader lists one row per entity (its
// occurrences and the ways the text writes it), and knows which are already linked here (by a
// passage or a mention).
import type { ClippingMention, EntityType, Passage } from '../../../../shared/domain';
import { foldName } from '../../../../shared/entities/fold-name';
import type { EntitySuggestion } from '../../../../shared/entities/types';

export interface SuggestionGroup {
  key: string;
  type: EntityType;
  name: string;
  entityId: string | null;
  occurrences: EntitySuggestion[];
  /** The distinct ways the text writes it, as first seen. */
  surfaces: string[];
  alsoNamed: Array<{ entityId: string; name: string }>;
  /** A passage or a mention in this clipping is already linked to its card. */
  linked: boolean;
}

export function groupSuggestions(
  suggestions: readonly EntitySuggestion[],
  passages: readonly Passage[],
  mentions: readonly ClippingMention[] = [],
): SuggestionGroup[] {
  const linkedIds = new Set([...passages.flatMap((p) => p.entities.map((e) => e.id)), ...mentions.map((m) => m.entity.id)]);
  const groups = new Map<string, SuggestionGroup>();
  for (const suggestion of [...suggestions].sort((a, b) => a.start - b.start)) {
    const key = `${suggestion.type}:${suggestion.entityId ?? foldName(suggestion.name)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        type: suggestion.type,
        name: suggestion.name,
        entityId: suggestion.entityId,
        occurrences: [],
        surfaces: [],
        alsoNamed: suggestion.alsoNamed ?? [],
        linked: suggestion.entityId !== null && linkedIds.has(suggestion.entityId),
      };
      groups.set(key, group);
    }
    group.occurrences.push(suggestion);
    if (!group.surfaces.some((s) => foldName(s) === foldName(suggestion.text))) group.surfaces.push(suggestion.text);
  }
  return [...groups.values()];
}

/**
 * What accepting a group links: its first occurrence, and the first occurrence of each other way
 * the text writes it (so an alias defined in the text becomes an alias of the card).
 */
export function occurrencesToAccept(group: SuggestionGroup): EntitySuggestion[] {
  const seen = new Set<string>();
  return group.occurrences.filter((occurrence) => {
    const folded = foldName(occurrence.text);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}
