// Where a click on a mention (of a card or an event) or a citation goes. The NotebookView may pass its own way to open a card;
// decorator nodes reach it through their editor, since they render outside the plugins' React tree.
import type { LexicalEditor } from 'lexical';
import { goTo, timelineRoute } from '../../../../lib/routes';

export interface EvidenceLinks {
  onOpenEntity?: (entityId: string) => void;
}

const linksByEditor = new WeakMap<LexicalEditor, EvidenceLinks>();

export function setEvidenceLinks(editor: LexicalEditor, links: EvidenceLinks): void {
  linksByEditor.set(editor, links);
}

export function openEntity(editor: LexicalEditor, entityId: string): void {
  const open = linksByEditor.get(editor)?.onOpenEntity;
  if (open) open(entityId);
  else goTo({ place: 'entities', clippingId: null, entityId });
}

export function openPassage(clippingId: string, passageId: string): void {
  goTo({ place: 'reader', clippingId, passageId });
}

/** An event mentioned in a note: the Timeline with it selected. */
export function openEvent(eventId: string): void {
  goTo(timelineRoute(eventId));
}
