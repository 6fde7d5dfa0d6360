// What a page's JSON-LD (schema.org) says about its article: the published date, the publisher's
// name and the authors' names. Blocks may hold one object, an array of them or an @graph, and
// point to each other by @id; a block that is not valid JSON is skipped.

export interface JsonLdArticle {
  datePublished: string | null;
  publisher: string | null;
  authors: string[];
}

type JsonObject = Record<string, unknown>;

/** Blocks larger than this are data dumps, not page metadata. */
const MAX_BLOCK_CHARS = 1_000_000;
const ARTICLE_TYPE = /(?:Article|BlogPosting|SocialMediaPosting|Report|Review|NewsArticle|Posting)$/u;
const PAGE_TYPE = /(?:^|\b)(?:WebPage|ItemPage|AboutPage|CollectionPage)$/u;

export function readJsonLd(document: Document): JsonLdArticle | null {
  const nodes = Array.from(document.querySelectorAll('script[type]'))
    .filter((script) => script.getAttribute('type')!.trim().toLowerCase() === 'application/ld+json')
    .flatMap((script) => parseBlock(script.textContent ?? ''));
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((node) => hasType(node, ARTICLE_TYPE)) ?? nodes.find((node) => hasType(node, PAGE_TYPE) && 'datePublished' in node);
  if (!article) return null;
  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value['@id'] === 'string' && !('name' in value) ? (byId.get(value['@id']) ?? value) : value;
  return {
    datePublished: firstString(article['datePublished']),
    publisher: nameOf(resolve(firstOf(article['publisher']))),
    authors: listOf(article['author'])
      .map((author) => nameOf(resolve(author)))
      .filter((name): name is string => name !== null),
  };
}

function parseBlock(text: string): JsonObject[] {
  if (text.length > MAX_BLOCK_CHARS) return [];
  // Some pages wrap the JSON in CDATA or comment markers for old browsers.
  const json = text
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--)/u, '')
    .replace(/(?:\]\]>|-->)$/u, '')
    .trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  return listOf(parsed).flatMap((item) => (isObject(item) ? [item, ...listOf(item['@graph']).filter(isObject)] : []));
}

function hasType(node: JsonObject, pattern: RegExp): boolean {
  return listOf(node['@type']).some((type) => typeof type === 'string' && pattern.test(type));
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return /^https?:\/\//iu.test(value.trim()) ? null : value.trim() || null;
  if (!isObject(value)) return null;
  return firstString(value['name']);
}

function firstString(value: unknown): string | null {
  const first = firstOf(value);
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : null;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
