// The bench's long note: N words in paragraphs of about 100, with entity mentions and passage
// citations spread evenly through it; or, for the comparison, the same words and lengths with the
// mentions and citations written as plain text.
import {
  ENTITY_MENTION_TYPE,
  ENTITY_MENTION_VERSION,
  PASSAGE_CITATION_TYPE,
  PASSAGE_CITATION_VERSION,
  type NoteContent,
  type SerializedEntityMention,
  type SerializedNode,
  type SerializedPassageCitation,
} from '../../shared/notes/note-format';
import { articleWords } from '../helpers/articles';

const PARAGRAPH_WORDS = 100;

export interface BenchNoteParts {
  words: number;
  mentions: Array<Omit<SerializedEntityMention, 'type' | 'version'>>;
  citations: Array<Omit<SerializedPassageCitation, 'type' | 'version'>>;
}

/** `endMarker` is the note's last word, so a reader can tell when this note (not another) is shown in full. */
export function benchNoteContent(parts: BenchNoteParts, customNodes: boolean, endMarker: string): NoteContent {
  const words = articleWords(41, parts.words);
  const paragraphCount = Math.ceil(parts.words / PARAGRAPH_WORDS);
  const mentions = parts.mentions.map((m) => (customNodes ? { type: ENTITY_MENTION_TYPE, version: ENTITY_MENTION_VERSION, ...m } : text(m.name)));
  const citations = parts.citations.map((c) =>
    customNodes ? { type: PASSAGE_CITATION_TYPE, version: PASSAGE_CITATION_VERSION, ...c } : text(`“${c.quote}” (${c.clippingTitle})`),
  );
  const inline = interleave(mentions, citations);
  const paragraphs: SerializedNode[] = [];
  let next = 0;
  for (let p = 0; p < paragraphCount; p++) {
    const slice = words.slice(p * PARAGRAPH_WORDS, (p + 1) * PARAGRAPH_WORDS);
    const due = Math.round(((p + 1) * inline.length) / paragraphCount);
    const children: SerializedNode[] = [];
    const pieces = due - next;
    const step = Math.max(1, Math.floor(slice.length / (pieces + 1)));
    for (let i = 0, w = 0; i <= pieces; i++) {
      const chunk = slice.slice(w, i === pieces ? slice.length : w + step);
      w += chunk.length;
      // Words stand apart from the mention or citation before and after them.
      if (chunk.length > 0) children.push(text(`${i > 0 ? ' ' : ''}${chunk.join(' ')} `));
      if (i < pieces) children.push(inline[next++]!);
    }
    if (p === paragraphCount - 1) children.push(text(endMarker));
    paragraphs.push({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children });
  }
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs } };
}

/** Both lists in one, the second spread evenly through the first. */
function interleave<T>(many: T[], few: T[]): T[] {
  const total = many.length + few.length;
  const out: T[] = [];
  let m = 0;
  let f = 0;
  for (let i = 0; i < total; i++) {
    const fewDue = Math.floor(((i + 1) * few.length) / total) > f;
    out.push(fewDue && f < few.length ? few[f++]! : m < many.length ? many[m++]! : few[f++]!);
  }
  return out;
}

export function text(value: string): SerializedNode {
  return { type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 };
}
