import { describe, expect, test } from 'vitest';
import { exportFixture } from './export-fixture';
import { ARABIC_NAME, ARABIC_SENTENCE, DELETED_CARD_NAME, LEADER_NAME, NEEDS_EVIDENCE_CLAIM } from './fixture-note';
import { MENTION_SENTENCE, PLAIN_FOOTNOTE, QUOTED_FOOTNOTE, handoverDocument } from './handover-note';
import { docxText, readZip } from './read-zip';
import { writeDocx } from '../../../../electron/core/export/docx-writer';

async function fixtureDocx() {
  const file = await exportFixture('docx');
  expect(file.fileName).toBe('Mosul June 2014 briefing.docx');
  const entries = readZip(file.bytes);
  const xml = entries.get('word/document.xml')!.toString('utf8');
  return { entries, xml, text: docxText(xml), ...footnotesOf(entries) };
}

/** The footnotes part: each real footnote's id and text (Word's separator notes left out). */
function footnotesOf(entries: Map<string, Buffer>): { footnotes: Map<string, string>; footnotesXml: string } {
  const footnotesXml = entries.get('word/footnotes.xml')?.toString('utf8') ?? '';
  const footnotes = new Map<string, string>();
  for (const match of footnotesXml.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/gu)) {
    if (match[1] !== '0') footnotes.set(match[1]!, docxText(match[2]!).trim());
  }
  return { footnotes, footnotesXml };
}

/** The footnote ids the body refers to, in reading order. */
const footnoteReferences = (xml: string) => [...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/gu)].map((match) => match[1]!);

describe('DOCX export', () => {
  test('the body holds the title, headings, the text with current names, lists and the table', async () => {
    const { xml, text } = await fixtureDocx();
    expect(text).toContain('Mosul: June 2014 / briefing\n');
    expect(text).toContain(`On 10 June militants led by ${LEADER_NAME} took Mosul. Reports agree on the date.\n`);
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

  test('citations are real Word footnotes, each saying quote, source, grade and SHA-256; no Notes section; Sources list each clipping once', async () => {
    const { xml, text, footnotes, entries } = await fixtureDocx();
    const references = footnoteReferences(xml);
    expect(references).toHaveLength(4);
    expect(new Set(references).size).toBe(4);
    const [first, again, second, gone] = references.map((id) => footnotes.get(id));
    expect(first).toBe(
      '“Militants seized control of Mosul on Tuesday.” — Mosul falls to militants, The Daily Record, 2014-06-10. Grade B2. SHA-256 a1b2c3d4e5f6.',
    );
    // Word numbers footnotes by place: the passage cited again has a second footnote, saying the same in full.
    expect(again).toBe(first);
    expect(second).toBe('“Soldiers abandoned their posts in Tikrit.” — Army retreats from Tikrit, Al-Waqa’i, 2014-06-11. Ungraded. SHA-256 ffeeddccbbaa.');
    expect(gone).toBe('“A report no longer in the library.” — An old wire report, Wire, 2014-06. Grade C3. Passage deleted; cited as it was.');
    expect(footnotes.size).toBe(4);
    // The parts Word needs to find the footnotes: the relationship and the content type.
    expect(entries.get('word/_rels/document.xml.rels')!.toString('utf8')).toContain('Target="footnotes.xml"');
    expect(entries.get('[Content_Types].xml')!.toString('utf8')).toContain('/word/footnotes.xml');
    expect(text).not.toMatch(/\[\d\]/u);
    expect(text).not.toMatch(/^Notes$/mu);
    expect(text).toContain(
      '1. Mosul falls to militants — The Daily Record, 2014-06-10. https://news.example.com/mosul_falls. SHA-256 a1b2c3d4e5f6. Grade B2.\n',
    );
    expect(text).toContain('2. Army retreats from Tikrit — Al-Waqa’i, 2014-06-11. SHA-256 ffeeddccbbaa. Ungraded.\n');
    expect(text.match(/Mosul falls to militants —/gu)).toHaveLength(1);
  });

  test('a handed-over brief: footnotes without doubled quotation marks, no space before a comma after a mention', async () => {
    const entries = readZip(await writeDocx(handoverDocument()));
    const xml = entries.get('word/document.xml')!.toString('utf8');
    const { footnotes } = footnotesOf(entries);
    expect(footnoteReferences(xml).map((id) => footnotes.get(id))).toEqual([PLAIN_FOOTNOTE, QUOTED_FOOTNOTE]);
    expect(docxText(xml)).toContain(`${MENTION_SENTENCE}\n`);
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
