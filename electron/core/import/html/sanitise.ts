// The one HTML sanitiser: DOMPurify on a jsdom window (on linkedom DOMPurify silently returns its
// input unchanged), configured so that nothing it returns can run script, load anything from the
// network or navigate: only data:/blob: images keep a source, links become inert text that shows
// their URL, and styles, forms, frames, embeds and document-level elements are gone.
import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';
import { JSDOM } from 'jsdom';

export type HtmlImportSupport = { available: true } | { available: false; reason: string };

export interface SanitisedHtml {
  /** The sanitised article as a detached element (children only matter); walk it for text. */
  root: HTMLElement;
  html: string;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

const FORBIDDEN_TAGS = [
  // Document-level and loading elements.
  'base',
  'link',
  'meta',
  'style',
  'script',
  'noscript',
  'template',
  'title',
  // Frames, plug-ins and media that fetch.
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'audio',
  'video',
  'source',
  'track',
  // Forms and controls: nothing to submit, nothing to focus.
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'optgroup',
  'datalist',
  'output',
  'dialog',
  // SVG elements that reference or animate other content.
  'use',
  'feimage',
  'foreignobject',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'discard',
];

const FORBIDDEN_ATTRIBUTES = [
  // Styles may load url(…); ids and names can clobber globals the renderer reads; classes could
  // borrow the app's own styles.
  'style',
  'id',
  'name',
  'class',
  'target',
  'autofocus',
  'tabindex',
  'accesskey',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'contenteditable',
  'draggable',
];

// Attributes a browser may fetch or navigate to. All go, except an image's own data:/blob: source
// (and <a href>, which is read before the link is made inert).
const URL_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'sizes',
  'href',
  'xlink:href',
  'poster',
  'background',
  'action',
  'formaction',
  'lowsrc',
  'dynsrc',
  'ping',
  'longdesc',
  'cite',
  'data',
  'codebase',
  'archive',
  'classid',
  'manifest',
  'icon',
  'profile',
  'usemap',
  'xml:base',
  'attributionsrc',
  'imagesrcset',
  'itemid',
  'itemtype',
]);

const CONFIG: Config & { RETURN_DOM: true } = {
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM: true,
};

/** URL schemes an inert link may show; anything else (javascript:, data:, vbscript:) shows no URL. */
const SHOWN_LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'ftp', 'tel', 'news']);

export interface Purifier {
  purify: DOMPurify;
  document: Document;
}

let purifier: Purifier | null = null;
let support: HtmlImportSupport | null = null;

/** Whether HTML can be imported safely here; checked once, then remembered. */
export function htmlImportSupport(): HtmlImportSupport {
  if (support === null) support = checkSupport();
  return support;
}

/** Sanitises an HTML fragment or page body; throws when HTML import is not available. */
export function sanitiseHtml(html: string): SanitisedHtml {
  const { purify, document } = requirePurifier();
  // RETURN_DOM gives the sanitised <body>, or null when nothing body-like survived (a <frameset>).
  const sanitised = purify.sanitize(html, CONFIG) as HTMLElement | null;
  const body = sanitised === null ? document.createElement('body') : keepOnWindowDocument(sanitised, document);
  purify.removed.length = 0;
  makeLinksInert(body);
  removeImagesWithoutSource(body);
  return { root: body, html: body.innerHTML };
}

/**
 * Moves the sanitised <body> out of the document DOMPurify parsed it in, into the window's own
 * document, and takes that parsed document apart, so that nothing of the call stays reachable from
 * the one long-lived window. jsdom's window otherwise keeps (1) every element with an id or a name
 * that is in any of its documents, for `window[id]` (the parsed <head> is never cleaned), and (2) the
 * event listeners its selector engine adds for each document a selector query ever ran on: every
 * page sanitised stayed in memory, and a long session grew without bound.
 */
function keepOnWindowDocument(body: HTMLElement, windowDocument: Document): HTMLElement {
  const parsed = body.ownerDocument;
  if (parsed === windowDocument) return body;
  const kept = windowDocument.adoptNode(body);
  parsed.documentElement?.remove();
  return kept;
}

function requirePurifier(): Purifier {
  const state = htmlImportSupport();
  if (!state.available) throw new Error(`HTML cannot be imported: ${state.reason}`);
  return purifier!;
}

function checkSupport(): HtmlImportSupport {
  try {
    const { window } = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
    const prepared = preparePurifier(window);
    if ('reason' in prepared) return { available: false, reason: prepared.reason };
    purifier = prepared;
    return { available: true };
  } catch (error) {
    return { available: false, reason: `the HTML sanitiser could not start (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/**
 * DOMPurify with our hook on a given window, or why it cannot be trusted there: DOMPurify says it
 * is unsupported (as on linkedom), or it fails a canary (returns a script or a handler unchanged).
 */
export function preparePurifier(window: unknown): Purifier | { reason: string } {
  const purify = createDOMPurify(window as Parameters<typeof createDOMPurify>[0]);
  if (!purify.isSupported) {
    return { reason: 'DOMPurify reports that it cannot sanitise on this window (DOMPurify.isSupported is false).' };
  }
  purify.addHook('uponSanitizeAttribute', dropNetworkAttributes);
  const canary = sanitiseCanary(purify);
  if (canary !== null) return { reason: `the HTML sanitiser failed its self-check (${canary}).` };
  return { purify, document: (window as { document: Document }).document };
}

function sanitiseCanary(purify: DOMPurify): string | null {
  const out = purify.sanitize(
    '<img src="https://example.com/x.png" onerror="alert(1)"><script>alert(1)</script><a href="https://example.com">x</a>',
    CONFIG,
  ) as HTMLElement | null;
  const html = out?.innerHTML ?? '';
  if (/<script|onerror|src=/i.test(html)) return `it returned ${JSON.stringify(html)}`;
  return null;
}

function dropNetworkAttributes(node: Element, data: UponSanitizeAttributeHookEvent): void {
  const name = data.attrName.toLowerCase();
  const value = data.attrValue;
  if (URL_ATTRIBUTES.has(name)) {
    if (!keepsUrlAttribute(node, name, value)) data.keepAttr = false;
    return;
  }
  // Presentation attributes (fill, filter, mask, clip-path…) may reference a resource by url().
  if (/url\s*\(/iu.test(value) && !/^\s*url\(\s*['"]?#/iu.test(value)) data.keepAttr = false;
  // No attribute carries a script URL, even one no browser would follow (a title, an alt).
  if (/(java|vb)script:/iu.test(value.replace(/[\u0000-\u0020]/gu, ''))) data.keepAttr = false;
}

function keepsUrlAttribute(node: Element, name: string, value: string): boolean {
  const tag = node.localName.toLowerCase();
  if (name === 'href' && tag === 'a' && node.namespaceURI === HTML_NAMESPACE) return true; // made inert below
  if (name === 'src' && tag === 'img') return isLocalImageUrl(value);
  if ((name === 'href' || name === 'xlink:href') && tag === 'image') return isLocalImageUrl(value);
  return false;
}

function isLocalImageUrl(value: string): boolean {
  return /^\s*(data:image\/|blob:)/iu.test(value);
}

/**
 * Each <a href> becomes <span class="inert-link" data-url="…">label</span>; an <a> without href
 * (a bookmark) is not a link and leaves only its content; SVG links lose their target.
 */
function makeLinksInert(root: HTMLElement): void {
  for (const link of Array.from(root.querySelectorAll('a'))) {
    if (link.namespaceURI !== HTML_NAMESPACE) {
      link.removeAttribute('href');
      continue;
    }
    if (!link.hasAttribute('href')) {
      link.replaceWith(...Array.from(link.childNodes));
      continue;
    }
    const span = root.ownerDocument.createElement('span');
    span.setAttribute('class', 'inert-link');
    const url = shownUrl(link.getAttribute('href'));
    if (url !== null) span.setAttribute('data-url', url);
    while (link.firstChild) span.appendChild(link.firstChild);
    link.replaceWith(span);
  }
}

/** The URL an inert link shows, or null for in-page anchors and schemes that are not addresses. */
export function shownUrl(href: string | null): string | null {
  const url = href?.trim() ?? '';
  if (url === '' || url.startsWith('#')) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SHOWN_LINK_SCHEMES.has(scheme)) return null;
  // Control characters hide a scheme from the check above ("java\tscript:"); such a URL shows nothing.
  if (/[\u0000-\u001f\u007f]/u.test(url)) return null;
  return url;
}

/** An image whose remote source was removed would only show a broken-image box. */
function removeImagesWithoutSource(root: HTMLElement): void {
  for (const image of Array.from(root.querySelectorAll('img'))) {
    if (!image.hasAttribute('src')) image.remove();
  }
}
