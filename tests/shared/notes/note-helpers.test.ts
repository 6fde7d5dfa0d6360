// Small pure helpers of the notes core: a note's text, title folding, folder paths, citation grades.
import { describe, expect, it } from 'vitest';
import { citationGrade } from '../../../shared/notes/citation-grade';
import { normaliseFolder } from '../../../shared/notes/note-folder';
import { noteLinks } from '../../../shared/notes/note-links';
import { noteText, noteWordCount } from '../../../shared/notes/note-text';
import { foldTitle, titleQueryWords } from '../../../shared/notes/title-search';
import { markdownToNote } from '../../../shared/notes/markdown-to-note';

describe('note text', () => {
  it('puts blocks on their own lines, keeps inline elements inline, and reads mention names', () => {
    const { content } = markdownToNote('# Title\n\nA [link](https://x.org) and [[Omar]].\nNext line\n\n- one\n- two', {
      resolveMention: () => ({ entityId: 'e1', name: 'Omar al-Shishani', entityType: 'person' }),
    });
    expect(noteText(content)).toBe('Title\nA link and Omar al-Shishani.\nNext line\none\ntwo');
    expect(noteWordCount(content)).toBe(10); // al-Shishani is one word
    expect(noteLinks(content)).toEqual({ entityIds: ['e1'], passageIds: [], eventIds: [] });
  });
});

describe('title search folding', () => {
  it('ignores case and diacritics and splits the query into distinct words', () => {
    expect(foldTitle('  Sahél  BRIEF — Ça ')).toBe('sahel brief — ca');
    expect(titleQueryWords('Brief  brief SAHEL')).toEqual(['brief', 'sahel']);
    expect(titleQueryWords('   ')).toEqual([]);
  });
});

describe('folders', () => {
  it('writes a folder path in one form, blank as the top', () => {
    expect(normaliseFolder(' Syria /  2014/ ')).toBe('Syria/2014');
    expect(normaliseFolder('//')).toBeNull();
    expect(normaliseFolder(undefined)).toBeNull();
    expect(normaliseFolder('Middle  East')).toBe('Middle East');
  });
});

describe('citation grades', () => {
  it('shows what is known of the grade', () => {
    expect(citationGrade('B', 2)).toBe('B2');
    expect(citationGrade('B', null)).toBe('B');
    expect(citationGrade(null, 2)).toBe('2');
    expect(citationGrade(null, null)).toBeNull();
  });
});
