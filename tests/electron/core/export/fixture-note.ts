// One note that uses everything an export must handle: headings, marks, a link, lists (nested,
// numbered, checked), a quote, a table, a rule, mentions (a renamed card, a deleted one), a passage
// cited twice, another cited once, a deleted passage cited from its stored source, a claim that
// needs evidence, Arabic and accented text. Ids are parameters so a real library can supply them.
import type { NoteContent } from '../../../../shared/notes/note-format';
import {
  citation,
  heading,
  lineBreak,
  link,
  list,
  listItem,
  mention,
  needsEvidence,
  noteContent,
  paragraph,
  quote,
  rtlParagraph,
  rule,
  table,
  text,
} from './lexical-nodes';

export interface FixtureIds {
  /** Cited twice; from clipping A. */
  passageA1: string;
  /** Cited once; from clipping B. */
  passageB1: string;
  /** Cited once, then deleted from the library; its stored source is clipping C, also gone. */
  passageGone: string;
  clippingA: string;
  clippingB: string;
  clippingGone: string;
  /** A card renamed after it was mentioned. */
  leader: string;
  /** A card deleted after it was mentioned. */
  deletedCard: string;
}

export const FIXTURE_TITLE = 'Mosul: June 2014 / briefing';
export const ARABIC_NAME = 'أبو بكر البغدادي';
export const ARABIC_SENTENCE = 'الدولة الإسلامية في العراق والشام';
export const LEADER_NAME = 'Abu Bakr al-Baghdadi';
/** The leader's aliases on his card. */
export const ALIAS_SPELLINGS = [ARABIC_NAME, 'al-Baghdadi'];
export const DELETED_CARD_NAME = 'Zaïd Ḥusayn';
export const NEEDS_EVIDENCE_CLAIM = 'The governor fled before the attack';

export const CLIPPING_A = { title: 'Mosul falls to militants', outlet: 'The Daily Record', publishedAt: '2014-06-10' };
export const CLIPPING_B = { title: 'Army retreats from Tikrit', outlet: 'Al-Waqa’i', publishedAt: '2014-06-11' };
export const CLIPPING_GONE = { title: 'An old wire report', outlet: 'Wire', publishedAt: '2014-06' };

export const QUOTE_A1 = 'Militants seized control of Mosul on Tuesday.';
export const QUOTE_B1 = 'Soldiers abandoned their posts in Tikrit.';
export const QUOTE_GONE = 'A report no longer in the library.';

export function fixtureContent(ids: FixtureIds): NoteContent {
  const citeA1 = citation(ids.passageA1, QUOTE_A1, {
    clippingId: ids.clippingA,
    clippingTitle: CLIPPING_A.title,
    outlet: CLIPPING_A.outlet,
    publishedAt: CLIPPING_A.publishedAt,
    grade: 'B2',
  });
  const citeB1 = citation(ids.passageB1, QUOTE_B1, {
    clippingId: ids.clippingB,
    clippingTitle: CLIPPING_B.title,
    outlet: CLIPPING_B.outlet,
    publishedAt: CLIPPING_B.publishedAt,
    grade: null,
  });
  const citeGone = citation(ids.passageGone, QUOTE_GONE, {
    clippingId: ids.clippingGone,
    clippingTitle: CLIPPING_GONE.title,
    outlet: CLIPPING_GONE.outlet,
    publishedAt: CLIPPING_GONE.publishedAt,
    grade: 'C3',
  });
  return noteContent(
    heading('h2', text('Summary')),
    paragraph(
      text('On 10 June '),
      text('militants', 'bold'),
      text(' led by '),
      mention(ids.leader, 'al-Baghdadi', 'person'),
      text(' took Mosul.'),
      citeA1,
      text(' Reports '),
      text('agree', 'italic'),
      text(' on the date.'),
      citeA1,
    ),
    paragraph(
      text('The army left Tikrit'),
      citeB1,
      text(' and '),
      text('nobody', 'underline'),
      text(' '),
      text('held', 'strikethrough'),
      text(' the '),
      text('road_1', 'code'),
      text('.'),
      citeGone,
    ),
    paragraph(needsEvidence(text(NEEDS_EVIDENCE_CLAIM)), text('.')),
    paragraph(
      text('Named in Arabic as '),
      text(ARABIC_NAME),
      text('; also seen: '),
      mention(ids.deletedCard, DELETED_CARD_NAME, 'person'),
      text('.'),
      lineBreak(),
      text('See the '),
      link('https://example.org/report?id=1&x=2', text('full report')),
      text('.'),
    ),
    rtlParagraph(text(ARABIC_SENTENCE)),
    heading('h3', text('Timeline')),
    list('number', [listItem([text('Mosul falls')]), listItem([text('Tikrit falls')]), listItem([list('bullet', [listItem([text('within a day')])])])]),
    list('bullet', [listItem([text('Follow-ups')])]),
    list('check', [listItem([text('Confirm the date')], { checked: true }), listItem([text('Find a second source')], { checked: false })]),
    quote(text('We will not leave.')),
    table([[text('Place')], [text('Mosul')], [text('Tikrit')]].map((row, index) => [row[0]!, text(['Date', '2014-06-10', '2014-06-11'][index]!)])),
    rule(),
    paragraph(text('End of brief.')),
  );
}
