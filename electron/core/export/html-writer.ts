// ExportDocument → one self-contained HTML file: escaped text, a small inline stylesheet, no script
// and nothing fetched from anywhere (its own CSP says so). Mentions link to an Entities appendix,
// citations to numbered notes that link back.
import type { Block, EntityEntry, EventEntry, ExportDocument, Footnote, Inline, ListItem, Marks, Source } from './document-model';
import { isEmptyInline, titleIsFirstHeading } from './plain-text';
import { safeLinkUrl } from './safe-link';
import {
  ENTITIES_HEADING,
  EVENTS_HEADING,
  NEEDS_EVIDENCE_MARK,
  NOTES_HEADING,
  SOURCES_HEADING,
  entitySummary,
  eventEntryText,
  footnoteText,
  sourceDetails,
} from './wording';

const STYLESHEET = `
body { font: 16px/1.55 Georgia, 'DejaVu Serif', serif; max-width: 44em; margin: 2em auto; padding: 0 1em; color: #222; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #bbb; color: #444; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; text-align: start; vertical-align: top; }
code, pre { font-family: 'DejaVu Sans Mono', monospace; background: #f3f3f3; }
pre { padding: 0.6em; overflow-x: auto; }
.task { list-style: none; }
a.mention { color: inherit; text-decoration: underline dotted; }
mark.needs-evidence { background: #ffe08a; }
.needs-evidence-mark { font-size: 0.8em; color: #8a5a00; }
sup.citation a { text-decoration: none; }
.remark { color: #666; }
.backmatter { font-size: 0.92em; border-top: 1px solid #ccc; margin-top: 2em; }
`;

// Nothing in the file may load or run: only its own inline styles apply.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function writeHtml(document: ExportDocument): string {
  const body: string[] = [];
  if (!titleIsFirstHeading(document)) body.push(`<h1>${escapeHtml(document.title)}</h1>`);
  for (const block of document.blocks) body.push(blockHtml(block));
  if (document.footnotes.length > 0) body.push(notesSection(document.footnotes, document.sources));
  if (document.sources.length > 0) body.push(sourcesSection(document.sources));
  if (document.events.length > 0) body.push(eventsSection(document.events));
  if (document.entities.length > 0) body.push(entitiesSection(document.entities));
  return [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLESHEET}</style>`,
    '</head>',
    '<body>',
    '<article>',
    ...body.filter((part) => part !== ''),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return isEmptyInline(block.content) ? '' : `<h${block.level}${dir(block.rtl)}>${inlineHtml(block.content)}</h${block.level}>`;
    case 'paragraph':
      return isEmptyInline(block.content) ? '' : `<p${dir(block.rtl)}>${inlineHtml(block.content)}</p>`;
    case 'quote':
      return `<blockquote>${block.paragraphs.map((p) => `<p dir="auto">${inlineHtml(p)}</p>`).join('')}</blockquote>`;
    case 'list': {
      const tag = block.style === 'number' ? 'ol' : 'ul';
      const start = block.style === 'number' && block.start !== 1 ? ` start="${block.start}"` : '';
      return `<${tag}${start}>${block.items.map(listItemHtml).join('')}</${tag}>`;
    }
    case 'table':
      return `<table><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => (cell.header ? `<th>${inlineHtml(cell.content)}</th>` : `<td>${inlineHtml(cell.content)}</td>`)).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
  }
}

function dir(rtl: boolean): string {
  return rtl ? ' dir="rtl"' : ' dir="auto"';
}

function listItemHtml(item: ListItem): string {
  const content = inlineHtml(item.content) + item.children.map(blockHtml).join('');
  if (item.checked === null) return `<li>${content}</li>`;
  const box = `<input type="checkbox" disabled${item.checked ? ' checked' : ''}>`;
  return `<li class="task">${box} ${content}</li>`;
}

function inlineHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return markedHtml(escapeHtml(inline.text), inline.marks);
        case 'lineBreak':
          return '<br>';
        case 'link':
          return `<a href="${escapeHtml(inline.url)}" rel="noreferrer">${inlineHtml(inline.children)}</a>`;
        case 'mention':
          return `<a class="mention" href="#entity-${inline.entity}">${escapeHtml(inline.name)}</a>`;
        case 'event':
          return `<a class="mention event" href="#event-${inline.event}">${escapeHtml(inline.text)}</a>`;
        case 'citation':
          return `<sup class="citation"><a href="#note-${inline.footnote}">[${inline.footnote}]</a></sup>`;
        case 'needsEvidence':
          return `<mark class="needs-evidence">${inlineHtml(inline.children)}</mark> <span class="needs-evidence-mark">${escapeHtml(NEEDS_EVIDENCE_MARK)}</span>`;
      }
    })
    .join('');
}

function markedHtml(html: string, marks: Marks): string {
  let out = html;
  if (marks.code) out = `<code>${out}</code>`;
  if (marks.strikethrough) out = `<s>${out}</s>`;
  if (marks.underline) out = `<u>${out}</u>`;
  if (marks.italic) out = `<em>${out}</em>`;
  if (marks.bold) out = `<strong>${out}</strong>`;
  return out;
}

function notesSection(footnotes: readonly Footnote[], sources: readonly Source[]): string {
  const items = footnotes.map((footnote) => `<li id="note-${footnote.number}" dir="auto">${escapeHtml(footnoteText(footnote, sources))}</li>`);
  return `<section class="backmatter notes"><h2>${NOTES_HEADING}</h2><ol>${items.join('')}</ol></section>`;
}

function sourcesSection(sources: readonly Source[]): string {
  const items = sources.map((source) => {
    const url = safeLinkUrl(source.url);
    const details = sourceDetails(source).map((part) =>
      part === source.url && url ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(part)}</a>` : escapeHtml(part),
    );
    return `<li id="source-${source.number}" dir="auto"><cite>${escapeHtml(source.title)}</cite> — ${details.join('. ')}.</li>`;
  });
  return `<section class="backmatter sources"><h2>${SOURCES_HEADING}</h2><ol>${items.join('')}</ol></section>`;
}

function eventsSection(events: readonly EventEntry[]): string {
  const items = events.map((event) => `<li id="event-${event.number}" dir="auto">${escapeHtml(eventEntryText(event))}</li>`);
  return `<section class="backmatter events"><h2>${EVENTS_HEADING}</h2><ol>${items.join('')}</ol></section>`;
}

function entitiesSection(entities: readonly EntityEntry[]): string {
  const items = entities.map((entity) => {
    const description = entity.description ? `<p dir="auto">${escapeHtml(entity.description)}</p>` : '';
    return `<li id="entity-${entity.number}" dir="auto"><strong>${escapeHtml(entity.name)}</strong> <span class="remark">(${escapeHtml(entitySummary(entity))})</span>${description}</li>`;
  });
  return `<section class="backmatter entities"><h2>${ENTITIES_HEADING}</h2><ul>${items.join('')}</ul></section>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
