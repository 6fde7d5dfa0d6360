import { describe, expect, test } from 'vitest';
import { exportFixture } from './export-fixture';
import { ARABIC_NAME, ARABIC_SENTENCE, DELETED_CARD_NAME, LEADER_NAME, NEEDS_EVIDENCE_CLAIM } from './fixture-note';
import { docxText, readZip } from './read-zip';

async function fixtureDocx() {
  const file = await exportFixture('docx');
  expect(file.fileName).toBe('Mosul June 2014 briefing.docx');
  const entries = readZip(file.bytes);
  const xml = entries.get('word/document.xml')!.toString('utf8');
  return { entries, xml, text: docxText(xml) };
}

describe('DOCX export', () => {
  test('the body holds the title, headings, the text with current names, lists and the table', async () => {
    const { xml, text } = await fixtureDocx();
    expect(text).toContain('Mosul: June 2014 / briefing\n');
    expect(text).toContain(`On 10 June militants led by ${LEADER_NAME} took Mosul.[1] Reports agree on the date.[1]\n`);
    expect(text).toContain(`Named in Arabic as ${ARABIC_NAME}; also seen: ${DELETED_CARD_NAME}.`);
    expect(text).toContain(`${ARABIC_SENTENCE}\n`);
    expect(text).toContain('Mosul falls\nTikrit falls\nwithin a day\n');
    expect(text).toContain('☒ Confirm the date\n☐ Find a second source\n');
    expect(text).toContain('Place\nDate\nMosul\n2014-06-10\nTikrit\n2014-06-11\n');
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/u);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/<w:numPr>/u);
    expect(xml).toMatch(/<w:b\/>[\s\S]*?<w:t[^>]*>militants<\/w:t>/u);
  });

  test('citations are superscript numbers linked to a Notes section; Sources list each clipping once', async () => {
    const { xml, text } = await fixtureDocx();
    expect([...xml.matchAll(/<w:hyperlink [^>]*w:anchor="note_(\d+)"/gu)].map((m) => m[1])).toEqual(['1', '1', '2', '3']);
    expect(xml).toContain('<w:vertAlign w:val="superscript"/>');
    expect(text).toContain('[1] “Militants seized control of Mosul on Tuesday.” — Mosul falls to militants, The Daily Record, 2014-06-10.\n');
    expect(text).toContain('[3] “A report no longer in the library.” — An old wire report, Wire, 2014-06. Passage deleted; cited as it was.\n');
    expect(text).toContain(
      '1. Mosul falls to militants — The Daily Record, 2014-06-10. https://news.example.com/mosul_falls. SHA-256 a1b2c3d4e5f6. Grade B2.\n',
    );
    expect(text).toContain('2. Army retreats from Tikrit — Al-Waqa’i, 2014-06-11. SHA-256 ffeeddccbbaa. Ungraded.\n');
    expect(text.match(/Mosul falls to militants —/gu)).toHaveLength(1);
  });

  test('a claim that needs evidence is highlighted and marked', async () => {
    const { xml } = await fixtureDocx();
    expect(xml).toMatch(new RegExp(`<w:highlight w:val="yellow"/>[\\s\\S]*?<w:t[^>]*>${NEEDS_EVIDENCE_CLAIM}</w:t>`, 'u'));
    expect(xml).toContain('[needs evidence]');
  });

  test('links are external hyperlinks to the address', async () => {
    const { entries } = await fixtureDocx();
    const relationships = entries.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(relationships).toContain('Target="https://example.org/report?id=1&amp;x=2"');
    expect(relationships).toContain('Target="https://news.example.com/mosul_falls"');
  });
});
