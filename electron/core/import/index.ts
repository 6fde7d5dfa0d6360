// The importers by file type. Each turns bytes into an ImportedDocument or throws a
// NotebookError whose message names the file and says what is wrong with it.
import { extname } from 'node:path';
import { NotebookError } from '../../../shared/errors';
import { badFile } from './file-error';
import type { HtmlImportSupport } from './html/sanitise';
import { importTextFile } from './plain-text';
import type { ImportedDocument } from './types';

export type { ImportedDocument } from './types';
export type { HtmlImportSupport } from './html/sanitise';
export { importPastedText } from './plain-text';

// Loaded on first use: jsdom, Readability, pdf.js and mammoth take seconds to load, and most
// commands (and every plain-text import) need none of them.
const html = () => import('./html/import-html');
const sanitiser = () => import('./html/sanitise');
const importHtmlFile: Importer = async (name, bytes) => (await html()).importHtmlFile(name, bytes);
const importPdf: Importer = async (name, bytes) => (await import('./pdf/import-pdf')).importPdf(name, bytes);
const importDocx: Importer = async (name, bytes) => (await import('./docx/import-docx')).importDocx(name, bytes);

/** Whether HTML can be imported safely here (DOMPurify works on jsdom); checked once. */
export async function htmlImportSupport(): Promise<HtmlImportSupport> {
  return (await sanitiser()).htmlImportSupport();
}

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

export async function importDocument(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const extension = extname(fileName).toLowerCase();
  const importer = IMPORTERS[extension];
  if (!importer) {
    throw new NotebookError(
      'invalid_input',
      `${fileName}: ${extension ? `${extension} files cannot` : 'files without an extension cannot'} be imported; ${SUPPORTED_EXTENSIONS.join(', ')} files can.`,
      'fileName',
    );
  }
  if (bytes.length === 0) throw badFile(fileName, 'is empty (0 bytes), so it was not imported.');
  try {
    return await importer.run(fileName, bytes);
  } catch (error) {
    if (error instanceof NotebookError) throw error;
    // A library failing on unusual input is still the file's problem; its own message is not for users.
    throw badFile(fileName, `could not be read as ${importer.kind}; it may be damaged or not what its name says.`);
  }
}

/** HTML from the clipboard (a fragment or a whole page), sanitised as imported pages are. */
export async function importPastedHtml(pasted: string): Promise<ImportedDocument> {
  try {
    return await (await html()).importPastedHtml(pasted);
  } catch (error) {
    if (error instanceof NotebookError) throw error;
    throw new NotebookError('invalid_input', 'The pasted HTML could not be read.', 'html');
  }
}
