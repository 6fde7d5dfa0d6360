// The Markdown typed at the start of a line or around words that the editor turns into formatting:
// `# `, `- `, `1. `, `[ ] `, `> `, `---`, **bold**, *italic*, ~~struck~~, `code`, [text](url).
import {
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  CODE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';

/** `---` (or `***`, `___`) alone on a line becomes a horizontal rule. */
export const HORIZONTAL_RULE: ElementTransformer = {
  type: 'element',
  dependencies: [HorizontalRuleNode],
  regExp: /^(?:---|\*\*\*|___)\s?$/u,
  triggerOnEnter: true,
  export: (node) => ($isHorizontalRuleNode(node) ? '---' : null),
  replace: (paragraph, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    // Typed at the end of the note, keep the paragraph after the rule so typing can go on.
    if (isImport || paragraph.getNextSibling() !== null) paragraph.replace(rule);
    else paragraph.insertBefore(rule);
    rule.selectNext();
  },
};

// The rule before the lists (`---` is not a list item); the check list before the bulleted list.
export const NOTE_MARKDOWN_SHORTCUTS: Transformer[] = [
  HORIZONTAL_RULE,
  HEADING,
  QUOTE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  CODE,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  LINK,
];
