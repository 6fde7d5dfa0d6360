// The parse itself, bytes in and document out, as it runs inside the parse worker (see worker/):
// the importer is chosen by extension, library errors become one sentence about the file, and the
// text every importer returns is cleaned of stray control characters.
import { extname } from 'node:path';
import { NotebookError } from '../../../shared/errors';
import { withoutControlCharacters } from './control-characters';
import { badFile } from './file-error';
import type { HtmlImportSupport } from './html/sanitise';
import { importTextFile } from './plain-text';
import type { ImportedDocument } from './types';

// Loaded on first use: jsdom, Readability, pdf.js and mammoth take seconds to load, and a worker
// that only ever reads text files needs none of them.
const html = () => import('./html/import-html');
const importHtmlFile: Importer = async (name, bytes) => (await html()).importHtmlFile(name, bytes);
const importPdf: Importer = async (name, bytes) => (await import('./pdf/import-pdf')).importPdf(name, bytes);
const importDocx: Importer = async (name, bytes) => (await import('./docx/import-docx')).importDocx(name, bytes);

type Importer = (fileName: string, bytes: Uint8Array) => ImportedDocument | Promise<ImportedDocument>;

const IMPORTERS: Record<string, { kind: string; run: Importer }> = {
  '.txt': { kind: 'a text file', run: (name, bytes) => importTextFile(name, bytes, 'text/plain') },
  '.text': { kind: 'a text file', run: (name, bytes) => importTextFile(name, bytes, 'text/plain') },
  '.md': { kind: 'a Markdown file', run: (name, bytes) => importTextFile(name, bytes, 'text/markdown') },
  '.markdown': { kind: 'a Markdown file', run: (name, bytes) => importTextFile(name, bytes, 'text/markdown') },
  '.html': { kind: 'a web page', run: importHtmlFile },
  '.htm': { kind: 'a web page', run: importHtmlFile },
  '.pdf': { kind: 'a PDF', run: importPdf },
  '.docx': { kind: 'a Word document', run: importDocx },
};

export const SUPPORTED_EXTENSIONS: string[] = Object.keys(IMPORTERS);

/** Refuses what no importer takes (an unknown extension, an empty file) without starting a parse. */
export function checkImportable(fileName: string, bytes: Uint8Array): void {
  const extension = extname(fileName).toLowerCase();
  if (!IMPORTERS[extension]) {
    throw new NotebookError(
      'invalid_input',
      `${fileName}: ${extension ? `${extension} files cannot` : 'files without an extension cannot'} be imported; ${SUPPORTED_EXTENSIONS.join(', ')} files can.`,
      'fileName',
    );
  }
  if (bytes.length === 0) throw badFile(fileName, 'is empty (0 bytes), so it was not imported.');
}

export async function parseDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  checkImportable(fileName, bytes);
  const importer = IMPORTERS[extname(fileName).toLowerCase()]!;
  try {
    return withoutControlCharacters(await importer.run(fileName, bytes));
  } catch (error) {
    if (error instanceof NotebookError) throw error;
    // A library failing on unusual input is still the file's problem; its own message is not for users.
    throw badFile(fileName, `could not be read as ${importer.kind}; it may be damaged or not what its name says.`);
  }
}

/** HTML from the clipboard (a fragment or a whole page), sanitised as imported pages are. */
export async function parsePastedHtml(pasted: string): Promise<ImportedDocument> {
  try {
    return withoutControlCharacters((await html()).importPastedHtml(pasted));
  } catch (error) {
    if (error instanceof NotebookError) throw error;
    throw new NotebookError('invalid_input', 'The pasted HTML could not be read.', 'html');
  }
}

/** Whether HTML can be imported safely here (DOMPurify works on jsdom). */
export async function checkHtmlImportSupport(): Promise<HtmlImportSupport> {
  return (await import('./html/sanitise')).htmlImportSupport();
}
