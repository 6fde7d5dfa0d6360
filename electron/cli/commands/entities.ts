// entities list | suggest <clippingId>: the shapes scripts outside the repo parse.
import { createClient } from '../../../shared/client';
import type { EntitySuggestion } from '../../../shared/entities/types';
import type { Core } from '../../core/core';
import { allPages } from './all-pages';
import { line } from '../terminal-text';

/** `entities list --json` rows. */
export interface CliEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
}

export async function listEntities(core: Core): Promise<CliEntity[]> {
  const api = createClient(core.dispatch);
  const cards = await allPages((offset, limit) => api.call('entities.list', { offset, limit }));
  return cards.map(({ id, type, name, aliases }) => ({ id, type, name, aliases }));
}

/** `entities suggest --json` rows, exactly { text, start, end, type, name, entityId }. */
export function cliSuggestion({ text, start, end, type, name, entityId }: EntitySuggestion): EntitySuggestion {
  return { text, start, end, type, name, entityId };
}

export function formatSuggestions(rows: readonly EntitySuggestion[]): string {
  if (rows.length === 0) return 'No entities found in this clipping.\n';
  return (
    rows.map((r) => line`${String(r.start).padStart(6)}  ${r.type.padEnd(12)} ${r.text}` + (r.name !== r.text ? line` → ${r.name}` : '')).join('\n') + '\n'
  );
}

export function formatEntities(rows: readonly CliEntity[]): string {
  if (rows.length === 0) return 'No entity cards yet.\n';
  return rows.map((e) => line`${e.id}  ${e.type.padEnd(12)} ${e.name}` + (e.aliases.length ? line` (${e.aliases.join(', ')})` : '')).join('\n') + '\n';
}
