import { describe, expect, it } from 'vitest';
import { findAliasDefinitions, isAcronymPair } from '../../../shared/entities/alias-definitions';

function pairs(text: string): [string, string][] {
  return findAliasDefinitions(text).map((definition) => {
    expect(text.slice(definition.alias.start, definition.alias.end)).toBe(definition.alias.text);
    expect(text.slice(definition.named.start, definition.named.end)).toBe(definition.named.text);
    return [definition.alias.text, definition.named.text];
  });
}

describe('findAliasDefinitions', () => {
  it('reads "an acronym for" with the expansion whole, "and the" included', () => {
    expect(pairs('It will allow ISIS – an acronym for the Islamic State of Iraq and the Levant – to control both sides.')).toEqual([
      ['Islamic State of Iraq and the Levant', 'ISIS'],
    ]);
  });

  it('reads also known as, formerly known as and known as', () => {
    expect(pairs('Abu Mohammed al-Julani, also known as Ahmed al-Sharaa, spoke.')).toEqual([['Ahmed al-Sharaa', 'Abu Mohammed al-Julani']]);
    expect(pairs('Hay’at Tahrir al-Sham, formerly known as Jabhat al-Nusra, holds Idlib.')).toEqual([['Jabhat al-Nusra', 'Hay’at Tahrir al-Sham']]);
    expect(pairs('The Islamic State, known as Daesh in Arabic, retreated.')).toEqual([['Daesh', 'Islamic State']]);
  });

  it('reads an acronym in parentheses after its expansion, and the other way round', () => {
    expect(pairs('The Syrian Observatory for Human Rights (SOHR) said so.')).toEqual([['SOHR', 'Syrian Observatory for Human Rights']]);
    expect(pairs('AFP (Agence France-Presse) reported it.')).toEqual([['Agence France-Presse', 'AFP']]);
  });

  it('reads "X, or Y," only when one is an acronym of the other', () => {
    expect(pairs('The Islamic State, or ISIS, took Mosul.')).toEqual([['ISIS', 'Islamic State']]);
    expect(pairs('Fighters came from Syria, Iraq, or Jordan, officials said.')).toEqual([]);
    expect(pairs('He flew to Paris, or London, last week.')).toEqual([]);
  });

  it('ignores parentheses that do not define a name', () => {
    expect(pairs('Bob Smith (the builder) met Google (GOOG) and Kabul (Afghanistan).')).toEqual([]);
    expect(pairs('a group known as the Base')).toEqual([]);
  });
});

describe('isAcronymPair', () => {
  it('checks the letters against the initials in order', () => {
    expect(isAcronymPair('Syrian Observatory for Human Rights', 'SOHR')).toBe(true);
    expect(isAcronymPair('ISIL', 'Islamic State of Iraq and the Levant')).toBe(true);
    expect(isAcronymPair('NATO', 'Islamic State')).toBe(false);
    expect(isAcronymPair('Goog', 'Google Inc')).toBe(false);
  });
});
