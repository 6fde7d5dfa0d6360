// notes.export through dispatch on a real library: the present state of cards, passages and clippings.
import { describe, expect, test } from 'vitest';
import { createClient } from '../../../../shared/client';
import { errorOf, openTempCore, valueOf } from '../../../helpers/temp-library';
import { ARABIC_NAME, DELETED_CARD_NAME, LEADER_NAME } from './fixture-note';
import { pdfText, squeeze } from './pdf-text';
import { readZip, docxText } from './read-zip';
import { seedExportLibrary, SEEDED_URL_A, type Call } from './seed-export-library';

function openSeededCore() {
  const core = openTempCore();
  const client = createClient(core.dispatch);
  const call: Call = async (method, input) => valueOf(await client.call(method, input));
  return { client, call };
}

describe('notes.export', () => {
  test('Markdown reads the library as it is now: renamed card, deleted card, deleted passage, trashed clipping', async () => {
    const { client, call } = openSeededCore();
    const { noteId, sha256A, sha256B } = await seedExportLibrary(call);
    const file = valueOf(await client.call('notes.export', { id: noteId, format: 'md' }));
    expect(file.fileName).toBe('Mosul June 2014 briefing.md');
    expect(file.mediaType).toBe('text/markdown; charset=utf-8');
    const markdown = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(markdown).toContain(`led by ${LEADER_NAME} took Mosul.[^1] Reports *agree* on the date.[^1]`);
    expect(markdown).toContain(`also seen: ${DELETED_CARD_NAME}.`);
    expect(markdown).toContain(`Named in Arabic as ${ARABIC_NAME}`);
    expect(markdown).toContain(`1. Mosul falls to militants — The Daily Record, 2014-06-10. <${SEEDED_URL_A}>. SHA-256 ${sha256A.slice(0, 12)}. Grade B2.`);
    expect(markdown).toContain(`2. Army retreats from Tikrit — Al-Waqa’i, 2014-06-11. SHA-256 ${sha256B.slice(0, 12)}. Ungraded.`);
    expect(markdown).toMatch(/3\. An old wire report — Wire, 2014-06\. SHA-256 [0-9a-f]{12}\. Ungraded\. In the Trash\./u);
    expect(markdown).toContain(
      `[^1]: “Militants seized control of Mosul on Tuesday.” — Mosul falls to militants, The Daily Record, 2014-06-10. Grade B2. SHA-256 ${sha256A.slice(0, 12)}.`,
    );
    expect(markdown).toMatch(
      /^\[\^3\]: “A report no longer in the library\.” — An old wire report, Wire, 2014-06\. Ungraded\. SHA-256 [0-9a-f]{12}\. Passage deleted; cited as it was\.$/mu,
    );
  });

  test('every format comes back as base64 with its media type, and an unknown note is not_found', async () => {
    const { client, call } = openSeededCore();
    const { noteId } = await seedExportLibrary(call);
    const html = valueOf(await client.call('notes.export', { id: noteId, format: 'html' }));
    expect(Buffer.from(html.base64, 'base64').toString('utf8')).toContain(`<a class="mention" href="#entity-1">${LEADER_NAME}</a>`);
    const docx = valueOf(await client.call('notes.export', { id: noteId, format: 'docx' }));
    expect(docx.fileName).toBe('Mosul June 2014 briefing.docx');
    expect(docxText(readZip(Buffer.from(docx.base64, 'base64')).get('word/document.xml')!.toString('utf8'))).toContain(LEADER_NAME);
    const pdf = valueOf(await client.call('notes.export', { id: noteId, format: 'pdf' }));
    expect(pdf.mediaType).toBe('application/pdf');
    expect(squeeze((await pdfText(Buffer.from(pdf.base64, 'base64'))).text)).toContain(squeeze(LEADER_NAME));
    expect(errorOf(await client.call('notes.export', { id: 'no-such-note', format: 'md' })).code).toBe('not_found');
    expect(errorOf(await client.call('notes.export', { id: noteId, format: 'rtf' as never })).code).toBe('invalid_input');
  });
});
