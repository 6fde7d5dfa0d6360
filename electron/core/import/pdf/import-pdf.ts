// PDFs: the text layer of every page through pdf.js (legacy build, loaded on first use), with
// eval off and nothing fetched; `pageStarts` gives the offset in `text` where each page starts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decodeTextBytes } from '../decode-text';
import { badFile } from '../file-error';
import type { ImportedDocument } from '../types';
import { pageText, type PdfTextItem } from './page-text';

export const PDF_IMPORTER_VERSION = '1';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** pdf.js's own data folders, read from disk (CJK character maps, standard font metrics). */
function pdfjsDataFolder(name: 'cmaps' | 'standard_fonts'): string {
  const packageJson = createRequire(__filename).resolve('pdfjs-dist/package.json');
  return `${join(dirname(packageJson), name)}/`;
}

export async function importPdf(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    cMapUrl: pdfjsDataFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsDataFolder('standard_fonts'),
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw openError(fileName, error);
    });
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.flatMap((item): PdfTextItem[] => ('str' in item ? [item] : []))));
      page.cleanup();
    }
    const { text, pageStarts } = joinPages(pages);
    if (text === '') {
      throw badFile(fileName, 'has no text layer (its pages may be scanned images, and text recognition is not supported), so it was not imported.');
    }
    if (!looksReadable(text)) {
      throw badFile(
        fileName,
        'has no readable text (what its pages give as text is mostly control characters: its fonts may not say which letters they draw), so it was not imported. Save it as text from the program that made it, or import a copy with a text layer.',
      );
    }
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    return {
      title: pdfTitle(info['Title']),
      text,
      html: null,
      outlet: null,
      byline: stringOrNull(info['Author']),
      publishedAt: null,
      url: null,
      lang: stringOrNull(info['Language']),
      pageStarts,
      mediaType: 'application/pdf',
      importer: 'pdf',
      importerVersion: PDF_IMPORTER_VERSION,
    };
  } finally {
    await task.destroy();
  }
}

/**
 * The text importers' judgement of unreadable text (decodeTextBytes: more than 1 % control
 * characters), applied to the extracted text. A NUL alone does not condemn it, as it does a file's
 * bytes: it is counted like any other control character.
 */
function looksReadable(text: string): boolean {
  return decodeTextBytes(Buffer.from(text.replace(/\u0000/gu, '\u0001'), 'utf8')) !== null;
}

/** Pages joined by a blank line; an empty page starts where the next text would. */
export function joinPages(pages: string[]): { text: string; pageStarts: number[] } {
  let text = '';
  const pageStarts: number[] = [];
  for (const page of pages) {
    if (page === '') {
      pageStarts.push(text === '' ? 0 : text.length + 2);
      continue;
    }
    if (text !== '') text += '\n\n';
    pageStarts.push(text.length);
    text += page;
  }
  // Trailing empty pages point at the end of the text, not past it.
  return { text, pageStarts: pageStarts.map((start) => Math.min(start, text.length)) };
}

function openError(fileName: string, error: unknown) {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return badFile(fileName, 'is encrypted (password-protected), so its text cannot be read. Save a copy without the password and import that.');
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') {
    return badFile(fileName, 'is not a valid PDF (it is damaged, truncated or not a PDF at all), so it was not imported.');
  }
  return badFile(fileName, 'could not be opened as a PDF; it may be damaged.');
}

function pdfTitle(value: unknown): string | null {
  const title = stringOrNull(value)?.replace(/^Microsoft Word - /u, '');
  if (!title || /\.(docx?|pdf|rtf|odt)$/iu.test(title) || /^untitled$/iu.test(title)) return null;
  return title;
}

function stringOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
}
