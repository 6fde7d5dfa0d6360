// The search key in JS must be what migration 8's SQL computes, or typed names would miss the index.
import { describe, expect, it } from 'vitest';
import { searchKeyOfText, searchKeyOfWord } from '../../../shared/search/search-key';

describe('searchKeyOfText', () => {
  it('meets transliterations of one name', () => {
    expect(searchKeyOfText('Zawahiri')).toBe(searchKeyOfText('Zawahri'));
    expect(searchKeyOfText('Jolani')).toBe(searchKeyOfText('Julani'));
    expect(searchKeyOfText('Qaeda')).toBe(searchKeyOfText('Qaida'));
    expect(searchKeyOfText('Hussein')).toBe(searchKeyOfText('Husayn'));
    expect(searchKeyOfText('Mohammed')).toBe(searchKeyOfText('Muhammad'));
    expect(searchKeyOfText('Khalid')).toBe(searchKeyOfText('Kalid'));
  });

  it('agrees with the SQL of migration 8 (the index view computes it for every clipping title)', async () => {
    const { openLibrary } = await import('../../../electron/core/db/open-library');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'search-key-'));
    const library = openLibrary(join(dir, 'library.sqlite'));
    try {
      const samples = [
        'Ayman al-Zawahiri',
        'Abu Mohammad al-JOLANI',
        'Qaeda Khorasan Ghazi Dhahran Pharouk Mackey',
        'Hassan Ḥusayn café',
        'الظواهري Mosul 2014',
        'Shishani aabbccddffgghhjjkkllmmnnpprrssttvvwwxxzz',
      ];
      const insert = library.db.prepare(
        "INSERT INTO clippings (id, title, text, sha256, importer, importer_version, word_count, captured_at, updated_at) VALUES (?, ?, '', 's', 't', '1', 0, 'x', 'x')",
      );
      library.db.prepare("INSERT INTO originals VALUES ('s', x'00', 1, 'text/plain')").run();
      samples.forEach((title, index) => insert.run(`c${index}`, title));
      const sqlKeys = library.db.prepare("SELECT keys FROM search_source WHERE kind = 'clipping' ORDER BY item_id").pluck().all();
      expect(sqlKeys).toEqual(samples.map(searchKeyOfText));
    } finally {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('searchKeyOfWord', () => {
  it('folds only words long enough to keep apart from others', () => {
    expect(searchKeyOfWord('zawahiri')).toBe('zwhr');
    expect(searchKeyOfWord('cat')).toBeNull();
    expect(searchKeyOfWord('area')).toBeNull();
    expect(searchKeyOfWord('الظواهري')).toBeNull();
  });
});
