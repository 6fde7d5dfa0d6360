import { describe, expect, test } from 'vitest';
import { exportFixture } from './export-fixture';
import { ARABIC_NAME, DELETED_CARD_NAME, LEADER_NAME, NEEDS_EVIDENCE_CLAIM } from './fixture-note';
import { pdfText, squeeze } from './pdf-text';

describe('PDF export', () => {
  test('the text holds the title, current names (accented and Arabic), footnote numbers, notes and Sources lines', async () => {
    const file = await exportFixture('pdf');
    expect(file.mediaType).toBe('application/pdf');
    expect(file.fileName).toBe('Mosul June 2014 briefing.pdf');
    const { text, title } = await pdfText(file.bytes);
    expect(title).toBe('Mosul: June 2014 / briefing');
    const squeezed = squeeze(text);
    for (const expected of [
      'Mosul: June 2014 / briefing',
      `led by ${LEADER_NAME} took Mosul.[1] Reports agree on the date.[1]`,
      'The army left Tikrit[2]',
      DELETED_CARD_NAME,
      ARABIC_NAME,
      `${NEEDS_EVIDENCE_CLAIM} [needs evidence]`,
      'Place',
      '2014-06-11',
      '[1] “Militants seized control of Mosul on Tuesday.” — Mosul falls to militants, The Daily Record, 2014-06-10.',
      '[3] “A report no longer in the library.” — An old wire report, Wire, 2014-06. Passage deleted; cited as it was.',
      '1. Mosul falls to militants — The Daily Record, 2014-06-10. https://news.example.com/mosul_falls. SHA-256 a1b2c3d4e5f6. Grade B2.',
      '2. Army retreats from Tikrit — Al-Waqa’i, 2014-06-11. SHA-256 ffeeddccbbaa. Ungraded.',
      '3. An old wire report — Wire, 2014-06. Grade C3. No longer in the library; as it was when cited.',
    ]) {
      expect(squeezed, expected).toContain(squeeze(expected));
    }
  });

  test('exporting the same note twice gives the same bytes (dates come from the note)', async () => {
    const [first, second] = [await exportFixture('pdf'), await exportFixture('pdf')];
    expect(first.bytes.equals(second.bytes)).toBe(true);
    expect((await pdfText(first.bytes)).creationDate).toMatch(/^D:20240302103000Z/u);
  });

  test('the DejaVu fonts are embedded, not a standard font', async () => {
    const raw = (await exportFixture('pdf')).bytes.toString('latin1');
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans\b/u);
    expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans-Bold\b/u);
    expect(raw).not.toContain('/BaseFont /Helvetica');
  });
});
