import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsMatch } from '../../../shared/search/fts-query';
import { parseSearchQuery } from '../../../shared/search/query-syntax';

describe('ftsMatch', () => {
  it('all: every group; any: every term; exclusions with NOT', () => {
    const query = parseSearchQuery('"islamic state" mosul OR raqqa offens* -syria');
    expect(ftsMatch(query, 'all')).toBe('("islamic state" AND ("mosul" OR "raqqa") AND "offens" *) NOT ("syria")');
    expect(ftsMatch(query, 'any')).toBe('("islamic state" OR "mosul" OR "raqqa" OR "offens" *) NOT ("syria")');
  });

  it('leaves out function words unless nothing else is left', () => {
    expect(ftsMatch(parseSearchQuery('what are the problems of heat conduction'), 'all')).toBe('"problems" AND "heat" AND "conduction"');
    expect(ftsMatch(parseSearchQuery('the who'), 'all')).toBe('"the" AND "who"');
    expect(ftsMatch(parseSearchQuery('"the who"'), 'all')).toBe('"the who"');
  });

  it('is null without a word to look for', () => {
    expect(ftsMatch(parseSearchQuery('tag:syria -mosul'), 'all')).toBeNull();
    expect(ftsMatch(parseSearchQuery('🙂'), 'any')).toBeNull();
  });

  it('never gives FTS5 a syntax error, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t (body) VALUES (?)').run('The Islamic State seized Mosul; "car bomb" NEAR Raqqa.');
    const search = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
    const typed = [
      'NEAR(',
      'a AND',
      '"unbalanced',
      'x:y:z',
      '^start',
      '(((',
      ')))',
      '* OR *',
      'col:"a b" - -- ---',
      '"" "" ""',
      'a"b"c',
      '🙂 mosul 🙂',
      'مُوصِل الموصل',
      'AND OR NOT',
      '{body}: mosul',
      'mosul*' + '*'.repeat(50),
      '"' + 'x '.repeat(500),
      'é'.repeat(10_000),
    ];
    let seed = 7;
    const alphabet = ['"', '(', ')', '*', '-', ':', '^', '{', '}', '+', ' ', 'OR', 'AND', 'NOT', 'NEAR', 'mosul', 'state', ',', '\u0000', '\\'];
    for (let index = 0; index < 500; index++) {
      let text = '';
      for (let position = 0; position < 12; position++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      typed.push(text);
    }
    for (const text of typed) {
      const query = parseSearchQuery(text);
      for (const mode of ['all', 'any'] as const) {
        const match = ftsMatch(query, mode);
        if (match !== null) expect(() => search.get(match), `${JSON.stringify(text)} → ${match}`).not.toThrow();
      }
    }
    db.close();
  });
});
