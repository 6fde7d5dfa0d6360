import { describe, expect, it } from 'vitest';
import type { NoteSummary } from '../../../../../shared/domain';
import { displayTitle, noteFacets } from '../../../../../renderer/src/features/notebook/list/noteFacets';

const summary = (folder: string | null, tags: string[]): NoteSummary => ({
  id: 'x',
  title: 't',
  folder,
  tags,
  revision: 0,
  createdAt: '',
  updatedAt: '',
});

describe('noteFacets', () => {
  it('lists each folder and tag once, by name', () => {
    expect(noteFacets([summary('Syria/2014', ['aid', 'Convoys']), summary(null, ['aid']), summary('Iraq', [])])).toEqual({
      folders: ['Iraq', 'Syria/2014'],
      tags: ['aid', 'Convoys'],
    });
  });
});

describe('note names and tags', () => {
  it('names an untitled note', () => {
    expect(displayTitle('  ')).toBe('Untitled');
    expect(displayTitle('Brief')).toBe('Brief');
  });
});
