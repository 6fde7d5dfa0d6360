// `entities suggest` and `entities list` as scripts read them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openCore } from '../../../electron/core/core';
import { runCli } from '../../helpers/cli-process';
import { makeTempDir } from '../../helpers/temp-library';

const TEXT =
  'Fighters of the Al-Nusra Front met Omar al-Shishani in Albu Kamal, Syria.\n\n' +
  'ISIS – an acronym for the Islamic State of Iraq and the Levant – claimed the town.';

describe('cli entities', () => {
  it('suggests entities with offsets into the text that show prints, and lists cards', async () => {
    const dir = makeTempDir('notebook-cli');
    const library = join(dir, 'library.sqlite');
    writeFileSync(join(dir, 'clip.txt'), TEXT);
    const imported = JSON.parse((await runCli(['import', join(dir, 'clip.txt'), '--library', library, '--json'])).stdout);
    const id = imported[0].id as string;

    const core = openCore(library);
    const card = await core.dispatch('entities.create', { type: 'organization', name: 'Jabhat al-Nusra', aliases: ['Al-Nusra Front'] });
    // Two cards with one name: the core's row says so (alsoNamed); the CLI row shape leaves it out.
    await core.dispatch('entities.create', { type: 'person', name: 'Omar al-Shishani' });
    await core.dispatch('entities.create', { type: 'person', name: 'Omar al-Shishani' });
    const coreRows = await core.dispatch('entities.suggest', { clippingId: id });
    core.close();
    expect(card.ok).toBe(true);
    expect(
      coreRows.ok && (coreRows.value as Array<{ text: string; alsoNamed?: unknown[] }>).find((r) => r.text === 'Omar al-Shishani')?.alsoNamed,
    ).toHaveLength(1);

    const run = await runCli(['entities', 'suggest', id, '--json', '--library', library]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    const { text } = JSON.parse((await runCli(['show', id, '--json', '--library', library])).stdout);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['end', 'entityId', 'name', 'start', 'text', 'type']);
      expect(text.slice(row.start as number, row.end as number)).toBe(row.text);
      expect(['person', 'organization', 'place', 'other']).toContain(row.type);
    }
    const byText = (t: string) => rows.find((r) => r.text === t);
    expect(byText('Al-Nusra Front')).toMatchObject({ type: 'organization', name: 'Jabhat al-Nusra', entityId: (card as { value: { id: string } }).value.id });
    expect(byText('Islamic State of Iraq and the Levant')).toMatchObject({ name: 'ISIS', type: 'organization', entityId: null });
    expect(byText('Albu Kamal')).toMatchObject({ type: 'place' });

    const list = await runCli(['entities', 'list', '--json', '--library', library]);
    const listed = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(listed[0]).toEqual({ id: (card as { value: { id: string } }).value.id, type: 'organization', name: 'Jabhat al-Nusra', aliases: ['Al-Nusra Front'] });
    expect(listed.slice(1).map((e) => e.name)).toEqual(['Omar al-Shishani', 'Omar al-Shishani']);

    const missing = await runCli(['entities', 'suggest', 'nope', '--json', '--library', library]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
  });
});
