// An inline citation of a passage. It keeps the quote (shortened) and its source as they were when
// cited, so the note still reads — and exports — if the passage or its clipping goes away.
import { $applyNodeReplacement, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { InlineChipNode } from './InlineChipNode';
import {
  PASSAGE_CITATION_TYPE,
  PASSAGE_CITATION_VERSION,
  shortenQuote,
  type CitationSource,
  type SerializedPassageCitation,
} from '../../../../../shared/notes/note-format';
import { PassageCitationChip } from './PassageCitationChip';

export interface CitationFields extends CitationSource {
  passageId: string;
  quote: string;
}

/**
 * Reads any version of the serialized citation (SerializedPassageCitation, or the older
 * SerializedPassageCitationV1 without a source) as the current fields, leniently.
 */
export function citationFieldsFromJSON(json: Record<string, unknown>): CitationFields {
  const v2 = json as Partial<Record<keyof SerializedPassageCitation, unknown>>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const orNull = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    passageId: text(json.passageId),
    quote: shortenQuote(text(json.quote)),
    clippingId: text(v2.clippingId),
    clippingTitle: text(v2.clippingTitle),
    outlet: orNull(v2.outlet),
    publishedAt: orNull(v2.publishedAt),
    grade: orNull(v2.grade),
  };
}

export class PassageCitationNode extends InlineChipNode {
  __citation: CitationFields;

  static override getType(): string {
    return PASSAGE_CITATION_TYPE;
  }

  static override clone(node: PassageCitationNode): PassageCitationNode {
    return new PassageCitationNode(node.__citation, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): PassageCitationNode {
    return $createPassageCitationNode(citationFieldsFromJSON(json));
  }

  constructor(citation: CitationFields, key?: NodeKey) {
    super(key);
    this.__citation = citation;
  }

  override exportJSON(): SerializedPassageCitation {
    const { passageId, quote, clippingId, clippingTitle, outlet, publishedAt, grade } = this.getLatest().__citation;
    return { type: PASSAGE_CITATION_TYPE, version: PASSAGE_CITATION_VERSION, passageId, quote, clippingId, clippingTitle, outlet, publishedAt, grade };
  }

  getCitation(): CitationFields {
    return this.getLatest().__citation;
  }

  /** True for a citation loaded from version 1, until its source is filled in. */
  lacksSource(): boolean {
    return this.getLatest().__citation.clippingId === '';
  }

  setSource(source: CitationSource): this {
    const writable = this.getWritable();
    writable.__citation = { ...writable.__citation, ...source };
    return writable;
  }

  protected override hostClassName(): string {
    return 'passage-citation-host';
  }

  override getTextContent(): string {
    return `“${this.getLatest().__citation.quote}”`;
  }

  override decorate(): JSX.Element {
    return <PassageCitationChip citation={this.__citation} />;
  }
}

export function $createPassageCitationNode(citation: CitationFields): PassageCitationNode {
  return $applyNodeReplacement(new PassageCitationNode({ ...citation, quote: shortenQuote(citation.quote) }));
}
