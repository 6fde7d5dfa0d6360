/** The keys that mark text without a mouse, shown while the article has the keyboard focus. */
export const ARTICLE_KEYS_HINT_ID = 'reader-keys-hint';

export function ArticleKeysHint() {
  return (
    <p id={ARTICLE_KEYS_HINT_ID} className="reader-keys-hint" data-testid="reader-keys-hint">
      <kbd>s</kbd> next sentence · <kbd>Shift</kbd>+<kbd>S</kbd> previous · <kbd>Shift</kbd>+<kbd>→</kbd> <kbd>←</kbd> a word more or less · <kbd>Shift</kbd>+
      <kbd>↓</kbd> <kbd>↑</kbd> a line · then <kbd>h</kbd> highlight, <kbd>l</kbd> label, <kbd>c</kbd> comment, <kbd>e</kbd> link to entity, <kbd>q</kbd> cite,{' '}
      <kbd>t</kbd> timeline · <kbd>Esc</kbd> clears
    </p>
  );
}
