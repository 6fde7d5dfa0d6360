// Realistic plain-text clippings for the bench: a title line, ~600 words in paragraphs of news-like
// sentences, an outlet line. Deterministic (seeded), and every article different from the others,
// so the service's duplicate detection neither matches exact copies nor flags near-duplicates.
import { seededRandom } from '../helpers/seeded-random';

export const WORDS = (
  'the of and to in a is that for on with as was by at from it an be are has have had said were which ' +
  'officials government forces group fighters border town province city region ministry army police rebels ' +
  'militants attack attacks killed wounded civilians residents according report reports statement spokesman ' +
  'monitoring observatory agency sources local international security military operation operations control ' +
  'crossing highway checkpoint village district capital north south east west eastern western northern southern ' +
  'week month year days hours morning night early late last next since after before during while amid despite ' +
  'leader commander brigade units troops coalition alliance talks agreement ceasefire truce negotiations council ' +
  'refugees aid supplies convoy hospital school market bridge airport oil gas water electricity prices economy ' +
  'election parliament president minister party opposition protest protesters court trial sentence charges ' +
  'claimed denied confirmed announced warned urged called told added noted described estimated reported ' +
  'new former senior several many two three four five dozens hundreds thousands first second major key'
).split(' ');
export const NAMES = ['Albu Kamal', 'Deir Ezzor', 'Al-Qaim', 'Raqqa', 'Mosul', 'Aleppo', 'Homs', 'Idlib', 'Tikrit', 'Fallujah', 'Ramadi', 'Kirkuk'];
const PEOPLE = ['Abu Yusuf', 'Omar Hassan', 'Layla Karim', 'Samir Aziz', 'Nadia Farouk', 'Karim Saleh', 'Huda Nasser', 'Tariq Mansour'];
export const OUTLETS = ['IB Times', 'Reuters', 'Al Jazeera', 'BBC News', 'The Guardian', 'Associated Press'];

export function articleTexts(count: number, wordsPerArticle = 600, seed = 20140702): string[] {
  const next = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const length = 12 + Math.floor(next() * 14);
    const words: string[] = [];
    for (let i = 0; i < length; i++) words.push(i % 9 === 4 ? pick(next() < 0.5 ? NAMES : PEOPLE) : pick(WORDS));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: count }, (_, index) => {
    const title = `${pick(NAMES)}: ${sentence().slice(0, -1)} (${index + 1})`;
    const paragraphs: string[] = [];
    let words = 0;
    while (words < wordsPerArticle) {
      const paragraph = Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(' ');
      words += paragraph.split(' ').length;
      paragraphs.push(paragraph);
    }
    return [title, ...paragraphs, pick(OUTLETS)].join('\n');
  });
}
