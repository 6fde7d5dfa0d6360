import { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import type { EntitySummary, EntityType } from '../../../../../../shared/domain';

export type MentionChoice = { kind: 'card'; entity: EntitySummary } | { kind: 'create'; name: string; type: EntityType };

/** One row of the card typeahead: an existing card, or a new card of one type. */
export class MentionOption extends MenuOption {
  readonly choice: MentionChoice;

  constructor(choice: MentionChoice) {
    super(choice.kind === 'card' ? `card:${choice.entity.id}` : `create:${choice.type}`);
    this.choice = choice;
  }
}
