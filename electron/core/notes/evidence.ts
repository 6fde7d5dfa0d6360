// What a note's claims rest on, for the evidence panel: read from the note as saved, with each
// cited passage's source and grade taken from the library as it is now. A passage deleted since it
// was cited still counts, with the source its citation recorded (version 2) or none (version 1).
import type { FacetValue, NoteEvidence } from '../../../shared/domain';
import { citationGrade } from '../../../shared/notes/citation-grade';
import { NEEDS_EVIDENCE_TYPE, PASSAGE_CITATION_TYPE, walkNote, type NoteContent } from '../../../shared/notes/note-format';
import { nodeText } from '../../../shared/notes/note-text';
import type { PassagesStore } from '../passages/store';

const UNGRADED = 'ungraded';

interface Cited {
  passageId: string;
  /** The source the citation recorded when it was made, if it did. */
  clippingId: string | null;
  grade: string | null;
}

export function createNoteEvidence(passages: PassagesStore) {
  return function evidenceOf(content: NoteContent): NoteEvidence {
    const cited = new Map<string, Cited>();
    const needsEvidence: string[] = [];
    for (const node of walkNote(content)) {
      const record = node as Record<string, unknown>;
      if (node.type === PASSAGE_CITATION_TYPE && typeof record.passageId === 'string' && !cited.has(record.passageId)) {
        cited.set(record.passageId, {
          passageId: record.passageId,
          clippingId: typeof record.clippingId === 'string' ? record.clippingId : null,
          grade: typeof record.grade === 'string' ? record.grade : null,
        });
      } else if (node.type === NEEDS_EVIDENCE_TYPE) {
        const claim = nodeText(node).replace(/\s+/gu, ' ').trim();
        if (claim !== '') needsEvidence.push(claim);
      }
    }
    const live = new Map(passages.cited([...cited.keys()]).map((row) => [row.id, row]));
    const sources = new Set<string>();
    const grades = new Map<string, number>();
    for (const citation of cited.values()) {
      const now = live.get(citation.passageId);
      const source = now ? now.clipping_id : citation.clippingId;
      if (source !== null) sources.add(source);
      const grade = (now ? citationGrade(now.reliability, now.credibility) : citation.grade) ?? UNGRADED;
      grades.set(grade, (grades.get(grade) ?? 0) + 1);
    }
    return { passagesCited: cited.size, distinctSources: sources.size, grades: sortGrades(grades), needsEvidence };
  };
}

/** Best grades first ("A1" before "B2"), ungraded last. */
function sortGrades(counts: Map<string, number>): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => Number(a.value === UNGRADED) - Number(b.value === UNGRADED) || a.value.localeCompare(b.value));
}
