// Exporting a note: the one entry the notes.export handler and the CLI share. Reads the note and
// what the library says now about its citations and mentions, builds the document, writes the format.
import type { NoteExport, NoteExportFormat } from '../../../shared/domain';
import { buildDocument } from './build-document';
import type { ExportDocument } from './document-model';
import { exportFileName } from './file-name';
import { writeHtml } from './html-writer';
import { gatherFacts, type ExportLibrary } from './library-facts';
import { writeMarkdown } from './markdown-writer';

export type { ExportLibrary } from './library-facts';

interface FormatWriter {
  extension: string;
  mediaType: string;
  write(document: ExportDocument): Buffer | Promise<Buffer>;
}

export const EXPORT_WRITERS: Record<NoteExportFormat, FormatWriter> = {
  md: { extension: 'md', mediaType: 'text/markdown; charset=utf-8', write: (document) => Buffer.from(writeMarkdown(document), 'utf8') },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8', write: (document) => Buffer.from(writeHtml(document), 'utf8') },
  // Word and PDF load their libraries (docx; pdfkit and its fonts) on first use: a quarter of a
  // second that every start of the CLI, the server and the desktop app paid for nothing.
  docx: {
    extension: 'docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: async (document) => (await import('./docx-writer')).writeDocx(document),
  },
  pdf: { extension: 'pdf', mediaType: 'application/pdf', write: async (document) => (await import('./pdf/pdf-writer')).writePdf(document) },
};

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  bytes: Buffer;
}

/** The note as a file in the format; `not_found` (from notes.get) when there is no such note. */
export async function exportNoteFile(library: ExportLibrary, input: { id: string; format: NoteExportFormat }): Promise<ExportedFile> {
  const note = await library['notes.get']({ id: input.id });
  const facts = await gatherFacts(library, note.content);
  const writer = EXPORT_WRITERS[input.format];
  const bytes = await writer.write(buildDocument(note, facts));
  return { fileName: exportFileName(note.title, writer.extension), mediaType: writer.mediaType, bytes };
}

/** For the notes.export handler: the file as base64, for the page to download. */
export async function exportNote(library: ExportLibrary, input: { id: string; format: NoteExportFormat }): Promise<NoteExport> {
  const file = await exportNoteFile(library, input);
  return { fileName: file.fileName, mediaType: file.mediaType, base64: file.bytes.toString('base64') };
}
