// Plain text, pasted or from a .txt/.md file, cleaned by the rules in shared/clip-text.
import { cleanClipText } from '../../../shared/clip-text';
import { decodeTextBytes } from './decode-text';
import { badFile } from './file-error';
import { splitFrontMatter } from './front-matter';
import type { ImportedDocument } from './types';

// 3: a Markdown file's front matter fills the clipping's fields and leaves the text.
export const PLAIN_TEXT_IMPORTER_VERSION = '3';

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
  // Only Markdown files carry front matter; in plain text a leading "---" is the writer's own.
  const { fields, body, warning } = markdown ? splitFrontMatter(raw) : { fields: null, body: raw, warning: null };
  const cleaned = cleanClipText(body, { markdown });
  return {
    title: fields?.title ?? cleaned.title,
    text: cleaned.text,
    html: null,
    outlet: fields?.outlet ?? cleaned.outlet,
    byline: fields?.byline ?? null,
    publishedAt: fields?.publishedAt ?? null,
    url: fields?.url ?? null,
    lang: null,
    pageStarts: null,
    mediaType,
    ...(fields && fields.tags.length > 0 ? { tags: fields.tags } : {}),
    ...(warning ? { warnings: [warning] } : {}),
    importer,
    importerVersion: PLAIN_TEXT_IMPORTER_VERSION,
  };
}
