// Word documents: the zip is checked first (not a zip, damaged, zip bomb), then mammoth turns the
// document into HTML, which goes through the same sanitiser as web pages; text comes from that.
import mammoth from 'mammoth';
import { badFile } from '../file-error';
import { textOfElement } from '../html/dom-text';
import { sanitiseHtml } from '../html/sanitise';
import type { ImportedDocument } from '../types';
import { ZipArchive, ZipRefusal } from './zip-archive';

export const DOCX_IMPORTER_VERSION = '1';
const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function importDocx(fileName: string, bytes: Uint8Array): Promise<ImportedDocument> {
  let archive: ZipArchive;
  try {
    archive = ZipArchive.open(bytes);
  } catch (error) {
    if (error instanceof ZipRefusal) throw badFile(fileName, error.message);
    throw error;
  }
  if (!archive.has('word/document.xml')) {
    throw badFile(fileName, 'is a zip archive but not a Word document (it has no word/document.xml), so it was not imported.');
  }
  let converted: { value: string };
  try {
    converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { externalFileAccess: false });
  } catch {
    throw badFile(fileName, 'is a damaged Word document (its contents could not be read), so it was not imported.');
  }
  const { root, html } = sanitiseHtml(converted.value);
  const text = textOfElement(root);
  if (text === '') throw badFile(fileName, 'holds no text, so it was not imported.');
  const properties = coreProperties(archive);
  return {
    title: properties.title ?? cleanLine(root.querySelector('h1')?.textContent),
    text,
    html,
    outlet: null,
    byline: properties.creator,
    publishedAt: null,
    url: null,
    lang: properties.language,
    pageStarts: null,
    mediaType: DOCX_MEDIA_TYPE,
    importer: 'docx',
    importerVersion: DOCX_IMPORTER_VERSION,
  };
}

/** Title, author and language from docProps/core.xml, when the document has them. */
function coreProperties(archive: ZipArchive): { title: string | null; creator: string | null; language: string | null } {
  const xml = archive.read('docProps/core.xml')?.toString('utf8') ?? '';
  const field = (tag: string) => cleanLine(decodeXmlText(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'u').exec(xml)?.[1]));
  return { title: field('dc:title'), creator: field('dc:creator'), language: field('dc:language') };
}

function decodeXmlText(text: string | undefined): string | undefined {
  return text?.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/giu, (entity, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), entity);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), entity);
    return named[name.toLowerCase()] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function cleanLine(value: string | null | undefined): string | null {
  const line = value?.replace(/\s+/gu, ' ').trim();
  return line ? line : null;
}
