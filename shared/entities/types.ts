// Shapes shared by the entity suggester and its callers (the CLI, the Reader, the services).

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A card the library already has, as the suggester needs it. */
export interface KnownCard {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
}

/**
 * One suggested occurrence. `start`/`end` are UTF-16 offsets into the text, so
 * `text.slice(start, end) === row.text`. `name` is the canonical name: a known card's name, the
 * name an alias definition points at, or the cleaned surface; `entityId` is set for known cards only.
 */
export interface EntitySuggestion {
  text: string;
  start: number;
  end: number;
  type: EntityType;
  name: string;
  entityId: string | null;
  /**
   * Other live cards that carry the same name, when the name is ambiguous (entityId is then one of
   * them). Absent otherwise; the CLI's row shape leaves it out.
   */
  alsoNamed?: Array<{ entityId: string; name: string }>;
}
