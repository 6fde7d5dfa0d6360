// @vitest-environment jsdom
// What markdownToNote writes must be what Lexical 0.52.0's own nodes write: a headless editor with
// the editor's node classes parses it, runs every node's transforms, and serializes it back unchanged.
import { $createParagraphNode, $getRoot, $isElementNode, createEditor, type LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { describe, expect, it } from 'vitest';
import { EntityMentionNode } from '../../../renderer/src/features/notebook/nodes/EntityMentionNode';
import { markdownToNote } from '../../../shared/notes/markdown-to-note';

const MARKDOWN = `# Menagh brief

The **airbase** fell to [[Abu Omar]], *reportedly* ~~on 5 August~~ in \`August\`.
Second line with a [link](https://example.org/a "A title") and <https://example.org/b>.

## Sources

> Rebels claimed
> the **base**.
>
> Second paragraph.

- [x] grade the sources
- [ ] ask about [[Nobody]]

1. first
   - nested bullet
     1. deeper number
2. second
3. third

* plain
* bullets

---

###### small heading
`;

function editor() {
  return createEditor({
    namespace: 'markdown-load-test',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, HorizontalRuleNode, EntityMentionNode],
    onError: (error) => {
      throw error;
    },
  });
}

describe('markdownToNote output in Lexical', () => {
  it('loads in a headless editor and serializes back unchanged, after every node ran its transforms', () => {
    const note = markdownToNote(MARKDOWN, {
      fileName: 'brief.md',
      resolveMention: (name) => (name === 'Abu Omar' ? { entityId: 'card-1', name: 'Omar al-Shishani', entityType: 'person' } : null),
    });
    const instance = editor();
    instance.setEditorState(instance.parseEditorState(JSON.stringify(note.content)));
    // Mark every node dirty so Lexical normalises the whole tree (list values, checked, merges).
    instance.update(
      () => {
        const visit = (node: LexicalNode) => {
          node.markDirty();
          if ($isElementNode(node)) node.getChildren().forEach(visit);
        };
        visit($getRoot());
      },
      { discrete: true },
    );
    expect(instance.getEditorState().toJSON()).toEqual(note.content);
  });

  it('serializes nodes of each kind the way the converter builds them', () => {
    const note = markdownToNote('Just text', { fileName: 'x.md' });
    const instance = editor();
    instance.update(
      () => {
        $getRoot().clear().append($createParagraphNode());
      },
      { discrete: true },
    );
    const typed = instance.getEditorState().toJSON();
    expect(markdownToNote('', {}).content).toEqual(typed);
    expect(note.content.root.children).toHaveLength(1);
  });
});
