// Passages: marked spans of a clipping's text, stored with both W3C selectors (quote and position)
// so they can be found again if the text changes; and their links to cards.
import { randomUUID } from 'node:crypto';
import { AnchorError, describeSelection } from '../../../shared/anchoring';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Page, Passage, PassageFacets } from '../../../shared/domain';
import { NotebookError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import { toPassages } from './rows';

export type PassagesService = ReturnType<typeof createPassagesService>;

export function createPassagesService({ stores, clock }: CoreContext) {
  const { passages, clippings, entities } = stores;

  function get(id: string): Passage {
    const row = passages.row(id);
    if (!row) throw new NotebookError('not_found', `There is no passage with id ${id}.`, 'id');
    return toPassages([row], passages, entities)[0]!;
  }

  /**
   * Marks start..end of a clipping's text (inside the caller's transaction when there is one). A span
   * marked already is not marked twice: that passage is answered, with a label or comment given set
   * on it (its colour and anything not given stay).
   */
  function create(input: ParsedInputOf<'passages.create'>): Passage {
    const text = clippings.text(input.clippingId);
    if (text === null) throw new NotebookError('not_found', `There is no clipping with id ${input.clippingId}.`, 'clippingId');
    const existing = passages.idAt(input.clippingId, input.start, input.end);
    if (existing !== null) return addNotes(existing, input);
    let described;
    try {
      described = describeSelection(text, input.start, input.end);
    } catch (error) {
      if (error instanceof AnchorError) throw new NotebookError('invalid_input', error.message, 'end');
      throw error;
    }
    const id = randomUUID();
    passages.insert({
      id,
      clippingId: input.clippingId,
      ...described.quote,
      ...described.position,
      color: input.color,
      label: blankToNull(input.label),
      comment: blankToNull(input.comment),
      now: clock(),
    });
    return get(id);
  }

  /** Sets the label and comment a second marking of the same span carries, when it carries them. */
  function addNotes(id: string, input: { label?: string | null; comment?: string | null }): Passage {
    const columns: Partial<Record<'label' | 'comment', string>> = {};
    const label = blankToNull(input.label);
    const comment = blankToNull(input.comment);
    if (label !== null) columns.label = label;
    if (comment !== null) columns.comment = comment;
    if (Object.keys(columns).length > 0) passages.update(id, columns, clock());
    return get(id);
  }

  return {
    get,
    create,

    update(input: ParsedInputOf<'passages.update'>): Passage {
      get(input.id);
      const { color, label, comment } = input.patch;
      const columns: Partial<Record<'color' | 'label' | 'comment', string | null>> = {};
      if (color !== undefined) columns.color = color;
      if (label !== undefined) columns.label = blankToNull(label);
      if (comment !== undefined) columns.comment = blankToNull(comment);
      passages.update(input.id, columns, clock());
      return get(input.id);
    },

    list(input: ParsedInputOf<'passages.list'>): Page<Passage> {
      const { rows, total } = passages.page(input);
      return { items: toPassages(rows, passages, entities), total, offset: input.offset, limit: input.limit };
    },

    /** The labels passages in live clippings carry (case folded together), with how many have each. */
    facets: (): PassageFacets => ({ labels: passages.labelFacets() }),

    /** The passage over exactly start..end of the clipping, marked now unless one was marked already. */
    at(clippingId: string, start: number, end: number): { id: string; created: boolean } {
      const found = passages.idAt(clippingId, start, end);
      if (found !== null) return { id: found, created: false };
      return { id: create({ clippingId, start, end, color: 'yellow', label: null, comment: null }).id, created: true };
    },
  };
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value.trim();
}
