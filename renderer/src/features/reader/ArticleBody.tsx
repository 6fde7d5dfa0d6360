import { useLayoutEffect, type MouseEvent, type RefObject } from 'react';
import type { Clipping } from '../../../../shared/domain';
import { ARTICLE_KEYS_HINT_ID, ArticleKeysHint } from './ArticleKeysHint';
import { inertFragment } from './inertHtml';
import { NOT_TEXT_ATTRIBUTE } from './textMap';

/** The article takes the keyboard focus, so that text can be selected and marked with keys (useArticleKeys). */
const FOCUSABLE = { tabIndex: 0, role: 'document', 'aria-label': 'Article text', 'aria-describedby': ARTICLE_KEYS_HINT_ID } as const;

/**
 * The article: its sanitised HTML when it has one, else its text as paragraphs, with PDF page
 * markers (shown, but not part of the text passages are anchored in); below it, while it has the
 * keyboard focus, the keys that mark text.
 */
export function ArticleBody({ clipping, containerRef }: { clipping: Clipping; containerRef: RefObject<HTMLDivElement | null> }) {
  return (
    <>
      {clipping.html !== null ? (
        <ArticleHtml html={clipping.html} containerRef={containerRef} />
      ) : (
        <ArticleText clipping={clipping} containerRef={containerRef} />
      )}
      <ArticleKeysHint />
    </>
  );
}

function ArticleText({ clipping, containerRef }: { clipping: Clipping; containerRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div className="reader-text" data-testid="reader-text" ref={containerRef} {...FOCUSABLE}>
      {pagesOf(clipping).map((page) => (
        <section key={page.number ?? 0} className="reader-page" aria-label={page.number ? `Page ${page.number}` : undefined}>
          {page.number !== null && (
            <div className="page-marker" data-testid="page-marker" {...{ [NOT_TEXT_ATTRIBUTE]: '' }}>
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
function ArticleHtml({ html, containerRef }: { html: string; containerRef: RefObject<HTMLDivElement | null> }) {
  useLayoutEffect(() => {
    containerRef.current!.replaceChildren(inertFragment(html));
  }, [html, containerRef]);
  return (
    <div
      ref={containerRef}
      className="reader-text reader-html"
      data-testid="reader-text"
      {...FOCUSABLE}
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
