// YAML front matter as web clippers write it at the top of a Markdown clipping (Obsidian Web
// Clipper, MarkDownload, Zotero-like exports): title, source/url, author, published/date/created,
// tags, site. It becomes the clipping's fields and leaves the text. Parsed with the yaml package's
// core schema (no custom tags, no timestamps turned into Dates), a size cap and few aliases; front
// matter that cannot be read stays in the text, with a warning, so nothing is lost.
import { parseDocument } from 'yaml';
import { MAX_TAG_CHARS } from '../../../shared/limits';
import { statedDay } from '../../../shared/stated-date';

export interface ClippingFields {
  title: string | null;
  url: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  tags: string[];
}

export interface SplitFrontMatter {
  /** null when the text has no front matter (or none that could be read). */
  fields: ClippingFields | null;
  /** The text without its front matter. */
  body: string;
  warning: string | null;
}

/** Front matter longer than this is not a clipper's metadata block. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
const MAX_ALIASES = 10;
const MAX_TAGS = 200;
const OPENING = /^---[ \t]*\r?\n/u;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/mu;

export function splitFrontMatter(text: string): SplitFrontMatter {
  const none = { fields: null, body: text, warning: null };
  const opening = OPENING.exec(text);
  if (!opening) return none;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return none;
  const yaml = rest.slice(0, closing.index);
  // A Markdown rule ("---") followed by prose is not front matter: it must start with a key.
  if (!/^\s*[\w"'-][^\n]*:(?:\s|$)/u.test(yaml)) return none;
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    return { ...none, warning: `The front matter is longer than ${MAX_FRONT_MATTER_CHARS / 1024} KB, so it was kept as text.` };
  }
  const mapping = readYaml(yaml);
  if (typeof mapping === 'string') return { ...none, warning: `The front matter could not be read (${mapping}), so it was kept as text.` };
  const body = rest.slice(closing.index + closing[0].length).replace(/^[ \t]*\r?\n/u, '');
  return { fields: clippingFields(mapping), body, warning: null };
}

/** The mapping, or why there is none. */
function readYaml(yaml: string): Record<string, unknown> | string {
  const document = parseDocument(yaml, { schema: 'core', customTags: [], uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) return firstLine(document.errors[0]!.message);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return firstLine(error instanceof Error ? error.message : String(error));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not a list of keys and values';
  return value as Record<string, unknown>;
}

function clippingFields(mapping: Record<string, unknown>): ClippingFields {
  const field = (...keys: string[]) => keys.map((key) => mapping[key]).find((value) => value !== undefined && value !== null && value !== '');
  const url = [field('source'), field('url'), field('link')].map(scalar).find((value) => value !== null && /^https?:\/\/\S+$/iu.test(value)) ?? null;
  return {
    title: scalar(field('title')),
    url,
    byline: names(field('author', 'authors', 'creator')),
    outlet: scalar(field('site', 'site_name', 'publisher', 'website')),
    publishedAt: [field('published'), field('date'), field('created')].map((value) => statedDay(scalar(value))).find((day) => day !== null) ?? null,
    tags: tags(field('tags', 'tag', 'keywords')),
  };
}

function scalar(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const line = value.replace(/\s+/gu, ' ').trim();
  return line === '' ? null : line;
}

/** An author or a list of them; Obsidian writes them as wiki links ("[[Jane Doe]]", "[[jane-doe|Jane Doe]]"). */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value]).map(scalar).filter((name): name is string => name !== null);
  const plain = list.map((name) => name.replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/gu, '$1').trim()).filter((name) => name !== '');
  return plain.length > 0 ? [...new Set(plain)].join(', ') : null;
}

/** A list or a comma-separated string; "#" and wiki brackets dropped, too-long names left out. */
function tags(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.map(scalar) : (scalar(value)?.split(',') ?? []);
  const cleaned = raw
    .map((tag) =>
      (tag ?? '')
        .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/gu, '$1')
        .replace(/^#/u, '')
        .trim(),
    )
    .filter((tag) => tag !== '' && tag.length <= MAX_TAG_CHARS);
  return [...new Set(cleaned)].slice(0, MAX_TAGS);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/\s+/gu, ' ').trim();
}
