// Typing "@" or "[[" opens a menu of entity cards by name and alias and of timeline events by title;
// picking one inserts a mention, and "Create card …" makes the card first. ↑/↓ move, Enter or Tab picks, Esc closes (LexicalMenu's keys).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $getNodeByKey, $isTextNode, type LexicalNode, type TextNode } from 'lexical';
import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import type { EntityType } from '../../../../../../shared/domain';
import { useAction } from '../../../../api/useAction';
import { $createEntityMentionNode } from '../../nodes/EntityMentionNode';
import { $createEventMentionNode } from '../../nodes/EventMentionNode';
import { entityNameStore } from './entityNameStore';
import { eventTitleStore } from './eventTitleStore';
import { matchMentionTrigger } from './mentionTrigger';
import { MentionMenu } from './MentionMenu';
import type { MentionOption } from './mentionOption';
import { useMentionOptions } from './useMentionOptions';

/** Puts a mention where the typed "@name" was, then a space, with the caret after it (inside an update). */
function insertChip(typed: TextNode, mention: LexicalNode): void {
  typed.replace(mention);
  const space = $createTextNode(' ');
  mention.insertAfter(space);
  space.select(1, 1);
}

export function MentionTypeaheadPlugin(props: { onError: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const options = useMentionOptions(query);
  const { run } = useAction();
  const { onError } = props;

  /** Puts the mention where the typed "@name" was, then a space, with the caret after it. */
  const replaceWithMention = useCallback(
    (textNodeKey: string, entity: { id: string; name: string; type: EntityType }) => {
      editor.update(() => {
        const typed = $getNodeByKey(textNodeKey);
        if (!$isTextNode(typed) || !typed.isAttached()) return;
        insertChip(typed, $createEntityMentionNode(entity.id, entity.name, entity.type));
      });
    },
    [editor],
  );

  const onSelectOption = useCallback(
    (option: MentionOption, typed: TextNode | null, closeMenu: () => void) => {
      closeMenu();
      if (!typed) return;
      const key = typed.getKey();
      const { choice } = option;
      if (choice.kind === 'event') {
        const { id, title, edtf, label } = choice.event;
        eventTitleStore(editor).remember(id, title, label);
        return insertChip(typed, $createEventMentionNode({ id, title, edtf, label }));
      }
      if (choice.kind === 'card') {
        entityNameStore(editor).remember(choice.entity.id, choice.entity.name, choice.entity.type);
        // Already inside the menu's update: replace at once, so the typed text never flashes.
        return insertChip(typed, $createEntityMentionNode(choice.entity.id, choice.entity.name, choice.entity.type));
      }
      // A new card: the typed "@name" stays until the core has made the card, as a token so that it
      // is not merged into the text around it (which would lose the node to replace).
      typed.setMode('token');
      void run('entities.create', { name: choice.name, type: choice.type }).then((result) => {
        if (result.ok) {
          entityNameStore(editor).remember(result.value.id, result.value.name, result.value.type);
          return replaceWithMention(key, result.value);
        }
        editor.update(() => {
          const stillTyped = $getNodeByKey(key);
          if ($isTextNode(stillTyped)) stillTyped.setMode('normal');
        });
        onError(`The card “${choice.name}” was not created: ${result.error.message}`);
      });
    },
    [editor, onError, replaceWithMention, run],
  );

  return (
    <LexicalTypeaheadMenuPlugin<MentionOption>
      triggerFn={matchMentionTrigger}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length > 0
          ? createPortal(
              <MentionMenu options={options} selectedIndex={selectedIndex} onPick={selectOptionAndCleanUp} onHighlight={setHighlightedIndex} />,
              anchor.current,
            )
          : null
      }
    />
  );
}
