// The one list of node classes every notebook editor registers (the editor, the read-only history view).
import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { EntityMentionNode } from './EntityMentionNode';
import { EventMentionNode } from './EventMentionNode';
import { NeedsEvidenceNode } from './NeedsEvidenceNode';
import { PassageCitationNode } from './PassageCitationNode';
import './evidenceNodes.css';
import './eventMention.css';

export const NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  CodeNode,
  CodeHighlightNode,
  EntityMentionNode,
  EventMentionNode,
  PassageCitationNode,
  NeedsEvidenceNode,
];
