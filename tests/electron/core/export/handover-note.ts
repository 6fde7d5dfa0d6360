// A short note as an analyst types it, with the traps a handed-over brief must not show: the space
// the editor leaves after a mention before the comma typed next, a passage that opens with its own
// quotation mark, and the note's own top-level headings under its title.
import { buildDocument } from '../../../../electron/core/export/build-document';
import type { ExportDocument } from '../../../../electron/core/export/document-model';
import type { LibraryFacts } from '../../../../electron/core/export/library-facts';
import { clipping } from './fixture-library';
import { citation, heading, mention, noteContent, paragraph, text } from './lexical-nodes';

export const HANDOVER_TITLE = 'Handover on the northern front';
export const COMMANDER = 'Omar al-Shishani';
export const QUOTED_PASSAGE = '“We will not retreat from the city,” the commander said.';
export const PLAIN_PASSAGE = 'The convoy left at dawn.';
const SOURCE = { title: 'Statement from the front', outlet: 'Front Press', publishedAt: '2014-06-29' };
const SHA = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

/** What each format's footnotes must say, whole: quote, source, grade, SHA-256 prefix. */
export const QUOTED_FOOTNOTE = `${QUOTED_PASSAGE} — Statement from the front, Front Press, 2014-06-29. Grade A1. SHA-256 0123456789ab.`;
export const PLAIN_FOOTNOTE = `“${PLAIN_PASSAGE}” — Statement from the front, Front Press, 2014-06-29. Grade A1. SHA-256 0123456789ab.`;
/** The sentence with the mention, as every format must read it. */
export const MENTION_SENTENCE = `Reports place ${COMMANDER}, the field commander, in the city.`;

export function handoverDocument(): ExportDocument {
  const stored = { clippingId: 'clipping-front', clippingTitle: SOURCE.title, outlet: SOURCE.outlet, publishedAt: SOURCE.publishedAt, grade: 'A1' };
  const content = noteContent(
    heading('h1', text('Findings')),
    paragraph(
      text('Reports place '),
      mention('entity-omar', COMMANDER, 'person'),
      text(' , the field commander, in the city.'),
      citation('passage-plain', PLAIN_PASSAGE, stored),
    ),
    heading('h1', text('Assessment')),
    heading('h2', text('Caveats')),
    paragraph(text('He was quoted directly'), citation('passage-quoted', QUOTED_PASSAGE, stored), text(' .')),
  );
  const state = (passageId: string, quote: string) => ({ passageId, status: 'ok' as const, quote, ...stored });
  const facts: LibraryFacts = {
    citations: new Map([
      ['passage-plain', state('passage-plain', PLAIN_PASSAGE)],
      ['passage-quoted', state('passage-quoted', QUOTED_PASSAGE)],
    ]),
    clippings: new Map([['clipping-front', clipping('clipping-front', SOURCE, { sha256: SHA, reliability: 'A', credibility: 1 })]]),
    entities: new Map([['entity-omar', null]]),
    events: new Map(),
  };
  return buildDocument({ title: HANDOVER_TITLE, updatedAt: '2024-05-01T08:00:00.000Z', content }, facts);
}
