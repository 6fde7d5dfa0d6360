import { describe, expect, it } from 'vitest';
import { KnownCardIndex } from '../../../shared/entities/known-card-index';
import { suggestEntities } from '../../../shared/entities/suggest-entities';
import type { EntitySuggestion, KnownCard } from '../../../shared/entities/types';

const CARDS: KnownCard[] = [
  { id: 'nusra', type: 'organization', name: 'Jabhat al-Nusra', aliases: ['al-Nusra Front', 'Nusra Front'] },
  { id: 'zawahiri', type: 'person', name: 'Ayman al-Zawahiri', aliases: ['Zawahiri'] },
  { id: 'front', type: 'other', name: 'Front', aliases: [] },
];

function expectValidRows(text: string, rows: EntitySuggestion[]): void {
  let previousStart = -1;
  for (const row of rows) {
    expect(text.slice(row.start, row.end)).toBe(row.text);
    expect(row.start).toBeGreaterThanOrEqual(previousStart);
    expect(['person', 'organization', 'place', 'other']).toContain(row.type);
    previousStart = row.start;
  }
}

function find(rows: EntitySuggestion[], text: string): EntitySuggestion | undefined {
  return rows.find((row) => row.text === text);
}

describe('suggestEntities', () => {
  it('finds known cards by folded names and aliases, one row per occurrence', () => {
    const text = 'Fighters of Al Nusra Front met Jabhat an-Nusra envoys; al-nusra front denied it. Zawahri’s message came later.';
    const rows = suggestEntities(text, CARDS);
    expectValidRows(text, rows);
    const linked = rows.filter((row) => row.entityId === 'nusra');
    expect(linked.map((row) => row.text)).toEqual(['Al Nusra Front', 'Jabhat an-Nusra', 'al-nusra front']);
    for (const row of linked) expect(row).toMatchObject({ type: 'organization', name: 'Jabhat al-Nusra' });
    expect(find(rows, 'Zawahri')).toMatchObject({ entityId: 'zawahiri', name: 'Ayman al-Zawahiri', type: 'person' });
  });

  it('finds an organisation by the core of its name, with or without its group word', () => {
    const cards: KnownCard[] = [
      { id: 'nusra', type: 'organization', name: 'Jabhat al-Nusra', aliases: [] },
      { id: 'islam', type: 'organization', name: 'Jaish al-Islam', aliases: [] },
    ];
    const text = 'The al-Nusra Front and Jabhat an-Nusra, later just al-Nusra, met Nusra Front envoys. Islam was not discussed.';
    const rows = suggestEntities(text, cards);
    expectValidRows(text, rows);
    expect(rows.filter((row) => row.entityId === 'nusra').map((row) => row.text)).toEqual(['al-Nusra Front', 'Jabhat an-Nusra', 'al-Nusra', 'Nusra Front']);
    expect(rows.filter((row) => row.entityId === 'islam')).toEqual([]); // a bare core word needs its article
  });

  it('does not take a lower-case common word for a card written with capitals', () => {
    const text = 'They held the front line for a week.';
    expect(suggestEntities(text, CARDS).filter((row) => row.entityId === 'front')).toEqual([]);
  });

  it('links an alias that two cards share to one of them, the same one every time', () => {
    const cards: KnownCard[] = [
      { id: 'b', type: 'person', name: 'Abu Omar al-Baghdadi', aliases: ['Abu Omar'] },
      { id: 'a', type: 'person', name: 'Abu Omar al-Shishani', aliases: ['Abu Omar'] },
      { id: 'c', type: 'person', name: 'Abu Omar', aliases: [] },
    ];
    const text = 'Abu Omar spoke.';
    expect(find(suggestEntities(text, cards), 'Abu Omar')?.entityId).toBe('c'); // a card's own name first
    expect(find(suggestEntities(text, cards.slice(0, 2)), 'Abu Omar')?.entityId).toBe('a'); // then by id
    expect(find(suggestEntities(text, [...cards.slice(0, 2)].reverse()), 'Abu Omar')?.entityId).toBe('a');
  });

  it('accepts a prebuilt index and gives the same rows', () => {
    const text = 'Jabhat al-Nusra and ISIS clashed near Raqqa, Syria.';
    expect(suggestEntities(text, new KnownCardIndex(CARDS))).toEqual(suggestEntities(text, CARDS));
  });

  it('proposes alias definitions named after what they define, and reuses them later', () => {
    const text =
      'Fighters of the Syrian Observatory for Human Rights (SOHR) watched ISIS – an acronym for the Islamic State of Iraq and the Levant – advance. SOHR said so.';
    const rows = suggestEntities(text, []);
    expectValidRows(text, rows);
    expect(find(rows, 'Islamic State of Iraq and the Levant')).toEqual({
      text: 'Islamic State of Iraq and the Levant',
      start: text.indexOf('Islamic State'),
      end: text.indexOf('Islamic State') + 'Islamic State of Iraq and the Levant'.length,
      type: 'organization',
      name: 'ISIS',
      entityId: null,
    });
    const sohr = rows.filter((row) => row.text === 'SOHR');
    expect(sohr).toHaveLength(2);
    for (const row of sohr) expect(row).toMatchObject({ type: 'organization', name: 'Syrian Observatory for Human Rights' });
  });

  it('names an alias after the known card it defines', () => {
    const text = 'Jabhat al-Nusra, also known as the Support Front, grew.';
    const row = find(suggestEntities(text, CARDS), 'Support Front');
    expect(row).toMatchObject({ type: 'organization', name: 'Jabhat al-Nusra', entityId: 'nusra' });
  });

  it('recognises people, organisations and places without cards, cleaned of possessives', () => {
    const text =
      'President Bashar al-Assad’s forces shelled Homs province on Monday. Gen. Qassem Soleimani met officials of the Iraqi Ministry of Defence in Baghdad. The Free Syrian Army said Assad had lost control of the Euphrates valley.';
    const rows = suggestEntities(text, []);
    expectValidRows(text, rows);
    expect(find(rows, 'Bashar al-Assad')).toMatchObject({ type: 'person', entityId: null });
    expect(find(rows, 'Assad')).toMatchObject({ type: 'person', name: 'Bashar al-Assad' });
    expect(find(rows, 'Qassem Soleimani')?.type).toBe('person');
    expect(find(rows, 'Iraqi Ministry of Defence')?.type).toBe('organization');
    expect(find(rows, 'Baghdad')?.type).toBe('place');
    expect(find(rows, 'Homs')?.type).toBe('place');
    expect(find(rows, 'Free Syrian Army')?.type).toBe('organization');
    expect(find(rows, 'Monday')).toBeUndefined();
    expect(find(rows, 'Iraqi')).toBeUndefined();
  });

  it('leaves titles and offices out of people’s names', () => {
    const text = 'U.S. Secretary of State John Kerry met Mr. Smith, 45, of Springfield, Illinois. The General Meeting was short.';
    const rows = suggestEntities(text, []);
    expectValidRows(text, rows);
    expect(find(rows, 'John Kerry')?.type).toBe('person');
    expect(find(rows, 'U.S.')?.type).toBe('place');
    expect(find(rows, 'Smith')?.type).toBe('person');
    expect(find(rows, 'Springfield')?.type).toBe('place');
    expect(rows.filter((row) => row.type === 'person').map((row) => row.text)).toEqual(['John Kerry', 'Smith']);
  });

  it('knows Arabic names of groups and people', () => {
    const text =
      'ISIS spokesman Abu Mohammad al-Adnani urged attacks while Ahrar al-Sham and Jaish al-Islam fought Hay’at Tahrir al-Sham. Osama bin Laden was dead.';
    const rows = suggestEntities(text, []);
    expectValidRows(text, rows);
    for (const group of ['ISIS', 'Ahrar al-Sham', 'Jaish al-Islam', 'Hay’at Tahrir al-Sham'])
      expect([group, find(rows, group)?.type]).toEqual([group, 'organization']);
    for (const person of ['Abu Mohammad al-Adnani', 'Osama bin Laden']) expect([person, find(rows, person)?.type]).toEqual([person, 'person']);
  });

  it('suggests the name an acronym defines, whole, named the same', () => {
    const text = 'The Islamic State of Iraq and al-Sham (ISIS) denied it.';
    const rows = suggestEntities(text, []);
    expect(find(rows, 'Islamic State of Iraq and al-Sham')).toMatchObject({ type: 'organization', name: 'Islamic State of Iraq and al-Sham' });
    expect(find(rows, 'ISIS')).toMatchObject({ type: 'organization', name: 'Islamic State of Iraq and al-Sham' });
  });

  it('does not take a title-case headline for one long name', () => {
    const text = 'Al-Qaeda Offshoot Pledges Allegiance To ISIS At Border Town In Syria\nThe group led by Abu Bakr al-Baghdadi took it.';
    const rows = suggestEntities(text, []);
    expectValidRows(text, rows);
    expect(find(rows, 'Al-Qaeda')?.type).toBe('organization');
    expect(find(rows, 'ISIS')?.type).toBe('organization');
    expect(find(rows, 'Syria')?.type).toBe('place');
    expect(rows.some((row) => row.text.includes('Pledges'))).toBe(false);
    const shouting = 'BREAKING: ISIS FIGHTERS SEIZE RAMADI FROM IRAQI ARMY\nMore soon.';
    expect(suggestEntities(shouting, []).map((row) => row.text)).toEqual(['ISIS', 'RAMADI']);
  });

  it('is deterministic and handles empty and odd input', () => {
    const text = 'Al-Qaeda’s offshoot 🚩 pledged loyalty to ISIS in Albu Kamal.\r\n\r\n“Syria” — Iraq…';
    expect(suggestEntities(text, CARDS)).toEqual(suggestEntities(text, CARDS));
    expectValidRows(text, suggestEntities(text, CARDS));
    expect(suggestEntities('', CARDS)).toEqual([]);
    expect(suggestEntities('no names here at all.', [])).toEqual([]);
  });
});
