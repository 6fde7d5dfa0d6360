// `notes export` through the real command line: the four formats written whole, and the refusals
// (unwritable or missing folder, unknown note, unknown format) with nothing left behind.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { openCore } from '../../../electron/core/core';
import { createClient } from '../../../shared/client';
import { runCli } from '../../helpers/cli-process';
import { makeTempDir, valueOf } from '../../helpers/temp-library';
import { ARABIC_NAME, DELETED_CARD_NAME, LEADER_NAME } from '../core/export/fixture-note';
import { pdfText, squeeze } from '../core/export/pdf-text';
import { docxText, readZip } from '../core/export/read-zip';
import { seedExportLibrary, type Call } from '../core/export/seed-export-library';

async function seededLibrary(): Promise<{ dir: string; library: string; noteId: string }> {
  const dir = makeTempDir('notebook-cli-export');
  const library = join(dir, 'library.sqlite');
  const core = openCore(library, { logError: () => {} });
  try {
    const client = createClient(core.dispatch);
    const call: Call = async (method, input) => valueOf(await client.call(method, input));
    const { noteId } = await seedExportLibrary(call);
    return { dir, library, noteId };
  } finally {
    core.close();
  }
}

/** A folder this process cannot write to: read-only by mode, or (for root, whom modes do not stop) /sys. */
function unwritableFolder(dir: string): string | null {
  const folder = join(dir, 'read-only');
  mkdirSync(folder);
  chmodSync(folder, 0o555);
  try {
    writeFileSync(join(folder, 'probe'), '');
  } catch {
    return folder;
  }
  for (const candidate of ['/sys', '/proc']) {
    try {
      writeFileSync(join(candidate, `probe-${process.pid}`), '');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return candidate;
    }
  }
  return null;
}

describe('cli notes export', () => {
  test('writes Markdown, HTML, DOCX and PDF files whose contents are the note', async () => {
    const { dir, library, noteId } = await seededLibrary();
    const out = (extension: string) => join(dir, `brief.${extension}`);

    const md = await runCli(['notes', 'export', noteId, '--format', 'md', '--out', out('md'), '--library', library, '--json']);
    expect(md.stderr).toBe('');
    expect(md.code).toBe(0);
    expect(JSON.parse(md.stdout)).toMatchObject({ path: out('md'), format: 'md', mediaType: 'text/markdown; charset=utf-8' });
    const markdown = readFileSync(out('md'), 'utf8');
    expect(markdown).toContain(`led by ${LEADER_NAME} took Mosul.[^1]`);
    expect(markdown).toContain('## Sources');

    const html = await runCli(['notes', 'export', noteId, '--format', 'html', '--out', out('html'), '--library', library]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(out('html'));
    const document = new JSDOM(readFileSync(out('html'), 'utf8')).window.document;
    expect([...document.querySelectorAll('a.mention')].map((a) => a.textContent)).toEqual([LEADER_NAME, DELETED_CARD_NAME]);
    expect(document.querySelectorAll('script')).toHaveLength(0);

    const docx = await runCli(['notes', 'export', noteId, '--format', 'docx', '--out', out('docx'), '--library', library]);
    expect(docx.code).toBe(0);
    const docxParts = readZip(readFileSync(out('docx')));
    const body = docxText(docxParts.get('word/document.xml')!.toString('utf8'));
    expect(body).toContain(`Named in Arabic as ${ARABIC_NAME}`);
    expect(docxText(docxParts.get('word/footnotes.xml')!.toString('utf8'))).toContain('“Militants seized control of Mosul on Tuesday.”');

    const pdf = await runCli(['notes', 'export', noteId, '--format', 'pdf', '--out', out('pdf'), '--library', library]);
    expect(pdf.code).toBe(0);
    const { text, title } = await pdfText(readFileSync(out('pdf')));
    expect(title).toBe('Mosul: June 2014 / briefing');
    expect(squeeze(text)).toContain(squeeze(`${LEADER_NAME} took Mosul.[1]`));
    expect(squeeze(text)).toContain(squeeze('1. Mosul falls to militants — The Daily Record, 2014-06-10.'));

    expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  test('a folder that is not writable or does not exist is named, with what to do; nothing is written', async () => {
    const { dir, library, noteId } = await seededLibrary();
    const readOnly = unwritableFolder(dir);
    if (readOnly) {
      const run = await runCli(['notes', 'export', noteId, '--format', 'pdf', '--out', join(readOnly, 'brief.pdf'), '--library', library]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`The folder ${readOnly} is not writable`);
      expect(run.stderr).toContain('Choose a folder you can write to');
      expect(existsSync(join(readOnly, 'brief.pdf'))).toBe(false);
      if (readOnly.startsWith(dir)) expect(readdirSync(readOnly)).toEqual([]);
    }
    const missing = join(dir, 'no-such-folder');
    const run = await runCli(['notes', 'export', noteId, '--format', 'md', '--out', join(missing, 'brief.md'), '--library', library]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The folder ${missing} does not exist. Create it`);
    expect(existsSync(missing)).toBe(false);
  });

  test('an unknown note or format is refused with exit code 1', async () => {
    const { dir, library } = await seededLibrary();
    const unknownNote = await runCli(['notes', 'export', 'no-such-note', '--format', 'md', '--out', join(dir, 'x.md'), '--library', library]);
    expect(unknownNote.code).toBe(1);
    expect(unknownNote.stderr).toMatch(/no note/iu);
    const unknownFormat = await runCli(['notes', 'export', 'whatever', '--format', 'rtf', '--out', join(dir, 'x.rtf'), '--library', library]);
    expect(unknownFormat.code).toBe(1);
    expect(unknownFormat.stderr).toContain('Unknown format "rtf": choose one of md, html, docx, pdf.');
    expect(readdirSync(dir).filter((name) => name.startsWith('x.'))).toEqual([]);
  });
});
