// Web pages (saved .html/.htm files and HTML from the clipboard): the article is found, sanitised,
// and its plain text derived from the sanitised DOM, so `text` and `html` always agree.
import { NotebookError } from '../../../../shared/errors';
import { badFile } from '../file-error';
import type { ImportedDocument } from '../types';
import { decodeHtmlBytes } from './decode-html';
import { textOfElement } from './dom-text';
import { readArticle, type ReadArticle } from './read-article';
import { htmlImportSupport, sanitiseHtml } from './sanitise';

// 2: metadata the page declares when Readability gives none; news-page leftovers removed.
export const HTML_IMPORTER_VERSION = '2';

export function importHtmlFile(fileName: string, bytes: Uint8Array): ImportedDocument {
  requireSupport(fileName, 'contentBase64');
  const decoded = decodeHtmlBytes(bytes);
  if (decoded === null) throw badFile(fileName, 'is not a web page (it holds binary data), so it was not imported.');
  const document = articleDocument(readArticle(decoded.text), `text/html; charset=${decoded.encoding}`, 'html-file');
  if (document.text === '') throw badFile(fileName, 'holds no readable text, so it was not imported.');
  return document;
}

/** Clipboard HTML: the copied fragment as it is, or, for a whole page, its article. */
export function importPastedHtml(html: string): ImportedDocument {
  requireSupport('The pasted HTML', 'html');
  const fragment = clipboardFragment(html);
  if (fragment === null) return articleDocument(readArticle(html), 'text/html; charset=utf-8', 'paste-html');
  const { root, html: clean } = sanitiseHtml(fragment);
  return {
    ...emptyMetadata(),
    title: null,
    text: textOfElement(root),
    html: clean,
    mediaType: 'text/html; charset=utf-8',
    importer: 'paste-html',
    importerVersion: HTML_IMPORTER_VERSION,
  };
}

/**
 * The part of clipboard HTML to keep: what browsers mark between <!--StartFragment--> and
 * <!--EndFragment-->, a bare fragment as it is, or null for a complete page.
 */
export function clipboardFragment(html: string): string | null {
  const start = html.indexOf('<!--StartFragment-->');
  const end = html.indexOf('<!--EndFragment-->');
  if (start !== -1 && end > start) return html.slice(start + '<!--StartFragment-->'.length, end);
  return /<(html|body)[\s>]/iu.test(html) ? null : html;
}

function articleDocument(article: ReadArticle, mediaType: string, importer: string): ImportedDocument {
  const { root, html } = sanitiseHtml(article.contentHtml);
  return {
    title: article.title,
    text: textOfElement(root),
    html,
    outlet: article.outlet,
    byline: article.byline,
    publishedAt: article.publishedAt,
    url: article.url,
    lang: article.lang,
    pageStarts: null,
    mediaType,
    importer,
    importerVersion: HTML_IMPORTER_VERSION,
  };
}

function emptyMetadata() {
  return { outlet: null, byline: null, publishedAt: null, url: null, lang: null, pageStarts: null };
}

function requireSupport(what: string, field: string): void {
  const support = htmlImportSupport();
  if (!support.available) {
    throw new NotebookError('invalid_input', `${what} cannot be imported: HTML import is switched off because ${support.reason}`, field);
  }
}
