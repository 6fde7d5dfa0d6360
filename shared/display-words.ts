// The words the app and its exports show for the library's kinds of things. One spelling each
// (British, as the rest of the app): a screen and an exported brief never disagree.
import type { EntityType } from './domain';

/** One card of a type: "Organisation". */
export const ENTITY_TYPE_NAME: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  other: 'Other',
};

/** Cards of a type, as a heading or a filter: "Organisations". */
export const ENTITY_TYPE_PLURAL: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  place: 'Places',
  other: 'Other',
};
