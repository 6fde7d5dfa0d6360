import { createCommand } from 'lexical';
import type { CitationFields } from '../../nodes/PassageCitationNode';

/** A click on a citation in the note: show its passage in the peek beside the note (the note keeps the focus). */
export const SHOW_CITATION_PEEK_COMMAND = createCommand<CitationFields>('SHOW_CITATION_PEEK_COMMAND');
