// `search` through the real command line: the exact JSON shape scripts parse, --limit, --kind, an
// empty answer, the readable list (control characters stripped) and --rebuild.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli-process';
import { makeTempDir, openTrackedCore, valueOf } from '../../helpers/temp-library';

async function libraryWithClippings() {
  const dir = makeTempDir('notebook-cli-search');
  const library = join(dir, 'library.sqlite');
  const core = openTrackedCore(library, dir);
  const paste = async (title: string, text: string) =>
    (valueOf(await core.dispatch('clippings.create', { title, text })) as { clipping: { id: string } }).clipping.id;
  const both = await paste('Convoy at the border', 'A convoy reached the border crossing at dawn.');
  const one = await paste('Market\u001b[31m report', 'The convoy was not seen in the market.');
  const card = valueOf(await core.dispatch('entities.create', { type: 'organization', name: 'Border Guard' })) as { id: string };
  core.close();
  return { library, both, one, card: card.id };
}

describe('cli search', () => {
  it('prints [{ kind, id, title, snippet, score }] best first, honours --limit and --kind, and [] for nothing', async () => {
    const { library, both, one, card } = await libraryWithClippings();
    const run = await runCli(['search', 'convoy border', '--json', '--library', library]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(rows.map((row) => Object.keys(row))).toEqual(rows.map(() => ['kind', 'id', 'title', 'snippet', 'score']));
    expect(rows.map((row) => row.id)).toEqual([both, card, one]);
    expect((rows[0]!.score as number) >= (rows[1]!.score as number)).toBe(true);

    const limited = JSON.parse((await runCli(['search', 'convoy border', '--json', '--limit', '1', '--library', library])).stdout) as unknown[];
    expect(limited).toHaveLength(1);
    const cards = JSON.parse((await runCli(['search', 'border', '--json', '--kind', 'card', '--library', library])).stdout) as Array<{ id: string }>;
    expect(cards.map((row) => row.id)).toEqual([card]);

    expect(await runCli(['search', 'zeppelin', '--json', '--library', library])).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('prints a readable list without control characters, and rejects a bad --limit or --kind', async () => {
    const { library } = await libraryWithClippings();
    const readable = await runCli(['search', 'market', '--library', library]);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toMatch(/^clipping {2}Market(\[31m)? report {2}\(/);
    expect(readable.stdout).not.toContain('\u001b');
    expect((await runCli(['search', 'zeppelin', '--library', library])).stdout).toBe('Nothing matches.\n');
    const badLimit = await runCli(['search', 'x', '--limit', '0', '--library', library]);
    expect(badLimit.code).toBe(1);
    expect(badLimit.stderr).toMatch(/--limit must be a whole number/);
    expect((await runCli(['search', 'x', '--kind', 'memo', '--library', library])).stderr).toMatch(/--kind must be one of clipping/);
    expect((await runCli(['search', '--library', library])).code).toBe(1);
  });

  it('--rebuild derives the index again and says what it did', async () => {
    const { library, both } = await libraryWithClippings();
    const db = new Database(library);
    db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    db.close();
    expect(await runCli(['search', 'dawn', '--json', '--library', library])).toMatchObject({ stdout: '[]\n' });
    const rebuilt = await runCli(['search', '--rebuild', '--library', library]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/^Rebuilt the search index: 3 items in \d+ ms\.\n$/);
    const found = JSON.parse((await runCli(['search', 'dawn', '--json', '--library', library])).stdout) as Array<{ id: string }>;
    expect(found.map((row) => row.id)).toEqual([both]);
  });
});
