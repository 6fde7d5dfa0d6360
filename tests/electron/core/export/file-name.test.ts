import { describe, expect, test } from 'vitest';
import { exportFileName } from '../../../../electron/core/export/file-name';

describe('export file names', () => {
  test('characters file systems refuse become spaces; the extension is added', () => {
    expect(exportFileName('Mosul: June 2014 / briefing?', 'md')).toBe('Mosul June 2014 briefing.md');
    expect(exportFileName('a\\b*c|d"e<f>g\u0007h', 'pdf')).toBe('a b c d e f g h.pdf');
  });

  test('keeps non-Latin titles, drops leading and trailing dots, names empty and reserved titles', () => {
    expect(exportFileName('ملاحظات الموصل', 'html')).toBe('ملاحظات الموصل.html');
    expect(exportFileName('..hidden.', 'md')).toBe('hidden.md');
    expect(exportFileName('  / ', 'docx')).toBe('Untitled note.docx');
    expect(exportFileName('CON', 'pdf')).toBe('CON note.pdf');
  });

  test('a long title is cut to at most 200 bytes of UTF-8, never inside a character', () => {
    const name = exportFileName('ب'.repeat(300), 'md');
    expect(Buffer.byteLength(name.replace(/\.md$/u, ''), 'utf8')).toBe(200);
    expect(name).toBe(`${'ب'.repeat(100)}.md`);
  });
});
