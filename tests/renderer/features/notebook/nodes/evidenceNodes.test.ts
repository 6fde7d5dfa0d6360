// The serialized shapes of the notebook's own nodes are a file format read by the core (links, export):
// these snapshots pin them, and an older citation must load as the current version.
import { createEditor, $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { PASSAGE_CITATION_VERSION, type NoteContent } from '../../../../../shared/notes/note-format';
import { $createEntityMentionNode } from '../../../../../renderer/src/features/notebook/nodes/EntityMentionNode';
import { $createEventMentionNode, EventMentionNode } from '../../../../../renderer/src/features/notebook/nodes/EventMentionNode';
import { NOTE_NODES } from '../../../../../renderer/src/features/notebook/nodes';
import { $createNeedsEvidenceNode } from '../../../../../renderer/src/features/notebook/nodes/NeedsEvidenceNode';
import { $createPassageCitationNode, PassageCitationNode } from '../../../../../renderer/src/features/notebook/nodes/PassageCitationNode';

// The chips fetch present states through the page's client, which needs a window; these tests never render.
vi.mock('../../../../../renderer/src/api/client', () => ({ api: { call: vi.fn() } }));

function newEditor(): LexicalEditor {
  return createEditor({
    namespace: 'test',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** The node's JSON as a saved note holds it, made in an editor inside a paragraph. */
function serializedInParagraph(make: () => LexicalNode): unknown {
  const editor = newEditor();
  editor.update(() => $getRoot().clear().append($createParagraphNode().append(make())), { discrete: true });
  const json = editor.getEditorState().toJSON() as unknown as NoteContent;
  return (json.root.children[0] as { children: unknown[] }).children[0];
}

describe('evidence nodes', () => {
  it('serializes an entity mention as version 1', () => {
    const mention = serializedInParagraph(() => $createEntityMentionNode('card-1', 'Abu Bakr al-Baghdadi', 'person'));
    expect(mention).toMatchInlineSnapshot(`
      {
        "entityId": "card-1",
        "entityType": "person",
        "name": "Abu Bakr al-Baghdadi",
        "type": "entity-mention",
        "version": 1,
      }
    `);
  });

  it('serializes an event mention as version 1 with its title and date as mentioned', () => {
    const mention = serializedInParagraph(() => $createEventMentionNode({ id: 'event-1', title: 'the fall of Mosul', edtf: '2014-06', label: 'June 2014' }));
    expect(mention).toMatchInlineSnapshot(`
      {
        "edtf": "2014-06",
        "eventId": "event-1",
        "label": "June 2014",
        "title": "the fall of Mosul",
        "type": "event-mention",
        "version": 1,
      }
    `);
  });

  it('loads an event mention leniently and reads as its title with its date', () => {
    const editor = newEditor();
    let text = '';
    let id = '';
    editor.update(
      () => {
        const node = EventMentionNode.importJSON({ type: 'event-mention', version: 1, eventId: 'event-2', title: '', label: 'about 2013' });
        text = node.getTextContent();
        id = node.getEventId();
      },
      { discrete: true },
    );
    expect(text).toBe('Untitled event (about 2013)');
    expect(id).toBe('event-2');
  });

  it('serializes a passage citation as version 2 with its source', () => {
    const citation = serializedInParagraph(() =>
      $createPassageCitationNode({
        passageId: 'passage-1',
        quote: 'The group pledged allegiance in July.',
        clippingId: 'clipping-1',
        clippingTitle: 'A pledge in the desert',
        outlet: 'The Daily',
        publishedAt: '2014-07-02',
        grade: 'B2',
      }),
    );
    expect(citation).toMatchInlineSnapshot(`
      {
        "clippingId": "clipping-1",
        "clippingTitle": "A pledge in the desert",
        "grade": "B2",
        "outlet": "The Daily",
        "passageId": "passage-1",
        "publishedAt": "2014-07-02",
        "quote": "The group pledged allegiance in July.",
        "type": "passage-citation",
        "version": 2,
      }
    `);
  });

  it('serializes a claim needing evidence as an inline element around its text', () => {
    const claim = serializedInParagraph(() => $createNeedsEvidenceNode().append($createTextNode('The leader was killed in 2019')));
    expect(claim).toMatchInlineSnapshot(`
      {
        "children": [
          {
            "detail": 0,
            "format": 0,
            "mode": "normal",
            "style": "",
            "text": "The leader was killed in 2019",
            "type": "text",
            "version": 1,
          },
        ],
        "direction": null,
        "format": "",
        "indent": 0,
        "type": "needs-evidence",
        "version": 1,
      }
    `);
  });

  it('loads a version 1 citation as version 2, its source to be filled in from the passage', () => {
    const editor = newEditor();
    const v1: NoteContent = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [{ type: 'passage-citation', version: 1, passageId: 'passage-1', quote: '  An old   quote ' }],
          },
        ],
      },
    };
    editor.setEditorState(editor.parseEditorState(JSON.stringify(v1)));
    const node = editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow<ElementNode>().getFirstChild());
    expect(node).toBeInstanceOf(PassageCitationNode);
    const json = editor.getEditorState().toJSON() as unknown as NoteContent;
    const citation = (json.root.children[0] as { children: unknown[] }).children[0];
    expect(citation).toEqual({
      type: 'passage-citation',
      version: PASSAGE_CITATION_VERSION,
      passageId: 'passage-1',
      quote: 'An old quote',
      clippingId: '',
      clippingTitle: '',
      outlet: null,
      publishedAt: null,
      grade: null,
    });
  });

  it('round-trips every node through JSON unchanged', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const paragraph = $createParagraphNode().append(
          $createTextNode('Seen with '),
          $createEntityMentionNode('card-1', 'Ahmed', 'person'),
          $createNeedsEvidenceNode().append($createTextNode('in Raqqa')),
          $createPassageCitationNode({ passageId: 'p', quote: 'q', clippingId: 'c', clippingTitle: 't', outlet: null, publishedAt: null, grade: null }),
        );
        $getRoot().clear().append(paragraph);
      },
      { discrete: true },
    );
    const first = JSON.stringify(editor.getEditorState().toJSON());
    const again = newEditor();
    again.setEditorState(again.parseEditorState(first));
    expect(JSON.stringify(again.getEditorState().toJSON())).toBe(first);
  });
});
