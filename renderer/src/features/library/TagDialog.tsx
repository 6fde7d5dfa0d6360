import { useState, type FormEvent } from 'react';
import type { FacetValue } from '../../../../shared/domain';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { countOf } from '../../lib/format';
import { parseTagList, tagListProblem } from '../../lib/tagNames';

/** "Tag…" on the selection: tags to add and tags to remove, comma-separated. */
export function TagDialog(props: {
  count: number;
  knownTags: FacetValue[];
  onCancel: () => void;
  onApply: (change: { add: string[]; remove: string[] }) => Promise<string | null>;
}) {
  const [add, setAdd] = useState('');
  const [remove, setRemove] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const change = { add: parseTagList(add), remove: parseTagList(remove) };
    if (change.add.length === 0 && change.remove.length === 0) {
      setError('Type a tag to add or to remove (separate several with commas).');
      return;
    }
    const problem = tagListProblem([...change.add, ...change.remove]);
    if (problem) return setError(problem);
    setSaving(true);
    const failure = await props.onApply(change);
    setSaving(false);
    if (failure) setError(failure);
  }

  return (
    <Dialog labelledBy="tag-dialog-heading" onCancel={props.onCancel} className="dialog-compact" testId="tag-dialog">
      <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <h2 id="tag-dialog-heading">Tag {countOf(props.count, 'clipping')}</h2>
        <label className="field">
          <span>Add tags</span>
          <input value={add} onChange={(e) => setAdd(e.target.value)} list="known-tags" autoFocus placeholder="e.g. syria, convoys" />
        </label>
        <label className="field">
          <span>Remove tags</span>
          <input value={remove} onChange={(e) => setRemove(e.target.value)} list="known-tags" />
        </label>
        <datalist id="known-tags">
          {props.knownTags.map((tag) => (
            <option key={tag.value} value={tag.value} />
          ))}
        </datalist>
        <p className="hint">Separate several tags with commas.</p>
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Applying…' : 'Apply tags'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
