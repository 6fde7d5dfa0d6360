import { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { EntitySummary, EntityType } from '../../../../../../shared/domain';
import type { TimelineEventSummary } from '../../../../../../shared/timeline/types';

export type MentionChoice =
  { kind: 'card'; entity: EntitySummary } | { kind: 'event'; event: TimelineEventSummary } | { kind: 'create'; name: string; type: EntityType };

/** One row of the typeahead: an existing card, a timeline event, or a new card of one type. */
export class MentionOption extends MenuOption {
  readonly choice: MentionChoice;

  constructor(choice: MentionChoice) {
    super(optionKey(choice));
    this.choice = choice;
  }
}

function optionKey(choice: MentionChoice): string {
  if (choice.kind === 'card') return `card:${choice.entity.id}`;
  if (choice.kind === 'event') return `event:${choice.event.kind}:${choice.event.id}`;
  return `create:${choice.type}`;
}
