import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import type { Clipping } from '../../../../shared/domain';
import { inertFragment } from './inertHtml';

/** The article: its sanitised HTML when it has one, else its text as paragraphs, with PDF page markers. */
export function ArticleBody({ clipping }: { clipping: Clipping }) {
  if (clipping.html !== null) return <ArticleHtml html={clipping.html} />;
  return (
    <div className="reader-text" data-testid="reader-text">
      {pagesOf(clipping).map((page) => (
        <section key={page.number ?? 0} className="reader-page" aria-label={page.number ? `Page ${page.number}` : undefined}>
          {page.number !== null && (
            <div className="page-marker" data-testid="page-marker">
              Page {page.number}
            </div>
          )}
          {page.text
            .split(/\n{2,}/)
            .filter((paragraph) => paragraph.trim() !== '')
            .map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
        </section>
      ))}
    </div>
  );
}

/** The core's sanitised HTML (DOMPurify), checked once more in the page and shown as those nodes. */
function ArticleHtml({ html }: { html: string }) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    container.current!.replaceChildren(inertFragment(html));
  }, [html]);
  return (
    <div
      ref={container}
      className="reader-text reader-html"
      data-testid="reader-text"
      // Nothing in a clipping may navigate the window, whatever slipped through.
      onClickCapture={blockNavigation}
      onAuxClickCapture={blockNavigation}
      onSubmitCapture={(event) => event.preventDefault()}
    />
  );
}

function pagesOf(clipping: Clipping): Array<{ number: number | null; text: string }> {
  const starts = clipping.pageStarts;
  if (!starts || starts.length === 0) return [{ number: null, text: clipping.text }];
  return starts.map((start, index) => ({ number: index + 1, text: clipping.text.slice(start, starts[index + 1] ?? clipping.text.length) }));
}

function blockNavigation(event: MouseEvent) {
  if (event.target instanceof Element && event.target.closest('a, area')) event.preventDefault();
}
