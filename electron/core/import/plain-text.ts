// Plain text, pasted or from a .txt/.md file, cleaned by the rules in shared/clip-text.
import { cleanClipText } from '../../../shared/clip-text';
import { decodeTextBytes } from './decode-text';
import { badFile } from './file-error';
import type { ImportedDocument } from './types';

export const PLAIN_TEXT_IMPORTER_VERSION = '2';

/** Pasted plain text. An empty paste gives empty text: refusing it is the service's decision. */
export function importPastedText(text: string): ImportedDocument {
  return plainTextDocument(text, false, 'text/plain; charset=utf-8', 'paste');
}

export function importTextFile(fileName: string, bytes: Uint8Array, mediaType: 'text/plain' | 'text/markdown'): ImportedDocument {
  const decoded = decodeTextBytes(bytes);
  if (decoded === null) throw badFile(fileName, 'is not a text file (it holds binary data), so it was not imported.');
  const document = plainTextDocument(decoded.text, mediaType === 'text/markdown', `${mediaType}; charset=${decoded.encoding}`, 'text-file');
  if (document.text === '') throw badFile(fileName, 'holds no text (only blank space), so it was not imported.');
  return document;
}

function plainTextDocument(raw: string, markdown: boolean, mediaType: string, importer: string): ImportedDocument {
  const cleaned = cleanClipText(raw, { markdown });
  return {
    title: cleaned.title,
    text: cleaned.text,
    html: null,
    outlet: cleaned.outlet,
    byline: null,
    publishedAt: null,
    url: null,
    lang: null,
    pageStarts: null,
    mediaType,
    importer,
    importerVersion: PLAIN_TEXT_IMPORTER_VERSION,
  };
}
