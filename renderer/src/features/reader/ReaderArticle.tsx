import type { MouseEvent, ReactNode, RefObject } from 'react';
import type { Clipping } from '../../../../shared/domain';
import { formatCaptured } from '../../lib/format';
import { goTo, readerRoute } from '../../lib/routes';
import { ArticleBody } from './ArticleBody';

/** The clipping as read: what to know first (in the Trash, a near-duplicate), its title and byline, the article. */
export function ReaderArticle(props: {
  clipping: Clipping;
  body: RefObject<HTMLDivElement | null>;
  onArticleClick: (event: MouseEvent) => void;
  onRestore: () => void;
  /** Find in clipping, pinned above the article. */
  find?: ReactNode;
}) {
  const { clipping } = props;
  return (
    <article className="reader" aria-labelledby="reader-title" data-clipping-id={clipping.id}>
      {props.find}
      {clipping.trashedAt && (
        <div className="reader-banner reader-banner-trash" data-testid="trash-banner">
          In the Trash since {formatCaptured(clipping.trashedAt)}.
          <button type="button" onClick={props.onRestore}>
            Restore
          </button>
        </div>
      )}
      {clipping.nearDuplicateOf && (
        <div className="reader-banner" data-testid="near-duplicate-notice">
          Near-duplicate of{' '}
          <button type="button" className="link-button" onClick={() => goTo(readerRoute(clipping.nearDuplicateOf!.id))}>
            “{clipping.nearDuplicateOf.title}”
          </button>{' '}
          — most of its wording is the same.
        </div>
      )}
      <header className="reader-header">
        <h1 id="reader-title">{clipping.title}</h1>
        <p className="reader-byline">
          {[clipping.outlet, clipping.byline, clipping.publishedAt].filter(Boolean).join(' · ') || 'No outlet, author or date yet — add them in Details.'}
        </p>
      </header>
      <div onClick={props.onArticleClick}>
        <ArticleBody clipping={clipping} containerRef={props.body} />
      </div>
    </article>
  );
}
