// `notes import` and `notes list` through the real command line, as scripts use them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openCore } from '../../../electron/core/core';
import type { Note } from '../../../shared/domain';
import { runCli } from '../../helpers/cli-process';
import { makeTempDir } from '../../helpers/temp-library';

describe('cli notes', () => {
  it('imports Markdown files as notes and lists every note', async () => {
    const dir = makeTempDir('notebook-cli-notes');
    const library = join(dir, 'library.sqlite');
    const core = openCore(library);
    const card = await core.dispatch('entities.create', { type: 'person', name: 'Omar al-Shishani', aliases: ['Abu Omar'] });
    core.close();
    writeFileSync(join(dir, 'brief.md'), '# Menagh brief\n\n[[Abu Omar]] led the assault.\n');
    writeFileSync(join(dir, 'untitled notes.md'), '\uFEFFNo heading, just text.\n');

    const first = await runCli(['notes', 'import', join(dir, 'brief.md'), '--json', '--library', library]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const imported = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(Object.keys(imported).sort()).toEqual(['id', 'title']);
    expect(imported.title).toBe('Menagh brief');

    const second = await runCli(['notes', 'import', join(dir, 'untitled notes.md'), '--library', library]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Imported .*untitled notes\.md as the note “untitled notes” \([0-9a-f-]{36}\)\.\n$/);

    const list = await runCli(['notes', 'list', '--json', '--library', library]);
    expect(list.code).toBe(0);
    const rows = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
    expect(rows.map((row) => Object.keys(row).sort())).toEqual([
      ['id', 'title', 'updatedAt'],
      ['id', 'title', 'updatedAt'],
    ]);
    expect(rows.map((row) => row.title)).toEqual(['untitled notes', 'Menagh brief']);

    const check = openCore(library);
    const note = await check.dispatch('notes.get', { id: imported.id });
    check.close();
    const paragraph = (note.ok ? (note.value as Note) : null)?.content.root.children[1] as { children: Array<{ type: string; entityId?: string }> };
    expect(paragraph.children[0]).toMatchObject({ type: 'entity-mention', entityId: card.ok ? (card.value as { id: string }).id : 'no card' });

    const readable = await runCli(['notes', 'list', '--library', library]);
    expect(
      readable.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('  ').at(-1)),
    ).toEqual(['untitled notes', 'Menagh brief']);
  });

  it('says clearly why a file cannot be imported, with exit code 1 and nothing on stdout', async () => {
    const dir = makeTempDir('notebook-cli-notes');
    const library = join(dir, 'library.sqlite');
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a])); // "# Café" in Latin-1

    const missing = await runCli(['notes', 'import', join(dir, 'nope.md'), '--json', '--library', library]);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/nope\.md: no such file\. Check the path and try again\./);

    const latin1 = await runCli(['notes', 'import', join(dir, 'latin1.md'), '--json', '--library', library]);
    expect(latin1).toMatchObject({ code: 1, stdout: '' });
    expect(latin1.stderr).toMatch(/latin1\.md is not UTF-8 text, so it was not imported\. Save it as UTF-8/);

    const folder = await runCli(['notes', 'import', dir, '--library', library]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/is not a file/);

    const usage = await runCli(['notes', 'import', '--library', library]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/^notes needs "list", "import <file\.md>" or "export <id> --format md\|html\|docx\|pdf --out FILE"\./);

    const empty = await runCli(['notes', 'list', '--json', '--library', library]);
    expect(empty).toMatchObject({ code: 0 });
    expect(JSON.parse(empty.stdout)).toEqual([]);
  });
});
