import { describe, expect, test } from 'vitest';
import type { NoteExport } from '../../../../shared/domain';
import { writePdf } from '../../../../electron/core/export/pdf/pdf-writer';
import { openTempCore, valueOf } from '../../../helpers/temp-library';
import { exportFixture } from './export-fixture';
import { ARABIC_NAME, DELETED_CARD_NAME, LEADER_NAME, NEEDS_EVIDENCE_CLAIM } from './fixture-note';
import { MENTION_SENTENCE, PLAIN_FOOTNOTE, QUOTED_FOOTNOTE, handoverDocument } from './handover-note';
import { heading, noteContent, paragraph, rtlParagraph, text } from './lexical-nodes';
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
      '[1] “Militants seized control of Mosul on Tuesday.” — Mosul falls to militants, The Daily Record, 2014-06-10. Grade B2. SHA-256 a1b2c3d4e5f6.',
      '[2] “Soldiers abandoned their posts in Tikrit.” — Army retreats from Tikrit, Al-Waqa’i, 2014-06-11. Ungraded. SHA-256 ffeeddccbbaa.',
      '[3] “A report no longer in the library.” — An old wire report, Wire, 2014-06. Grade C3. Passage deleted; cited as it was.',
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

  test('text DejaVu Sans lacks (Chinese, Japanese, Korean) reads back from the fallback font; what no font has is a visible U+FFFD, never U+0000', async () => {
    const core = openTempCore();
    const lines = {
      chinese: '中华人民共和国国务院新闻办公室',
      japanese: 'ひらがなとカタカナと漢字',
      korean: '대한민국 국방부',
      latin: 'Łódź, São Paulo, Zürich, Ærøskøbing',
    };
    const content = noteContent(
      heading('h2', text(`标题 ${lines.chinese}`, 'bold')),
      paragraph(text(lines.chinese)),
      paragraph(text(lines.japanese, 'italic')),
      paragraph(text(lines.korean)),
      paragraph(text(lines.latin)),
      rtlParagraph(text('مرحبا')),
      paragraph(text('mixed 北京 and emoji 🦊 end')),
    );
    const note = valueOf(await core.dispatch('notes.create', { title: '多语言 brief', content })) as { id: string };
    const file = valueOf(await core.dispatch('notes.export', { id: note.id, format: 'pdf' })) as NoteExport;
    const { text: extracted } = await pdfText(Buffer.from(file.base64, 'base64'));
    expect(extracted).not.toContain('\u0000');
    const squeezed = squeeze(extracted);
    for (const line of [...Object.values(lines), '标题', '多语言brief', 'mixed北京andemoji']) expect(squeezed, line).toContain(squeeze(line));
    expect(squeezed).toContain('مرحبا');
    expect(squeezed).toMatch(/emoji\uFFFDend/u);
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DroidSansFallback/u);
  });

  test('each footnote says quote, source, grade and SHA-256, without doubled quotation marks; no space before a comma after a mention', async () => {
    const { text: extracted } = await pdfText(await writePdf(handoverDocument()));
    const squeezed = squeeze(extracted);
    expect(squeezed).toContain(squeeze(`[1] ${PLAIN_FOOTNOTE}`));
    expect(squeezed).toContain(squeeze(`[2] ${QUOTED_FOOTNOTE}`));
    expect(squeezed).not.toContain('““');
    // Squeezing drops spaces, so the comma's place after the name is read from the text as extracted.
    expect(extracted.replace(/\s+/gu, ' ')).toContain(MENTION_SENTENCE);
  });
});
