// What a plain click in the article lands on: the shortest passage there, else an open suggestion.
import type { Passage } from '../../../../shared/domain';
import type { EntitySuggestion } from '../../../../shared/entities/types';
import type { SuggestionGroup } from './suggestionGroups';

export type Annotation = { kind: 'passage'; passage: Passage } | { kind: 'suggestion'; group: SuggestionGroup; occurrence: EntitySuggestion };

export function annotationAt(offset: number, passages: readonly Passage[], groups: readonly SuggestionGroup[]): Annotation | null {
  const covering = passages.filter((p) => p.start !== null && p.end !== null && p.start <= offset && offset < p.end);
  const passage = covering.sort((a, b) => a.end! - a.start! - (b.end! - b.start!))[0];
  if (passage) return { kind: 'passage', passage };
  const inside = (o: EntitySuggestion) => o.start <= offset && offset < o.end;
  const group = groups.find((g) => !g.linked && g.occurrences.some(inside));
  const occurrence = group?.occurrences.find(inside);
  return group && occurrence ? { kind: 'suggestion', group, occurrence } : null;
}
