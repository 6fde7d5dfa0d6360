// Builders for Lexical's serialized nodes, shaped as the editor writes them, for export fixtures.
import { TEXT_FORMAT, type NoteContent, type SerializedNode } from '../../../../shared/notes/note-format';

type Format = keyof typeof TEXT_FORMAT;

const element = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
});

export const text = (value: string, ...formats: Format[]): SerializedNode => ({
  type: 'text',
  version: 1,
  text: value,
  format: formats.reduce((bits, name) => bits | TEXT_FORMAT[name], 0),
  style: '',
  mode: 'normal',
  detail: 0,
});

export const lineBreak = (): SerializedNode => ({ type: 'linebreak', version: 1 });
export const paragraph = (...children: SerializedNode[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });
export const rtlParagraph = (...children: SerializedNode[]) => element('paragraph', children, { direction: 'rtl', textFormat: 0, textStyle: '' });
export const heading = (tag: 'h1' | 'h2' | 'h3', ...children: SerializedNode[]) => element('heading', children, { tag });
export const quote = (...children: SerializedNode[]) => element('quote', children);
export const rule = (): SerializedNode => ({ type: 'horizontalrule', version: 1 });
export const link = (url: string, ...children: SerializedNode[]) => element('link', children, { url, rel: 'noreferrer', target: null, title: null });

export const listItem = (children: SerializedNode[], extra: Record<string, unknown> = {}) => element('listitem', children, { value: 1, ...extra });
export const list = (listType: 'bullet' | 'number' | 'check', items: SerializedNode[], start = 1) =>
  element('list', items, { listType, start, tag: listType === 'number' ? 'ol' : 'ul' });

export const table = (rows: SerializedNode[][], headerRow = true) =>
  element(
    'table',
    rows.map((cells, rowIndex) =>
      element(
        'tablerow',
        cells.map((cell) => element('tablecell', [paragraph(cell)], { headerState: headerRow && rowIndex === 0 ? 1 : 0, colSpan: 1, rowSpan: 1 })),
      ),
    ),
  );

export const mention = (entityId: string, name: string, entityType: 'person' | 'organization' | 'place' | 'other'): SerializedNode => ({
  type: 'entity-mention',
  version: 1,
  entityId,
  name,
  entityType,
});

export const citation = (
  passageId: string,
  quoteText: string,
  source: { clippingId: string; clippingTitle: string; outlet: string | null; publishedAt: string | null; grade: string | null },
): SerializedNode => ({ type: 'passage-citation', version: 2, passageId, quote: quoteText, ...source });

export const citationV1 = (passageId: string, quoteText: string): SerializedNode => ({ type: 'passage-citation', version: 1, passageId, quote: quoteText });

export const needsEvidence = (...children: SerializedNode[]) => element('needs-evidence', children);

export function noteContent(...children: SerializedNode[]): NoteContent {
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } };
}
