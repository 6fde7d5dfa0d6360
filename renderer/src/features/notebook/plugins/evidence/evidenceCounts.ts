import type { CitationState, FacetValue } from '../../../../../../shared/domain';
import type { CitationFields } from '../../nodes/PassageCitationNode';

export interface EvidenceCounts {
  passagesCited: number;
  distinctSources: number;
  /** Cited passages per grade of their source, most first; "ungraded" for none. */
  grades: FacetValue[];
}

/** Counts the note's citations, each passage once, with its present source when the core still has it. */
export function evidenceCounts(citations: CitationFields[], present: (passageId: string) => CitationState | null): EvidenceCounts {
  const passages = new Map<string, { clippingId: string; grade: string | null }>();
  for (const citation of citations) {
    if (passages.has(citation.passageId)) continue;
    const now = present(citation.passageId);
    const live = now && now.status !== 'deleted' && now.clippingId;
    passages.set(citation.passageId, {
      clippingId: (live ? now.clippingId : null) ?? citation.clippingId,
      grade: live ? now.grade : citation.grade,
    });
  }
  const sources = new Set([...passages.values()].map((p) => p.clippingId).filter((id) => id !== ''));
  const grades = new Map<string, number>();
  for (const { grade } of passages.values()) grades.set(grade ?? 'ungraded', (grades.get(grade ?? 'ungraded') ?? 0) + 1);
  return {
    passagesCited: passages.size,
    distinctSources: sources.size,
    grades: [...grades].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  };
}
