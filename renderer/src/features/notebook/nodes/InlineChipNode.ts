// What the note's inline chips (entity mentions, passage citations) have in common: a host span the
// editor does not edit, inside a line of text; React draws the chip in it.
import { DecoratorNode } from 'lexical';
import type { JSX } from 'react';

export abstract class InlineChipNode extends DecoratorNode<JSX.Element> {
  /** The host span's class, for the stylesheet. */
  protected abstract hostClassName(): string;

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = this.hostClassName();
    span.contentEditable = 'false';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }
}
