// Date suggestions measured on TimeBank (183 TimeML news documents), beside chrono-node alone in the
// same run. Scoring (timeml-scoring.ts): precision, recall and F1 count a suggestion that overlaps a
// gold DATE (the check outside the repo); a suggestion is right when its span overlaps a gold DATE and
// it covers the same days as the gold value. The documents are split by a hash of their name into a
// development part (tuned on) and a held-out part (not looked at while tuning); the held-out
// figures must be at least chrono-node's.
import { describe, expect, it } from 'vitest';
import { suggestDates } from '../../../shared/timeline/date-suggestions';
import { corpusPath } from '../../helpers/corpus';
import { readTimemlFolder, type TimemlDocument } from '../../helpers/timeml';
import { chronoAlone } from './chrono-baseline';
import { labelledNewsDates } from './labelled-news-dates';
import { emptyCounts, figures, goldDays, scoreDocument, type Counts, type ScoredSuggestion } from './timeml-scoring';

const corpus = corpusPath('timeml', 'timebank');

/** FNV-1a of the file name: a split that does not follow the sources' name order. */
function isDevelopment(name: string): boolean {
  let hash = 2166136261;
  for (const character of name) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  return (hash >>> 0) % 100 < 60;
}

type Suggester = (document: TimemlDocument) => ScoredSuggestion[];

const ours: Suggester = (document) => suggestDates(document.text, document.creationDate.slice(0, 10));
const chrono: Suggester = (document) => chronoAlone(document.text, document.creationDate);

function measure(documents: TimemlDocument[], suggester: Suggester): Counts {
  const counts = emptyCounts();
  for (const document of documents) scoreDocument(document, suggester(document), counts);
  return counts;
}

function row(part: string, who: string, counts: Counts): string {
  const { precision, recall, f1, rightValues, strictF1 } = figures(counts);
  const cells = [part, who, precision.toFixed(3), recall.toFixed(3), f1.toFixed(3), `${(rightValues * 100).toFixed(1)} %`, strictF1.toFixed(3)];
  const counted = `${counts.right}/${counts.suggestions} right, ${counts.found}/${counts.gold} gold found, ${counts.matched} matched`;
  return `${cells.map((cell, index) => cell.padEnd(index < 2 ? 12 : 11)).join('')}${counted}`;
}

describe.skipIf(!corpus.exists)('date suggestions on TimeBank', () => {
  const documents = corpus.exists ? readTimemlFolder(corpus.path) : [];
  const development = documents.filter((document) => isDevelopment(document.name));
  const heldOut = documents.filter((document) => !isDevelopment(document.name));
  const results = {
    development: { ours: measure(development, ours), chrono: measure(development, chrono) },
    heldOut: { ours: measure(heldOut, ours), chrono: measure(heldOut, chrono) },
  };

  it('prints precision, recall, F1 and right values, ours beside chrono-node alone', () => {
    const gold = documents.flatMap((document) => document.timeExpressions.filter((item) => item.type === 'DATE'));
    const withDays = gold.filter((item) => goldDays(item.value) !== null).length;
    const header = ['part', 'who', 'precision', 'recall', 'F1', 'right val.', 'strict F1'];
    console.log(
      [
        `TimeBank: ${documents.length} documents, ${development.length} development, ${heldOut.length} held out`,
        `${gold.length} gold DATEs, ${withDays} of them with days (the others, such as PRESENT_REF, can be found but never right)`,
        header.map((cell, index) => cell.padEnd(index < 2 ? 12 : 11)).join(''),
        row('development', 'ours', results.development.ours),
        row('development', 'chrono-node', results.development.chrono),
        row('held out', 'ours', results.heldOut.ours),
        row('held out', 'chrono-node', results.heldOut.chrono),
      ].join('\n'),
    );
    expect(documents).toHaveLength(183);
    expect(development.length).toBeGreaterThan(90);
    expect(heldOut.length).toBeGreaterThan(50);
  });

  it('does at least as well as chrono-node alone on the held-out documents', () => {
    const mine = figures(results.heldOut.ours);
    const theirs = figures(results.heldOut.chrono);
    expect(mine.f1).toBeGreaterThanOrEqual(theirs.f1);
    expect(mine.rightValues).toBeGreaterThanOrEqual(theirs.rightValues);
    expect(mine.precision).toBeGreaterThanOrEqual(theirs.precision);
    expect(mine.strictF1).toBeGreaterThanOrEqual(theirs.strictF1);
  });
});

describe('date suggestions on our labelled news sentences', () => {
  const documents = labelledNewsDates();
  const mine = measure(documents, ours);
  const theirs = measure(documents, chrono);

  it('prints the figures beside chrono-node alone and does at least as well', () => {
    console.log(
      [
        `Labelled news sentences: ${documents.length} texts, ${mine.gold} gold DATEs`,
        row('labelled', 'ours', mine),
        row('labelled', 'chrono-node', theirs),
      ].join('\n'),
    );
    expect(mine.gold).toBeGreaterThanOrEqual(40);
    expect(figures(mine).f1).toBeGreaterThanOrEqual(figures(theirs).f1);
    expect(figures(mine).rightValues).toBeGreaterThanOrEqual(figures(theirs).rightValues);
  });
});
