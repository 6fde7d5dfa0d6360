// Cleaning pasted plain text the way an analyst would by hand: the first line is the title (and
// stays), an outlet line near the end ("IB Times") becomes the outlet, and the comment-form and
// sharing boilerplate a site appends leaves the text. Only trailing lines are ever removed, and
// only lines that match a rule below, so an article's own paragraphs are never touched.

export interface CleanedClipText {
  /** The first line when it is short enough to be a title; it stays in `text`. */
  title: string | null;
  /** A short outlet line found among the trailing lines; it is removed from `text`. */
  outlet: string | null;
  text: string;
}

export interface CleanOptions {
  /** Markdown: an ATX heading marker ("# ") is not part of the title. */
  markdown?: boolean;
}

/** A first line this long or longer is a paragraph, not a title. */
export const TITLE_MAX_CHARS = 300;
/** An outlet's name is short. */
export const OUTLET_MAX_CHARS = 40;
const OUTLET_MAX_WORDS = 5;

export function cleanClipText(raw: string, options: CleanOptions = {}): CleanedClipText {
  const normalised = normaliseLineEnds(raw);
  const lines = normalised.split('\n');
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex === -1) return { title: null, outlet: null, text: '' };

  const kept = lines.slice(firstIndex);
  let outlet: string | null = null;
  // Walk up from the end over the trailing block: blank lines and boilerplate go; the first
  // outlet-like line found there (below at least a title and one paragraph) is the outlet.
  for (let i = kept.length - 1; i > 0; i--) {
    const line = kept[i]!.trim();
    if (line === '' || isBoilerplateLine(line)) {
      kept.splice(i, 1);
      continue;
    }
    if (outlet === null && countContentLines(kept, i) >= 2 && isOutletLine(line)) {
      outlet = line;
      kept.splice(i, 1);
      continue;
    }
    break;
  }

  return { title: titleFromFirstLine(kept[0]!, options), outlet, text: keptText(normalised, lines, firstIndex, kept.length) };
}

/**
 * The kept lines (`count` of them from `first`: only trailing lines are ever removed) without the
 * trailing white space, as a slice of the text they were split from: a large text is not copied again.
 */
function keptText(joined: string, lines: readonly string[], first: number, count: number): string {
  let start = 0;
  for (let i = 0; i < first; i++) start += lines[i]!.length + 1;
  let end = start;
  for (let i = first; i < first + count; i++) end += lines[i]!.length + (i > first ? 1 : 0);
  while (end > start && /\s/u.test(joined[end - 1]!)) end--;
  return joined.slice(start, end);
}

/** The title a first line gives, or null when the line is too long to be one. */
export function titleFromFirstLine(line: string, options: CleanOptions = {}): string | null {
  let title = line.trim();
  if (options.markdown)
    title = title
      .replace(/^#{1,6}\s+/u, '')
      .replace(/\s+#+$/u, '')
      .trim();
  if (title === '' || title.length >= TITLE_MAX_CHARS) return null;
  return title;
}

// Whole-line matches only (case-insensitive, trailing ":", "…" or "." ignored), so a sentence that
// merely mentions sharing or comments is never boilerplate.
const BOILERPLATE_LINES: RegExp[] = [
  // Comment forms (WordPress and the like).
  /^(leave|post|add|write) a (reply|comment)$/,
  /^(\d+|no) (comments?|replies|responses)( yet)?$/,
  /^comments?$/,
  /^be the first to comment( on this article)?$/,
  /^you must be (logged|signed) in to (post|leave|add) a (comment|reply)$/,
  /^log ?in to (post|leave|add) a (comment|reply)$/,
  /^cancel reply$/,
  /^your email address will not be published\.?( required fields are marked \*)?$/,
  /^required fields are marked \*$/,
  /^(name|email|website|comment)( \*)?$/,
  /^save my name, email, and website in this browser for the next time i comment$/,
  /^post comment$/,
  /^notify me of (follow-up comments|new posts) by email$/,
  // Sharing.
  /^share( this( article| story| post| page)?)?( on| via| with)?$/,
  /^share (on|via|to) (facebook|twitter|x|linkedin|whatsapp|reddit|email|telegram|pinterest|tumblr|pocket)$/,
  /^click to (share|email|print)\b.*$/,
  /^(tweet|email|print|pin it|more)$/,
  /^(facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|tumblr|pocket|flipboard|mastodon|threads|bluesky)$/,
  /^(opens in new window)$/,
  // "Like this" blocks and related links.
  /^like this$/,
  /^(like )?loading$/,
  /^related( articles| posts| stories| content)?$/,
  /^you (may|might) also like$/,
];

export function isBoilerplateLine(line: string): boolean {
  const key = line
    .trim()
    .toLowerCase()
    .replace(/[\s:.…]+$/u, '')
    .replace(/\s+/gu, ' ');
  if (key === '') return false;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(key));
}

// Words that stay lower-case inside a title-case name ("Voice of America", "Le Monde", "Al Jazeera").
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'le', 'el', 'al', 'des', 'du', 'der', 'die', 'von', '&']);
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/**
 * A line that names an outlet: short, one to five words, title-case, no sentence punctuation,
 * not a byline ("By …") and not a date.
 */
export function isOutletLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > OUTLET_MAX_CHARS) return false;
  if (/[,;:!?"“”«»()[\]{}]/u.test(text) || /[.…]$/u.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length > OUTLET_MAX_WORDS) return false;
  if (/^by$/i.test(words[0]!)) return false;
  if (/\d/.test(text) && MONTH.test(text)) return false;
  if (!words.some((word) => /\p{L}/u.test(word))) return false;
  return words.every((word, index) => {
    if (index > 0 && NAME_PARTICLES.has(word.toLowerCase())) return true;
    return /^[\p{Lu}\p{N}]/u.test(word);
  });
}

function normaliseLineEnds(raw: string): string {
  const text = raw.replace(/^\ufeff/u, '');
  return text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text;
}

/** How many non-blank lines come before index `end`. */
function countContentLines(lines: string[], end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (lines[i]!.trim() !== '') count++;
  return count;
}
