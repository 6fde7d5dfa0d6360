import { useState } from 'react';
import { parseTagList, tagListProblem } from '../library/tagNames';

/** The clipping's tags as chips: Enter or a comma adds, × removes; each change is saved at once. */
export function TagEditor(props: { tags: string[]; onSave: (tags: string[]) => Promise<string | null> }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(tags: string[]) {
    const problem = tagListProblem(tags);
    if (problem) return setError(problem);
    const failure = await props.onSave(tags);
    setError(failure);
    if (!failure) setDraft('');
  }

  function add() {
    const added = parseTagList(draft).filter((tag) => !props.tags.some((t) => t.toLowerCase() === tag.toLowerCase()));
    if (added.length === 0) return setDraft('');
    void save([...props.tags, ...added]);
  }

  return (
    <div className="detail-field detail-field-wide">
      <label htmlFor="reader-tag-input">Tags</label>
      <div className="tag-editor">
        {props.tags.map((tag) => (
          <span className="tag-chip" key={tag}>
            {tag}
            <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => void save(props.tags.filter((t) => t !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          id="reader-tag-input"
          value={draft}
          placeholder={props.tags.length === 0 ? 'Add a tag…' : 'Add…'}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => draft.trim() !== '' && add()}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            }
          }}
        />
      </div>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
