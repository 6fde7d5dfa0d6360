// notes.importMarkdown: a Markdown file as a new note whose [[Name]]s are mentions of live cards.
import { describe, expect, it } from 'vitest';
import type { MergeResult, Note, NoteRef } from '../../../../shared/domain';
import { makeCard } from '../../../helpers/entity-fixtures';
import { MARKDOWN_MAX_LIST_DEPTH } from '../../../../shared/notes/markdown-blocks';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';

describe('notes.importMarkdown', () => {
  it('mentions the card a [[Name]] names (folded, by name or alias), and keeps other names as text', async () => {
    const core = openTempCore();
    const omar = await makeCard(core, { type: 'person', name: 'Omar al-Shishani', aliases: ['Abu Omar'] });
    await makeCard(core, { type: 'place', name: 'Menagh' });
    await makeCard(core, { type: 'place', name: 'Menagh' }); // two cards, one name: neither is guessed
    const survivor = await makeCard(core, { type: 'organization', name: 'Jaish al-Muhajireen' });
    const absorbed = await makeCard(core, { type: 'organization', name: 'JMA' });
    valueOf(await core.dispatch('entities.merge', { survivorId: survivor.id, absorbedId: absorbed.id })) as MergeResult;

    const markdown = '# Northern Aleppo\n\n[[abu OMAR]] took [[Menagh]] with [[JMA]] and [[Someone Else]].\n';
    const note = valueOf(await core.dispatch('notes.importMarkdown', { fileName: 'aleppo.md', markdown })) as Note;
    expect(note).toMatchObject({ title: 'Northern Aleppo', revision: 0, folder: null, tags: [] });
    const paragraph = note.content.root.children[1] as { children: Array<Record<string, unknown>> };
    expect(paragraph.children).toEqual([
      { type: 'entity-mention', version: 1, entityId: omar.id, name: 'Omar al-Shishani', entityType: 'person' },
      expect.objectContaining({ type: 'text', text: ' took Menagh with ' }),
      // The merged card's names moved to the survivor, which is the card mentioned.
      { type: 'entity-mention', version: 1, entityId: survivor.id, name: 'Jaish al-Muhajireen', entityType: 'organization' },
      expect.objectContaining({ type: 'text', text: ' and Someone Else.' }),
    ]);
    const refs = valueOf(await core.dispatch('notes.referencing', { entityId: omar.id })) as NoteRef[];
    expect(refs.map((r) => r.id)).toEqual([note.id]);
    expect(valueOf(await core.dispatch('notes.history', { id: note.id }))).toHaveLength(1);
  });

  it('names the note after the file when it has no # heading', async () => {
    const core = openTempCore();
    const note = valueOf(await core.dispatch('notes.importMarkdown', { fileName: 'Weekly 12.md', markdown: 'Just a line.' })) as Note;
    expect(note.title).toBe('Weekly 12');
  });

  it('imports lists nested to the limit, and refuses deeper ones as invalid_input instead of overflowing the stack', async () => {
    const core = openTempCore();
    const nested = (levels: number) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');
    const deepest = valueOf(await core.dispatch('notes.importMarkdown', { fileName: 'deep.md', markdown: nested(MARKDOWN_MAX_LIST_DEPTH) })) as Note;
    expect(JSON.stringify(deepest.content)).toContain(`level ${MARKDOWN_MAX_LIST_DEPTH}`);
    for (const levels of [MARKDOWN_MAX_LIST_DEPTH + 1, 3_000]) {
      const refused = errorOf(await core.dispatch('notes.importMarkdown', { fileName: 'deeper.md', markdown: nested(levels) }));
      expect(refused).toMatchObject({ code: 'invalid_input', field: 'markdown' });
      expect(refused.message).toContain(`more than ${MARKDOWN_MAX_LIST_DEPTH} levels deep`);
    }
    expect(valueOf(await core.dispatch('notes.list', {}))).toMatchObject({ total: 1 });
  });
});
