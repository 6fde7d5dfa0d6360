// How cards and relations read in words.
import { ENTITY_TYPE_NAME } from '../../../../shared/display-words';
import { RELATION_TYPE_LABELS, type EntitySummary, type Relation } from '../../../../shared/domain';

/** "Person", or an Other card's own label ("vessel"). */
export function entityTypeText(entity: Pick<EntitySummary, 'type' | 'otherLabel'>): string {
  return entity.type === 'other' && entity.otherLabel ? entity.otherLabel : ENTITY_TYPE_NAME[entity.type];
}

/** The verb between the two names: "member of", or an `other` relation's free label. */
export function relationVerb(relation: Pick<Relation, 'type' | 'label'>): string {
  return relation.type === 'other' ? (relation.label ?? 'related to') : RELATION_TYPE_LABELS[relation.type];
}

/** "Abu Bakr member of ISIS". */
export function relationSentence(relation: Relation): string {
  return `${relation.source.name} ${relationVerb(relation)} ${relation.target.name}`;
}
