// The search bench's words: a Zipf-like distribution over a few thousand words (real news words at
// the head, made-up words in the long tail), so that a library has very common words, ordinary
// ones and rare ones as real text does; plus a list of rare words that each land in a handful of
// clippings. Deterministic: the same lists every run.
import { articleWords } from '../helpers/articles';
import { WORDS as NEWS_WORDS } from './article-text';

/** More news words than article-text's, so that the head of the distribution reads like reporting. */
const MORE_NEWS_WORDS = (
  'analysts diplomats envoy envoys sanctions embassy mission delegation summit ministers cabinet decree ' +
  'budget revenue smuggling smugglers trafficking weapons ammunition drones drone airstrike airstrikes shelling ' +
  'mortar rockets artillery tanks vehicles trucks pipeline refinery fields wells exports imports currency ' +
  'inflation wages salaries shortages bread fuel diesel harvest wheat farmers livestock drought floods ' +
  'displaced camp camps shelter tents winter summer spring autumn river valley mountains desert plains ' +
  'tribe tribes tribal elders clan clans sheikh imam mosque church clinic doctors nurses patients vaccine ' +
  'cholera outbreak journalists journalist newspaper broadcast television radio website video footage ' +
  'photographs images satellite evidence investigation inquiry prosecutors judge verdict prison prisoners ' +
  'detainees detention release exchange hostages kidnapping ransom bombing explosion blast suicide bomber ' +
  'gunmen ambush raid raids arrests arrested suspects network cell cells financing donors recruitment ' +
  'recruits training camp defectors defection loyalists insurgents insurgency offensive counteroffensive ' +
  'frontline front lines positions outskirts neighbourhood neighbourhoods districts suburbs countryside ' +
  'governorate municipality mayor governor councillors volunteers militia militias paramilitary guards ' +
  'intelligence surveillance informants documents records archive ledger receipts payments transfers ' +
  'accounts banks contracts companies contractors construction reconstruction rubble ruins damage damaged ' +
  'destroyed rebuilt restored reopened closed blocked besieged siege encircled withdrew withdrawal retreat ' +
  'advance advanced captured seized recaptured liberated stormed overran surrendered fled escaped ' +
  'negotiated mediated brokered signed ratified rejected postponed delayed resumed suspended collapsed ' +
  'stalled renewed extended expired violated accused alleged condemned praised welcomed criticised ' +
  'questioned interviewed testified acknowledged insisted argued suggested predicted feared hoped expected'
).split(' ');

/** Common words that carry little meaning; the most frequent of all. */
export const FUNCTION_WORDS: readonly string[] = 'the of and to in a is that for on with as was by at from it an be are has have had said were which'.split(
  ' ',
);

/** Made-up words for the long tail (place-like and jargon-like words), distinct from the real ones. */
function tailWords(count: number): string[] {
  const known = new Set([...NEWS_WORDS, ...MORE_NEWS_WORDS]);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of articleWords(31_337, count * 6)) {
    if (word.length < 5 || known.has(word) || seen.has(word)) continue;
    seen.add(word);
    out.push(word);
    if (out.length === count) break;
  }
  return out;
}

const TAIL_WORDS = 2_500;

/** Every word, most frequent first: function words, news words, then the made-up tail. */
export const VOCABULARY: readonly string[] = [...new Set([...FUNCTION_WORDS, ...NEWS_WORDS, ...MORE_NEWS_WORDS, ...tailWords(TAIL_WORDS)])];

/** Words of the news head that carry meaning (not function words): the "common word" queries' pool. */
export const COMMON_WORDS: readonly string[] = VOCABULARY.filter((word) => !FUNCTION_WORDS.includes(word)).slice(0, 200);

/** Words found in only a few clippings each: two-part made-up words no other list holds. */
export function rareWords(count: number): string[] {
  const parts = articleWords(4_242, count * 4);
  const vocabulary = new Set(VOCABULARY);
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i + 1 < parts.length && out.length < count; i += 2) {
    const word = `${parts[i]}${parts[i + 1]}`;
    if (word.length < 7 || vocabulary.has(word) || seen.has(word)) continue;
    seen.add(word);
    out.push(word);
  }
  return out;
}

/** A sampler of ranks 0..size-1 with probability ∝ 1 / (rank + 1)^exponent. */
export function zipfSampler(size: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
