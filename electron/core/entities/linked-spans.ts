// Linking a span of a clipping to a card, as accepting a suggestion or linking a card's mentions
// does: the analyst's passage over exactly that span gets the link when there is one; otherwise the
// span is a mention (made now unless one is there already), never a new passage.
import { randomUUID } from 'node:crypto';
import { AnchorError, describeSelection } from '../../../shared/anchoring';
import { NotebookError } from '../../../shared/errors';
import type { CoreContext } from '../context';

export type SpanLink = { kind: 'passage' | 'mention'; id: string; created: boolean };
export type LinkSpan = ReturnType<typeof createLinkSpan>;

export function createLinkSpan({ stores, clock }: CoreContext) {
  const { passages } = stores;
  const { mentions } = passages;

  function mentionAt(clippingId: string, text: string, start: number, end: number): { id: string; created: boolean } {
    const found = mentions.idAt(clippingId, start, end);
    if (found !== null) return { id: found, created: false };
    const { quote, position } = describeOrRefuse(text, start, end);
    const id = randomUUID();
    mentions.insert({ id, clippingId, ...quote, ...position, now: clock() });
    return { id, created: true };
  }

  /** Links start..end of the clipping (whose text is `text`; the span is checked by the caller) to the card. */
  return function linkSpan(clippingId: string, text: string, start: number, end: number, entityId: string): SpanLink {
    const passageId = passages.idAt(clippingId, start, end);
    const link: SpanLink =
      passageId !== null ? { kind: 'passage', id: passageId, created: false } : { kind: 'mention', ...mentionAt(clippingId, text, start, end) };
    passages.link(link.id, entityId);
    return link;
  };
}

function describeOrRefuse(text: string, start: number, end: number) {
  try {
    return describeSelection(text, start, end);
  } catch (error) {
    if (error instanceof AnchorError) throw new NotebookError('invalid_input', `The span ${start}–${end} cannot be linked: ${error.message}`, 'end');
    throw error;
  }
}
