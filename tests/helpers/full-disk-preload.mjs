// Preloaded with `node --import` (through NODE_OPTIONS) into a CLI run: every new clipping row
// fails as SQLite fails on a full disk, so a test can watch how the command line reports an
// unexpected error for each file without filling a real disk.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const prepare = Database.prototype.prepare;

Database.prototype.prepare = function prepareOnAFullDisk(sql) {
  const statement = prepare.call(this, sql);
  if (/^\s*INSERT INTO clippings\s*\(/.test(sql)) {
    statement.run = () => {
      throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    };
  }
  return statement;
};
