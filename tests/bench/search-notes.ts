// The search bench's notes: an analyst's working notes of ~120 words in three paragraphs, each
// mentioning a card in the news (an entity mention node, as the editor saves it), with a tag or two.
import type { ParsedInputOf } from '../../shared/contract';
import { ENTITY_MENTION_TYPE, ENTITY_MENTION_VERSION, type NoteContent, type SerializedNode } from '../../shared/notes/note-format';
import { text } from './notebook-content';
import type { BenchCard } from './search-names';
import { CARDS_IN_THE_NEWS, TAGS } from './search-text';
import { VOCABULARY } from './search-vocabulary';

const WORDS_PER_PARAGRAPH = 40;
const NOTE_WORDS = VOCABULARY.slice(0, 1_500);
const TOPICS = ['Assessment', 'Open questions', 'Sources on', 'Timeline notes', 'Brief draft', 'Follow-up'];

/** The input of notes.create for note `index`; `ids` are the cards' ids in the order of `cards`. */
export function benchNote(index: number, cards: readonly BenchCard[], ids: readonly string[], random: () => number): ParsedInputOf<'notes.create'> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const paragraphs: SerializedNode[] = [];
  let subject = '';
  for (let p = 0; p < 3; p++) {
    const card = Math.floor(random() * Math.min(CARDS_IN_THE_NEWS, cards.length));
    subject ||= cards[card]!.name;
    const words = Array.from({ length: WORDS_PER_PARAGRAPH }, () => pick(NOTE_WORDS)).join(' ');
    const mention = {
      type: ENTITY_MENTION_TYPE,
      version: ENTITY_MENTION_VERSION,
      entityId: ids[card]!,
      name: cards[card]!.name,
      entityType: cards[card]!.type,
    };
    paragraphs.push(paragraph([text(`${words[0]!.toUpperCase()}${words.slice(1)}, says `), mention, text('.')]));
  }
  const content: NoteContent = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs } };
  return { title: `${pick(TOPICS)} ${subject} (${index + 1})`, tags: [pick(TAGS)], content };
}

function paragraph(children: SerializedNode[]): SerializedNode {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children };
}
