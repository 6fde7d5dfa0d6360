// Entity-level F1 on wikigold (../shared/corpus/ner/wikigold): per document, the distinct
// (type, surface) pairs for PER/ORG/LOC, ours against gold, micro-averaged. Documents 1–72 were
// used while developing; 73–145 were not, and carry the assertion.
import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../shared/entities/suggest-entities';
import { corpusFile } from './corpus-folder';
import { addDocumentScore, emptyScores, precisionRecallF1, readWikigold, type GoldDocument, type Scores } from './wikigold-corpus';

const corpus = corpusFile('ner', 'wikigold', 'wikigold.conll.txt');
const GOLD_TYPE = { person: 'PER', organization: 'ORG', place: 'LOC', other: null } as const;

function score(documents: readonly GoldDocument[]): Scores {
  const scores = emptyScores();
  for (const document of documents) {
    const predicted = new Set<string>();
    for (const row of suggestEntities(document.text, [])) {
      const type = GOLD_TYPE[row.type];
      if (type) predicted.add(`${type}\t${row.text}`);
    }
    addDocumentScore(scores, predicted, document.gold);
  }
  return scores;
}

function table(label: string, scores: Scores): Record<string, string>[] {
  return (['PER', 'ORG', 'LOC', 'ALL'] as const).map((type) => {
    const { precision, recall, f1 } = precisionRecallF1(scores[type]);
    return {
      documents: label,
      type,
      precision: precision.toFixed(3),
      recall: recall.toFixed(3),
      f1: f1.toFixed(3),
      'tp/pred/gold': `${scores[type].truePositives}/${scores[type].predicted}/${scores[type].gold}`,
    };
  });
}

describe.skipIf(corpus.missingReason !== null)('wikigold entity F1', () => {
  it('has the 145 documents the corpus README describes', () => {
    expect(readWikigold(corpus.path)).toHaveLength(145);
  });

  it('scores F1 ≥ 0.60 on documents 73–145 (developed on 1–72)', () => {
    const documents = readWikigold(corpus.path);
    const development = score(documents.slice(0, 72));
    const heldOut = score(documents.slice(72));
    console.log('wikigold, entity-level (distinct type+surface per document, micro-averaged):');
    console.table([...table('1–72 (development)', development), ...table('73–145 (held out)', heldOut)]);
    expect(precisionRecallF1(heldOut.ALL).f1).toBeGreaterThanOrEqual(0.6);
  });
});
