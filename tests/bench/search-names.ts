// The search bench's entity cards: 20,000 people, groups and places with aliases, made from lists of
// name parts (deterministic), led by a few well-known names whose transliterations differ between
// outlets (al-Zawahiri / Zawahri, al-Julani / Jolani). The first cards are "in the news": clippings
// mention them, by their names and by their aliases, so that entity: and switcher queries have
// real targets.
import type { EntityType } from '../../shared/domain';
import { NAMES as PLACES_IN_THE_NEWS } from './article-text';

export interface BenchCard {
  type: EntityType;
  name: string;
  aliases: string[];
}

/** Names that outlets spell differently; texts use every spelling. */
const WELL_KNOWN: BenchCard[] = [
  { type: 'person', name: 'Ayman al-Zawahiri', aliases: ['Zawahri', 'Ayman al-Zawahri', 'Aiman az-Zawahiri'] },
  { type: 'person', name: 'Abu Mohammad al-Julani', aliases: ['Jolani', 'Abu Muhammad al-Jolani', 'al-Golani', 'Abu Mohammed al-Jawlani'] },
  { type: 'person', name: 'Abu Bakr al-Baghdadi', aliases: ['Ibrahim Awad al-Badri', 'Abu Du’a'] },
  { type: 'person', name: 'Abu Musab al-Zarqawi', aliases: ['Zarkawi', 'al-Zarqawi'] },
  { type: 'person', name: 'Abu Omar al-Shishani', aliases: ['Tarkhan Batirashvili', 'Omar the Chechen'] },
  { type: 'organization', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant'] },
  { type: 'organization', name: 'Jabhat al-Nusra', aliases: ['Nusra Front', 'al-Nusra Front', 'Jabhat Fatah al-Sham'] },
  { type: 'organization', name: 'Hayat Tahrir al-Sham', aliases: ['HTS', 'Tahrir al-Sham'] },
  { type: 'organization', name: 'Ahrar al-Sham', aliases: ['Harakat Ahrar al-Sham al-Islamiyya'] },
  { type: 'place', name: 'Deir Ezzor', aliases: ['Deir ez-Zor', 'Dayr az-Zawr', 'Deir al-Zour'] },
  { type: 'place', name: 'Albu Kamal', aliases: ['Abu Kamal', 'Al-Bukamal', 'Boukamal'] },
  { type: 'place', name: 'Raqqa', aliases: ['ar-Raqqah', 'Rakka'] },
];

const GIVEN = (
  'Omar Hassan Layla Karim Samir Nadia Tariq Huda Yusuf Ahmed Mahmoud Khalid Fatima Aisha Zainab Mariam Ali Hussein ' +
  'Ibrahim Ismail Mustafa Salim Rami Walid Faisal Nabil Jamal Rania Dalia Hana Amina Bilal Hamza Anas Osama Ziad ' +
  'Majid Fadi Nour Rasha Ghassan Bashar Marwan Sami Adnan Hisham Munir Qasim Jalal Kamal Hazem Wael Yasmin Samira ' +
  'Lina Reem Tamer Ayman Adel Sherif Mona Salma Noura Imad Bassam Nizar Ammar Raed Khaled Yousef Mohammed Abdullah'
).split(' ');
const FAMILY = (
  'Mansour Saleh Nasser Aziz Farouk Haddad Khoury Hamdan Darwish Qureshi Rahman Hakim Jaber Sultan Nader Zaidi ' +
  'Barakat Shami Halabi Masri Tikriti Obeidi Jubouri Dulaimi Shammari Anbari Rawi Hashimi Musawi Husseini Kurdi ' +
  'Sabbagh Attar Najjar Hallaq Khatib Qassab Sayegh Bitar Ghanem Hamad Issa Mahmoud Yassin Bakri Hariri Kabbani ' +
  'Tamimi Zoubi Khalil Suleiman Omari Shaheen Awad Ayoub Daher Fakhoury Ghazal Hijazi Jarrah Karam Lahham Mardini ' +
  'Nahhas Qadri Rifai Sabri Tahan Wehbe Yaziji Zaher Abboud Bazzi Chehab Dabbagh Farhat Ghosn Helou Jabri Kassem'
).split(' ');
const GROUP_WORDS = 'Martyrs Liberation Dawn Revolution Unity Free Eastern Northern Desert River Mountain Victory Justice Resistance Tribal'.split(' ');
const GROUP_KINDS = ['Brigade', 'Battalion', 'Front', 'Movement', 'Council', 'Army', 'Committee', 'Forces'];
const PLACE_PARTS = 'Tal Ain Jisr Kafr Deir Bir Ras Khan Qasr Wadi Jabal Marj'.split(' ');

/** Spellings that transliterations of one name take, applied to make a card's alias. */
const RESPELLINGS: Array<[RegExp, string]> = [
  [/ou/, 'u'],
  [/u/, 'ou'],
  [/q/, 'k'],
  [/ee/, 'i'],
  [/i$/, 'y'],
];

function respelled(name: string): string | null {
  for (const [pattern, replacement] of RESPELLINGS) if (pattern.test(name)) return name.replace(pattern, replacement);
  return null;
}

function person(index: number): BenchCard {
  const given = GIVEN[index % GIVEN.length]!;
  const family = FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length]!;
  const generation = Math.floor(index / (GIVEN.length * FAMILY.length));
  const name = generation === 0 ? `${given} ${family}` : `${given} ${GIVEN[generation % GIVEN.length]} ${family}`;
  const aliases = [`Abu ${GIVEN[(index * 7 + 3) % GIVEN.length]} al-${family}`];
  const variant = respelled(family);
  if (variant !== null) aliases.push(`${given} ${variant}`);
  return { type: 'person', name, aliases };
}

function group(index: number): BenchCard {
  const word = GROUP_WORDS[index % GROUP_WORDS.length]!;
  const kind = GROUP_KINDS[Math.floor(index / GROUP_WORDS.length) % GROUP_KINDS.length]!;
  const family = FAMILY[Math.floor(index / (GROUP_WORDS.length * GROUP_KINDS.length)) % FAMILY.length]!;
  const name = `${family} ${word} ${kind}`;
  return { type: 'organization', name, aliases: [`${word} ${kind} of ${family}`, `${family[0]}${word[0]}${kind[0]}`] };
}

function place(index: number): BenchCard {
  const part = PLACE_PARTS[index % PLACE_PARTS.length]!;
  const family = FAMILY[Math.floor(index / PLACE_PARTS.length) % FAMILY.length]!;
  const generation = Math.floor(index / (PLACE_PARTS.length * FAMILY.length));
  const name = generation === 0 ? `${part} ${family}` : `${part} ${family} ${GROUP_WORDS[generation % GROUP_WORDS.length]}`;
  return { type: 'place', name, aliases: [`${part}-${family}`] };
}

/** `count` cards: the well-known ones first, then people, groups and places interleaved. */
export function benchCards(count: number): BenchCard[] {
  const cards = [...WELL_KNOWN, ...PLACES_IN_THE_NEWS.filter((name) => !WELL_KNOWN.some((card) => card.name === name)).map(placeCard)];
  const makers = [person, person, person, group, place];
  const made = [0, 0, 0, 0, 0];
  for (let i = 0; cards.length < count; i++) {
    const kind = i % makers.length;
    const maker = makers[kind]!;
    // Three people share one counter, so that they do not repeat one another.
    const counter = maker === person ? 0 : kind;
    cards.push(maker(made[counter]!++));
  }
  return cards;
}

function placeCard(name: string): BenchCard {
  return { type: 'place', name, aliases: [] };
}

/** The ways a clipping may write a card: its name or any alias. */
export function spellings(card: BenchCard): string[] {
  return [card.name, ...card.aliases];
}
