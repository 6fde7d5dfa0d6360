// Inline runs → the styled pieces of text pdfkit writes one after another (`continued`).
import type { Inline, Marks } from '../document-model';
import { NEEDS_EVIDENCE_MARK } from '../wording';
import { visualWordOrder } from './bidi-words';
import type { FontFace } from './font-files';

export interface Fragment {
  text: string;
  face: FontFace;
  color: string;
  underline: boolean;
  strike: boolean;
  /** A web address the text opens. */
  link: string | null;
  /** A named destination in the file the text jumps to. */
  goTo: string | null;
}

export const COLORS = { text: '#222222', muted: '#666666', link: '#1d4f91', needsEvidence: '#8a5a00' } as const;

export const footnoteDestination = (number: number) => `note-${number}`;

/** The style inherited from around a run: a quote's italics, a link's colour. */
export interface FragmentStyle {
  bold: boolean;
  italic: boolean;
  color: string;
  underline: boolean;
  link: string | null;
}

export const PLAIN_STYLE: FragmentStyle = { bold: false, italic: false, color: COLORS.text, underline: false, link: null };

export function fragmentsOf(inlines: readonly Inline[], style: FragmentStyle = PLAIN_STYLE): Fragment[] {
  const fragments: Fragment[] = [];
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
        fragments.push(...styledText(inline.text, style, inline.marks));
        break;
      case 'lineBreak':
        fragments.push(...styledText('\n', style));
        break;
      case 'link':
        fragments.push(...fragmentsOf(inline.children, { ...style, color: COLORS.link, underline: true, link: inline.url }));
        break;
      case 'mention':
        fragments.push(...styledText(inline.name, style));
        break;
      case 'event':
        fragments.push(...styledText(inline.text, style));
        break;
      case 'citation':
        fragments.push({
          ...styledText(`[${inline.footnote}]`, { ...style, color: COLORS.link, underline: false, link: null })[0]!,
          goTo: footnoteDestination(inline.footnote),
        });
        break;
      case 'needsEvidence':
        fragments.push(...fragmentsOf(inline.children, { ...style, color: COLORS.needsEvidence, underline: true }));
        fragments.push(...styledText(` ${NEEDS_EVIDENCE_MARK}`, { ...style, bold: true, color: COLORS.needsEvidence, underline: false, link: null }));
        break;
    }
  }
  return fragments.filter((fragment) => fragment.text !== '');
}

const RTL_SPLIT = /([\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF][\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\s\u060C]*)/u;
const ARABIC = /[\u0600-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

export function styledText(text: string, style: FragmentStyle, marks?: Marks): Fragment[] {
  const bold = style.bold || !!marks?.bold;
  const italic = style.italic || !!marks?.italic;
  const base = {
    color: marks?.code ? COLORS.muted : style.color,
    underline: style.underline || !!marks?.underline,
    strike: !!marks?.strikethrough,
    link: style.link,
    goTo: null,
  };
  // DejaVu Sans's oblique faces have no Arabic: Arabic words are set upright (as Arabic is anyway).
  return text
    .split(RTL_SPLIT)
    .filter((part) => part !== '')
    .map((part) => ({
      ...base,
      text: visualWordOrder(part),
      face: faceFor(bold, italic && !ARABIC.test(part)),
    }));
}

function faceFor(bold: boolean, italic: boolean): FontFace {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}
