// An inline mention of an entity card. It stores the card's id (the link the core derives on save) and
// the name it had when mentioned, kept for a card deleted since; it shows the card's current name.
import { $applyNodeReplacement, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { InlineChipNode } from './InlineChipNode';
import { ENTITY_TYPES, type EntityType } from '../../../../../shared/domain';
import { ENTITY_MENTION_TYPE, ENTITY_MENTION_VERSION, type SerializedEntityMention } from '../../../../../shared/notes/note-format';
import { EntityMentionChip } from './EntityMentionChip';

export class EntityMentionNode extends InlineChipNode {
  __entityId: string;
  __name: string;
  __entityType: EntityType;

  static override getType(): string {
    return ENTITY_MENTION_TYPE;
  }

  static override clone(node: EntityMentionNode): EntityMentionNode {
    return new EntityMentionNode(node.__entityId, node.__name, node.__entityType, node.__key);
  }

  /** Stored JSON is read leniently: a missing field becomes empty rather than failing the whole note. */
  static override importJSON(json: Record<string, unknown>): EntityMentionNode {
    const type = ENTITY_TYPES.find((t) => t === json.entityType) ?? 'other';
    return $createEntityMentionNode(String(json.entityId ?? ''), String(json.name ?? ''), type);
  }

  constructor(entityId: string, name: string, entityType: EntityType, key?: NodeKey) {
    super(key);
    this.__entityId = entityId;
    this.__name = name;
    this.__entityType = entityType;
  }

  override exportJSON(): SerializedEntityMention {
    const self = this.getLatest();
    return { type: ENTITY_MENTION_TYPE, version: ENTITY_MENTION_VERSION, entityId: self.__entityId, name: self.__name, entityType: self.__entityType };
  }

  getEntityId(): string {
    return this.getLatest().__entityId;
  }

  getName(): string {
    return this.getLatest().__name;
  }

  protected override hostClassName(): string {
    return 'entity-mention-host';
  }

  /** Copying, word counts and find-in-note see the name. */
  override getTextContent(): string {
    return this.getLatest().__name;
  }

  override decorate(): JSX.Element {
    return <EntityMentionChip entityId={this.__entityId} storedName={this.__name} entityType={this.__entityType} />;
  }
}

export function $createEntityMentionNode(entityId: string, name: string, entityType: EntityType): EntityMentionNode {
  return $applyNodeReplacement(new EntityMentionNode(entityId, name, entityType));
}
