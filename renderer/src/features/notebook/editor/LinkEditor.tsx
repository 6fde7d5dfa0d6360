import { useState } from 'react';
import { normaliseLinkUrl } from './linkUrl';

/** A small form under the toolbar: the address for the selected text, or the link at the caret. */
export function LinkEditor(props: { initialUrl: string | null; onApply: (url: string) => void; onRemove: () => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(props.initialUrl ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const apply = () => {
    const url = normaliseLinkUrl(draft);
    if (url === null) {
      setProblem('A link is a web address (https://…) or an email address (mailto:…).');
      return;
    }
    props.onApply(url);
  };

  return (
    <form
      className="nb-link-editor"
      data-testid="link-editor"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <label htmlFor="nb-link-url">Link</label>
      <input
        id="nb-link-url"
        autoFocus
        value={draft}
        placeholder="https://…"
        aria-invalid={problem !== null}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="primary">
        {props.initialUrl ? 'Save' : 'Link'}
      </button>
      {props.initialUrl && (
        <button type="button" onClick={props.onRemove}>
          Remove link
        </button>
      )}
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
