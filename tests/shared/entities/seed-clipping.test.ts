// The seed clipping (../shared/corpus/seed): the people, groups and places in it are suggested with
// the right types, and the acronym's expansion is proposed as an alias of ISIS.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../shared/entities/suggest-entities';
import type { EntitySuggestion, EntityType } from '../../../shared/entities/types';
import { corpusFile } from './corpus-folder';

const seed = corpusFile('seed', 'albu-kamal-pledge.txt');

const EXPECTED: [string, EntityType][] = [
  ['Abu Bakr al-Baghdadi', 'person'],
  ['Ayman al-Zawahri', 'person'],
  ['Omar al-Shishani', 'person'],
  ['Abu Yusuf Al Masri', 'person'],
  ['ISIS', 'organization'],
  ['Al-Nusra Front', 'organization'],
  ['Syrian Observatory for Human Rights', 'organization'],
  ['al-Qaeda', 'organization'],
  ['AFP', 'organization'],
  ['Syria', 'place'],
  ['Iraq', 'place'],
  ['Albu Kamal', 'place'],
  ['Al-Qaim', 'place'],
  ['Deir Ezzor', 'place'],
];

describe.skipIf(seed.missingReason !== null)('the seed clipping', () => {
  const text = seed.missingReason === null ? readFileSync(seed.path, 'utf8') : '';
  const rows = suggestEntities(text, []);
  const occurrences = (surface: string): EntitySuggestion[] => rows.filter((row) => row.text === surface);

  it('gives rows whose offsets point at their text', () => {
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
  });

  it.each(EXPECTED)('suggests %s as %s, at every occurrence', (surface, type) => {
    const found = occurrences(surface);
    expect(found.length).toBeGreaterThan(0);
    for (const row of found) expect(row.type).toBe(type);
    // Every whole-word occurrence is a row, or inside a longer one (Iraq in "Islamic State of Iraq …").
    const wholeWord = new RegExp(`(?<![\\p{L}-])${surface}(?![\\p{L}])`, 'gu');
    for (const match of text.matchAll(wholeWord)) {
      const covered = rows.some((row) => row.start <= match.index && row.end >= match.index + surface.length);
      expect([surface, match.index, covered]).toEqual([surface, match.index, true]);
    }
  });

  it('proposes "Islamic State of Iraq and the Levant" as an alias of ISIS', () => {
    expect(occurrences('Islamic State of Iraq and the Levant')).toEqual([expect.objectContaining({ type: 'organization', name: 'ISIS', entityId: null })]);
  });

  it('cleans possessives and links short mentions to the full name', () => {
    expect(occurrences('Zawahri')).toEqual([expect.objectContaining({ type: 'person', name: 'Ayman al-Zawahri' })]);
    expect(occurrences('Baghdadi')).toEqual([expect.objectContaining({ type: 'person', name: 'Abu Bakr al-Baghdadi' })]);
    expect(rows.some((row) => /['’]s$/.test(row.text))).toBe(false);
  });

  it('leaves nationality words and the comment boilerplate alone', () => {
    for (const word of ['Syrian', 'Iraqi', 'Egyptian', 'Chechen', 'Islamic', 'Leave', 'Reply']) expect(occurrences(word)).toEqual([]);
  });
});
