import { ENTITY_TYPE_NAME } from '../../../../../../shared/display-words';
import type { MentionOption } from './mentionOption';

/** The typeahead's list: cards with their aliases, events with their dates, then one "Create card" row per type. */
export function MentionMenu(props: {
  options: MentionOption[];
  selectedIndex: number | null;
  onPick: (option: MentionOption) => void;
  onHighlight: (index: number) => void;
}) {
  return (
    <ul className="mention-menu" role="listbox" aria-label="Cards and events" data-testid="mention-menu">
      {props.options.map((option, index) => {
        const { choice } = option;
        const selected = index === props.selectedIndex;
        return (
          <li
            key={option.key}
            ref={(element) => option.setRefElement(element)}
            role="option"
            aria-selected={selected}
            className={`mention-menu-item${selected ? ' mention-menu-item-selected' : ''}${choice.kind === 'create' ? ' mention-menu-create' : ''}`}
            onMouseEnter={() => props.onHighlight(index)}
            // Keep the caret in the note while the mouse picks.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => props.onPick(option)}
          >
            {choice.kind === 'card' ? (
              <>
                <span className={`mention-menu-type mention-menu-type-${choice.entity.type}`}>{ENTITY_TYPE_NAME[choice.entity.type].toLowerCase()}</span>{' '}
                <span className="mention-menu-name">{choice.entity.name}</span>{' '}
                {choice.entity.aliases.length > 0 && <span className="mention-menu-aliases">{choice.entity.aliases.join(', ')}</span>}
              </>
            ) : choice.kind === 'event' ? (
              <>
                <span className="mention-menu-type mention-menu-type-event">{choice.event.kind === 'relation' ? 'relation' : 'event'}</span>{' '}
                <span className="mention-menu-name">{choice.event.title}</span> <span className="mention-menu-aliases">{choice.event.label ?? 'undated'}</span>
              </>
            ) : (
              <>
                <span className="mention-menu-name">Create card “{choice.name}”</span>{' '}
                <span className="mention-menu-aliases">as {ENTITY_TYPE_NAME[choice.type].toLowerCase()}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
