// The offline entity suggester: name folding, alias definitions, recognition and suggestions.
export type { EntitySuggestion, EntityType, KnownCard } from './types';
export { foldName, namesMatch } from './fold-name';
export { findAliasDefinitions, type AliasDefinition, type TextSpan } from './alias-definitions';
export { recogniseEntities, type RecognisedEntity } from './recognise-entities';
export { KnownCardIndex, type KnownCardMatch } from './known-card-index';
export { suggestEntities } from './suggest-entities';
