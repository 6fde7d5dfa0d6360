// News-page leftovers that Readability keeps inside the article: lines that are only a label for
// something the text cannot show ("Photo", "Advertisement", "Continue reading the main story",
// "Skip to content"), image credit lines ("Photo: Joseph Cox", "JIM WATSON/AFP/Getty Images") and
// link URLs printed in parentheses on a line of their own, which break a sentence in two. Only a
// whole line is ever removed, and only when all of it matches: a sentence that mentions a photo
// stays. Runs on the linkedom tree before sanitising, so the Reader's HTML and the text agree.

const LABEL_LINES = new RegExp(
  '^(?:' +
    [
      'photos?',
      'images?',
      'videos?',
      'audio',
      'graphic',
      'advertisements?',
      'advertising',
      'ad',
      'sponsored(?: content)?',
      'supported by',
      'continue reading(?: the main story| below)?',
      'story continues(?: below(?: advertisement)?)?',
      'article continues below(?: advertisement)?',
      'scroll to continue(?: with content)?',
      'skip (?:to (?:main )?content|to navigation|navigation|ad(?:vertisement)?)',
      'play video',
      'listen to (?:this )?article',
      'media playback is unsupported on your device',
      'share(?: this(?: article| story)?| on (?:facebook|twitter|x|linkedin|whatsapp))?',
      'image copyright',
      'image caption',
      'photo credit',
    ].join('|') +
    ')[.:…]?$',
  'iu',
);
/** "Photo: …", "Photo by …", "Photo Credit …", "Image copyright …", "Credit: …" (short lines only). */
const CREDIT_LINE =
  /^(?:(?:top |lead )?(?:photo(?:graph)?|image|picture|illustration|video)s?\s*(?:credit\b|by\b|courtesy\b|copyright\b|:)|credits?\s*:|courtesy of\b)/iu;
/** A bare "Credit Harry Campbell" is a credit only inside a figure. */
const BARE_CREDIT = /^credit\s*\S/iu;
/** "JIM WATSON/AFP/Getty Images", "(Mike Watson Images/Moodboard/Getty)": short names separated by slashes, an agency among them. */
const AGENCY_CREDIT = /^\(?[^/()]{2,40}(?:\/[^/()]{2,40})+\)?$/u;
const LONGEST_CREDIT_SEGMENT_WORDS = 4;
const AGENCY = /\b(?:getty|afp|ap|reuters|epa|istock|shutterstock|alamy|photodisc|moodboard|digital vision|bloomberg|xinhua)\b/iu;
const PRINTED_URL = /^\(\s*(?:https?:\/\/|www\.)\S+\s*\)$/iu;
const LONGEST_CREDIT_WORDS = 14;

// Headings are never leftovers: an "Images" heading names a section of the article.
const LINE_BLOCKS = new Set(['p', 'div', 'figcaption', 'li', 'dt', 'dd', 'blockquote', 'section', 'aside', 'header', 'footer']);
const BLOCK_CHILDREN = new Set([...LINE_BLOCKS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'figure', 'img', 'picture', 'video']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Removes the leftovers from the article; gives the text of each removed line (for the record and for tests). */
export function removeLeftovers(root: Element): string[] {
  const removed: string[] = [];
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    // Readability's article root has no parent; other elements without one were removed with an ancestor.
    if (element !== root && !element.parentNode) continue;
    if (hasBlockChild(element)) {
      removed.push(...removeInlineRuns(element));
      continue;
    }
    if (!LINE_BLOCKS.has(element.localName.toLowerCase())) continue;
    const line = lineText(element.textContent);
    if (element.parentNode && line !== '' && isLeftover(line, element)) {
      removed.push(line);
      element.parentNode.removeChild(element);
    }
  }
  for (const br of Array.from(root.querySelectorAll('br'))) removed.push(...removePrintedUrlAfter(br));
  return removed;
}

export function isLeftover(line: string, element: Element | null = null): boolean {
  if (LABEL_LINES.test(line) || PRINTED_URL.test(line)) return true;
  const words = line.split(' ').length;
  if (words > LONGEST_CREDIT_WORDS || /[.!?]["”’]?$/u.test(line)) return false;
  if (CREDIT_LINE.test(line)) return true;
  if (AGENCY_CREDIT.test(line) && AGENCY.test(line) && !/^\(?(?:https?:|www\.)/iu.test(line) && isShortNames(line)) return true;
  return BARE_CREDIT.test(line) && words <= 6 && element?.closest('figure, figcaption') != null;
}

/** "text<br>(https://…)<br>more text": the printed URL and one of its line breaks go, the sentence joins. */
function removePrintedUrlAfter(br: Element): string[] {
  const parts: Node[] = [];
  let next = br.nextSibling;
  while (next !== null && !(next.nodeType === ELEMENT_NODE && (next as Element).localName.toLowerCase() === 'br')) {
    parts.push(next);
    next = next.nextSibling;
  }
  const line = lineText(parts.map((part) => part.textContent ?? '').join(''));
  if (!PRINTED_URL.test(line)) return [];
  if (!parts.every((part) => part.nodeType === TEXT_NODE || (part as Element).localName?.toLowerCase() === 'a')) return [];
  for (const part of parts) part.parentNode?.removeChild(part);
  // Both line breaks were the URL's: the sentence around it joins again.
  if (next !== null) next.parentNode?.removeChild(next);
  br.parentNode?.replaceChild(br.ownerDocument.createTextNode(' '), br);
  return [line];
}

/** In a block holding blocks, each run of text between them is a line of its own ("<figure> Photo <div>…"). */
function removeInlineRuns(element: Element): string[] {
  const removed: string[] = [];
  let run: Node[] = [];
  const settle = () => {
    const line = lineText(run.map((node) => node.textContent ?? '').join(''));
    if (line !== '' && isLeftover(line, element)) {
      removed.push(line);
      for (const node of run) node.parentNode?.removeChild(node);
    }
    run = [];
  };
  for (const child of Array.from(element.childNodes)) {
    const isBlock = child.nodeType === ELEMENT_NODE && BLOCK_CHILDREN.has((child as Element).localName.toLowerCase());
    const isBreak = child.nodeType === ELEMENT_NODE && (child as Element).localName.toLowerCase() === 'br';
    if (isBlock || isBreak) settle();
    else if (child.nodeType === TEXT_NODE || child.nodeType === ELEMENT_NODE) run.push(child);
  }
  settle();
  return removed;
}

function isShortNames(line: string): boolean {
  return line.split('/').every((segment) => segment.trim().split(' ').length <= LONGEST_CREDIT_SEGMENT_WORDS);
}

function hasBlockChild(element: Element): boolean {
  for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (BLOCK_CHILDREN.has(child.localName.toLowerCase())) return true;
  }
  return false;
}

function lineText(text: string | null): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}
