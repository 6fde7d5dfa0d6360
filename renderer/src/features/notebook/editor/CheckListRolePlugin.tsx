import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect } from 'react';

/**
 * Lexical writes a check list as a <ul> whose items are role="checkbox", which a list may not hold
 * (screen readers then announce a broken list): a check list is named a group of checkboxes instead.
 */
export function CheckListRolePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(ListNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            const node = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            if (mutation === 'destroyed' || !$isListNode(node) || element === null) continue;
            if (node.getListType() === 'check') element.setAttribute('role', 'group');
            else element.removeAttribute('role');
          }
        });
      }),
    [editor],
  );
  return null;
}
