import { describe, expect, it } from 'vitest';
import { foldName, foldedWords } from '../../../shared/entities/fold-name';

/** Two names are one when both fold to the same non-empty key. */
function namesMatch(a: string, b: string): boolean {
  const key = foldName(a);
  return key !== '' && key === foldName(b);
}

describe('foldName', () => {
  it('folds case, diacritics, hyphens and punctuation', () => {
    expect(foldName('Tomo Miličević')).toBe(foldName('TOMO MILICEVIC'));
    expect(foldName('São Paulo')).toBe(foldName('Sao Paulo'));
    expect(foldName('Jean-Luc Picard')).toBe(foldName('Jean Luc Picard'));
    expect(foldName('U.S.')).toBe(foldName('US'));
    expect(foldName("O'Neal")).toBe(foldName('ONeal'));
    expect(foldName('  Syria,  ')).toBe('syria');
  });

  it('drops the Arabic article as a prefix of any word', () => {
    const keys = ['al-Nusra', 'Al-Nusra', 'Al Nusra', 'el-Nusra', 'Nusra', 'AL-NUSRA'].map(foldName);
    expect(new Set(keys).size).toBe(1);
    expect(foldName('Abu Bakr al-Baghdadi')).toBe(foldName('Abu Bakr Baghdadi'));
    expect(foldName('Omar ash-Shishani')).toBe(foldName('Omar al-Shishani'));
    expect(foldName('Deir ez-Zor')).toBe(foldName('Deir Zor'));
  });

  it('drops the article joined to a word in Arabic script', () => {
    expect(foldName('أيمن الظواهري')).toBe(foldName('أيمن ظواهري'));
    expect(foldName('الظواهري')).not.toBe('');
  });

  it('keeps an article that is the whole name, and one that ends it', () => {
    expect(foldName('Al')).toBe('al');
    expect(foldName('Abu Yusuf Al')).toContain('al');
  });

  it('folds common transliteration variants together', () => {
    const pairs: [string, string][] = [
      ['Ayman al-Zawahri', 'Ayman al-Zawahiri'],
      ['al-Qaeda', 'al-Qaida'],
      ['Al Qaeda', 'Al-Qaida'],
      ['Sheikh', 'Shaykh'],
      ['Hussein', 'Husayn'],
      ['Hassan', 'Hasan'],
      ['Mohammed', 'Mohamed'],
      ['Kareem', 'Karim'],
      ['Yousef', 'Yusef'],
      ['Abou Hamza', 'Abu Hamzah'],
      ['Khalid', 'Kalid'],
      ['Iraq', 'Irak'],
      ['Dhahran', 'Dahran'],
      ['Mahmood', 'Mahmud'],
    ];
    for (const [a, b] of pairs) expect([a, foldName(a)]).toEqual([a, foldName(b)]);
  });

  it('keeps different names apart', () => {
    const distinct: [string, string][] = [
      ['Hassan', 'Hussein'],
      ['Amir', 'Amr'],
      ['Omar', 'Amr'],
      ['Said', 'Saad'],
      ['Ali', 'Alia'],
      ['Ahmed', 'Mahmoud'],
      ['Hamid', 'Hamad'],
      ['Hamid', 'Hamd'],
      ['Bakr', 'Bakir'],
      ['Ellen', 'Allan'],
      ['Zawahri', 'Zarqawi'],
      ['Syria', 'Serbia'],
      ['Iran', 'Iraq'],
      ['Sunni', 'Sunna'],
    ];
    for (const [a, b] of distinct) expect([a, b, foldName(a)]).not.toEqual([a, b, foldName(b)]);
  });

  it('is deterministic and idempotent on its own keys for plain words', () => {
    expect(foldName('Islamic State of Iraq and the Levant')).toBe(foldName('Islamic State of Iraq and the Levant'));
    for (const name of ['syria', 'nusra front', 'kayda']) expect(foldName(foldName(name))).toBe(foldName(name));
  });
});

describe('foldName keys', () => {
  it('match folded equals and never empty names', () => {
    expect(namesMatch('Jabhat al-Nusra', 'Jabhat an-Nusra')).toBe(true);
    expect(namesMatch('Zawahri’s', 'Zawahiri')).toBe(true);
    expect(namesMatch('ISIS', 'Isis')).toBe(true);
    expect(namesMatch('ISIS', 'ISIL')).toBe(false);
    expect(namesMatch('', '')).toBe(false);
    expect(namesMatch('—', '…')).toBe(false);
  });
});

describe('foldedWords', () => {
  it('gives offsets into the text, marks articles and leaves possessives out', () => {
    const text = 'Baghdadi dismissed Zawahri’s orders at al-Nusra';
    const words = foldedWords(text);
    for (const word of words) expect(word.end).toBeGreaterThan(word.start);
    const zawahri = words.find((word) => word.key === foldName('Zawahri'))!;
    expect(text.slice(zawahri.start, zawahri.end)).toBe('Zawahri');
    const article = words.find((word) => word.article)!;
    expect(text.slice(article.start, article.end)).toBe('al');
  });
});
