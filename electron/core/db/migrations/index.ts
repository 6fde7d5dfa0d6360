// Numbered migrations, applied in order, each in its own transaction. user_version = the last applied.
import { sql as clippings } from './001-clippings';
import { sql as libraryMeta } from './002-library-meta';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'clippings', sql: clippings },
  { version: 2, name: 'library-meta', sql: libraryMeta },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
