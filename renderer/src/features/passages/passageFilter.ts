// The Passages place's filters: what the reader chose, the passages.list input it becomes, and the
// words that say what is filtered (for the empty result).
import type { InputOf } from '../../../../shared/contract';
import type { EntityRef, PassageColor } from '../../../../shared/domain';

export interface PassageFilter {
  color?: PassageColor;
  label?: string;
  entity?: EntityRef;
  clipping?: { id: string; title: string };
}

export const NO_FILTER: PassageFilter = {};

export function hasFilters(filter: PassageFilter): boolean {
  return Boolean(filter.color || filter.label || filter.entity || filter.clipping);
}

export function listInput(filter: PassageFilter, offset: number, limit: number): InputOf<'passages.list'> {
  return {
    offset,
    limit,
    ...(filter.color ? { color: filter.color } : {}),
    ...(filter.label ? { label: filter.label } : {}),
    ...(filter.entity ? { entityId: filter.entity.id } : {}),
    ...(filter.clipping ? { clippingId: filter.clipping.id } : {}),
  };
}

/** "yellow, labelled “claim”, linked to Abu Bakr, in “Pledge in Albu Kamal”". */
export function describeFilter(filter: PassageFilter): string {
  const parts: string[] = [];
  if (filter.color) parts.push(filter.color);
  if (filter.label) parts.push(`labelled “${filter.label}”`);
  if (filter.entity) parts.push(`linked to ${filter.entity.name}`);
  if (filter.clipping) parts.push(`in “${filter.clipping.title}”`);
  return parts.join(', ');
}

/** The same filter with one part removed. */
export function without(filter: PassageFilter, key: keyof PassageFilter): PassageFilter {
  const next = { ...filter };
  delete next[key];
  return next;
}
