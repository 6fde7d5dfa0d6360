// Inline runs as plain text: for comparing the title with the first heading, and for PDF outlines.
import type { ExportDocument, Inline } from './document-model';

export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return inline.text;
        case 'lineBreak':
          return ' ';
        case 'mention':
          return inline.name;
        case 'citation':
          return `[${inline.footnote}]`;
        case 'event':
          return inline.text;
        case 'link':
        case 'needsEvidence':
          return inlineText(inline.children);
      }
    })
    .join('');
}

/** A note whose first block is a heading saying its title gets no second title above it. */
export function titleIsFirstHeading(document: ExportDocument): boolean {
  const first = document.blocks[0];
  return first?.kind === 'heading' && inlineText(first.content).trim() === document.title.trim();
}

export function isEmptyInline(inlines: readonly Inline[]): boolean {
  return inlines.every((inline) => inline.kind === 'text' && inline.text.trim() === '');
}
