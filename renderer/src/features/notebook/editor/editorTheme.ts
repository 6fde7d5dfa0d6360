// Class names Lexical puts on the nodes it renders; editor.css styles them from app.css's colours.
import type { EditorThemeClasses } from 'lexical';

export const NOTE_EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'nb-p',
  quote: 'nb-quote',
  heading: { h1: 'nb-h1', h2: 'nb-h2', h3: 'nb-h3', h4: 'nb-h4', h5: 'nb-h5', h6: 'nb-h6' },
  list: {
    ul: 'nb-ul',
    ol: 'nb-ol',
    checklist: 'nb-checklist',
    listitem: 'nb-li',
    listitemChecked: 'nb-li-checked',
    listitemUnchecked: 'nb-li-unchecked',
    nested: { listitem: 'nb-li-nested' },
  },
  link: 'nb-link',
  hr: 'nb-hr',
  hrSelected: 'nb-hr-selected',
  code: 'nb-code-block',
  table: 'nb-table',
  tableRow: 'nb-tr',
  tableCell: 'nb-td',
  tableCellHeader: 'nb-th',
  tableSelection: 'nb-table-selection',
  tableCellSelected: 'nb-td-selected',
  text: {
    bold: 'nb-bold',
    italic: 'nb-italic',
    underline: 'nb-underline',
    strikethrough: 'nb-strike',
    underlineStrikethrough: 'nb-underline-strike',
    code: 'nb-code',
    highlight: 'nb-highlight',
  },
};
