import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../electron/core/db/migrations';
import { PROJECT_ROOT } from '../../../../helpers/cli-process';
import { sha256Hex } from '../../../../helpers/temp-library';

const MIGRATIONS_DIR = join(PROJECT_ROOT, 'electron', 'core', 'db', 'migrations');

/**
 * SHA-256 of each shipped migration's SQL. A library in the field has already run these exact
 * statements; changing one would leave old and new libraries with different schemas.
 * Add a new numbered migration instead, and pin it here once it ships.
 */
const SHIPPED: Record<number, string> = {
  1: 'b490be0a4da919ebdd1cafee6682efa09be1e66076cdd9ec8f543f550ffa1756',
  2: '58a0018dede6ea5e1609729fdbd865a5deea7f747e54aef09cadf8350f4aec1e',
  3: 'b93d38e1c36872b1820cb99acd305c01fcdaba420938fff21d1354ff4cd327e9',
  4: '376d4965270c478774539353227ba9b629c9322b7534291b5fa9c5345bb9c021',
  5: '68387490cc9dbcfe1fe6d16453a778dbce6c55e6a64b1b41e997a6894d32a3d5',
  6: 'd3b8bc43bffbbd85c4bb2d131d127ba24aedbb1fa711c466fbe7fe4d820cde02',
  7: '58782bcff7f66469c4fa6bb4c44a5ca4d89755f057b4d73621567439e423ff20',
};

/** SHA-256 of the code a shipped migration runs after its SQL, frozen in its own file. */
const SHIPPED_CODE: Record<string, string> = {
  '003-duplicate-index.ts': '3175d5f5f0a2d6f2a621bb6af8ce65af380e8b3d09323e4966693691f6646e45',
};

describe('migrations', () => {
  // Branches may number migrations ahead of one another (8, then 10 while 9 is written elsewhere).
  it('are numbered from 1 upwards in order, and the latest is the last', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((version, index) => index === 0 || version > versions[index - 1]!)).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('never change once shipped', () => {
    const actual = Object.fromEntries(MIGRATIONS.filter((m) => m.version in SHIPPED).map((m) => [m.version, sha256Hex(m.sql)]));
    expect(actual, 'shipped migrations are never edited; add a new one').toEqual(SHIPPED);
    const code = Object.fromEntries(
      Object.keys(SHIPPED_CODE).map((file) => [file, sha256Hex(readFileSync(join(MIGRATIONS_DIR, file), 'utf8').replace(/\r\n/g, '\n'))]),
    );
    expect(code, 'the code a shipped migration runs is never edited; add a new migration').toEqual(SHIPPED_CODE);
  });

  it('import nothing outside their folder, so later changes to live code never change an upgrade', () => {
    const outside = readdirSync(MIGRATIONS_DIR)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(join(MIGRATIONS_DIR, file), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)]
          .map((match) => match[1]!)
          .filter((source) => !source.startsWith('./') && source !== 'better-sqlite3' && !source.startsWith('node:'))
          .map((source) => `${file}: ${source}`),
      );
    expect(outside).toEqual([]);
  });
});
